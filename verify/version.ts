/**
 * The version `pinterest-gtm --version` prints: the `version` of the nearest package.json named
 * pinterest-gtm above this module (this repository's, or the installed package's when the CLI is bundled).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const PACKAGE_NAME = 'pinterest-gtm';

export function toolVersion(from: string = __dirname): string | undefined {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      const { name, version } = (parsed ?? {}) as { name?: unknown; version?: unknown };
      if (name === PACKAGE_NAME && typeof version === 'string') return version;
    } catch { /* no package.json here, or not ours: look further up */ }
    if (path.dirname(dir) === dir) return undefined;
  }
}
