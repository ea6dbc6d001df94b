/**
 * The byte budget of each built template (issue 21, README "Performance"): the sandboxed code of its
 * template.tpl, raw and gzip -9. Bytes are deterministic, so `npm run bench -- --check` is a stage of
 * `npm test`: a template over its budget fails it. CPU stays a benchmark figure (`npm run bench`), never a test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseTemplate } from '../gtm-sandbox/tpl/read';
import type { Group } from './subjects';

export const gzipBytes = (code: string): number => gzipSync(Buffer.from(code), { level: 9 }).length;

export interface Budget { readonly folder: string; readonly group: Group; readonly name: string; readonly raw: number; readonly gzip: number }

export const BUDGETS: readonly Budget[] = [
  { folder: 'web-template/tag', group: 'web tag', name: 'web tag', raw: 15_000, gzip: 5_000 },
  { folder: 'web-template/event-id', group: 'event id', name: 'Event ID variable', raw: 3_500, gzip: 1_400 },
  { folder: 'server-template/tag', group: 'server tag', name: 'Conversions API tag', raw: 24_000, gzip: 8_000 },
  { folder: 'server-template/client', group: 'client', name: 'client', raw: 14_000, gzip: 5_000 },
];

export interface BudgetResult { readonly budget: Budget; readonly raw: number; readonly gzip: number; readonly ok: boolean }

/** Each template's bytes against its budget. */
export function checkBudgets(root: string, budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map((budget) => {
    const file = path.join(root, budget.folder, 'template.tpl');
    const code = parseTemplate(fs.readFileSync(file, 'utf8'), path.join(budget.folder, 'template.tpl')).code;
    const raw = Buffer.byteLength(code);
    const gzip = gzipBytes(code);
    return { budget, raw, gzip, ok: raw <= budget.raw && gzip <= budget.gzip };
  });
}

export function printBudgets(results: BudgetResult[]): void {
  for (const r of results) {
    console.log(`${r.ok ? '✓' : '✗'} ${r.budget.name.padEnd(20)} ${String(r.raw).padStart(6)} / ${r.budget.raw} B raw   ${String(r.gzip).padStart(5)} / ${r.budget.gzip} B gzip`);
  }
  const over = results.filter((r) => !r.ok);
  if (over.length > 0) console.log(`\n${over.length} template(s) over budget (README: Performance): make room before adding code`);
}
