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

/**
 * `raw`/`gzip`: the budget the check enforces. `goalRaw`/`goalGzip`: issue 21's goals where the budget is not them yet
 * (README, "Goals not met, and why", says what the difference pays for); the budget then holds the
 * template where it is, so it cannot grow unnoticed.
 */
export interface Budget { readonly folder: string; readonly group: Group; readonly name: string; readonly raw: number; readonly gzip: number; readonly goalRaw?: number; readonly goalGzip?: number }

export const BUDGETS: readonly Budget[] = [
  { folder: 'web-template/tag', group: 'web tag', name: 'web tag', raw: 15_000, gzip: 5_000 },
  { folder: 'web-template/event-id', group: 'event id', name: 'Event ID variable', raw: 3_500, gzip: 1_400 },
  // The goal is 8,000: the Enhanced Match normalisation (geo tables, phone plans and their rules) costs about 3.3 KB,
  // the cross-domain click id (src/cross-domain.ts, docs/cross-domain.md) about 0.7 KB.
  { folder: 'server-template/tag', group: 'server tag', name: 'Conversions API tag', raw: 24_800, gzip: 10_900, goalRaw: 24_000, goalGzip: 8_000 },
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
    const goals = [[r.budget.goalRaw, r.raw, 'raw'], [r.budget.goalGzip, r.gzip, 'gzip']] as const;
    const goal = goals.filter(([g]) => g !== undefined).map(([g, bytes, kind]) => `   (goal ${g} B ${kind}: ${bytes <= (g as number) ? 'met' : 'not met, README: Goals not met'})`).join('');
    console.log(`${r.ok ? '✓' : '✗'} ${r.budget.name.padEnd(20)} ${String(r.raw).padStart(6)} / ${r.budget.raw} B raw   ${String(r.gzip).padStart(5)} / ${r.budget.gzip} B gzip${goal}`);
  }
  const over = results.filter((r) => !r.ok);
  if (over.length > 0) console.log(`\n${over.length} template(s) over budget (README: Performance): make room before adding code`);
}
