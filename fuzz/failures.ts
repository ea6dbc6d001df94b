/**
 * Replay files: each failure class with its seed, index and its (shrunk) input, so
 * `npm run fuzz -- --replay <file>` runs exactly that input again, whatever the generators become.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CampaignResult, FailureClass } from './campaign';
import type { TemplateName } from './drivers/driver';

export interface SavedClass extends FailureClass { template: TemplateName; seed: string; shrunk: boolean }
export interface FailureFile { template: TemplateName; seed: string; inputs: number; classes: SavedClass[] }

export function failureFile(result: CampaignResult, shrunk: Set<string>): FailureFile {
  return {
    template: result.template, seed: result.seed, inputs: result.inputs,
    classes: [...result.classes].sort((a, b) => b.count - a.count).map((c) => ({ ...c, template: result.template, seed: result.seed, shrunk: shrunk.has(c.signature) })),
  };
}

export function writeFailures(dir: string, file: FailureFile): string {
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${file.template}-seed-${file.seed.replace(/[^\w.-]/g, '_')}.json`);
  fs.writeFileSync(target, `${JSON.stringify(file, null, 1)}\n`);
  return target;
}

export function readFailures(file: string): SavedClass[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as FailureFile | SavedClass;
  return 'classes' in parsed ? parsed.classes : [parsed];
}
