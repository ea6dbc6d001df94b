/**
 * `gtm-sandbox run` reads its inputs from JSON files: a writer of numbered files in a fresh temporary
 * folder, one per test file, so a test passes values as it would on the command line.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function jsonFiles(prefix: string): (value: unknown) => string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  let n = 0;
  return (value) => {
    const target = path.join(dir, `${n++}.json`);
    fs.writeFileSync(target, JSON.stringify(value));
    return target;
  };
}
