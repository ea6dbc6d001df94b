/**
 * The campaign's table, one per template (inputs, exceptions, timeouts, invalid requests, canary
 * leaks, reflections, max attempts against their bound), and the failure classes under it.
 */
import type { CampaignResult } from './campaign';
import type { Driver } from './drivers/driver';
import type { Oracle } from './oracles/finding';

const COLUMNS: [Oracle, string][] = [
  ['exception', 'exceptions'], ['timeout', 'timeouts'], ['invalid', 'invalid requests'], ['leak', 'canary leaks'], ['reflection', 'reflections'],
];

/** Passed: every count zero (attempts over their bound count under "attempts"). */
export const passed = (result: CampaignResult): boolean => Object.values(result.counts).every((n) => n === 0);

export function formatTable(result: CampaignResult, driver: Driver, extra: { workers?: number } = {}): string {
  const applies = (o: Oracle): boolean => driver.oracles.includes(o);
  const cells: [string, string][] = [
    ['inputs', String(result.inputs)],
    ...COLUMNS.map(([oracle, label]): [string, string] => [label, applies(oracle) ? String(result.counts[oracle]) : '—']),
    ['max attempts (bound)', applies('attempts') ? `${result.maxAttempts} (${result.attemptBound})${result.counts.attempts > 0 ? `, ${result.counts.attempts} over` : ''}` : '—'],
  ];
  const widths = cells.map(([h, v]) => Math.max(h.length, v.length));
  const row = (values: string[]): string => `| ${values.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  const seconds = result.ms / 1000;
  const rate = seconds > 0 ? (result.inputs / seconds).toFixed(1) : '∞';
  return [
    `${driver.name}  seed ${result.seed}  inputs ${result.start}…${result.end - 1}  ${seconds.toFixed(1)} s (${rate} inputs/s${extra.workers ? `, ${extra.workers} workers` : ''})  ${passed(result) ? 'PASS' : 'FAIL'}`,
    row(cells.map(([h]) => h)),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    row(cells.map(([, v]) => v)),
  ].join('\n');
}

export function formatClasses(result: CampaignResult, file: string | undefined): string {
  if (result.classes.length === 0) return '';
  const sorted = [...result.classes].sort((a, b) => b.count - a.count);
  const lines = sorted.map((c, i) => `  #${i} ${c.signature}\n      ${c.count} input${c.count === 1 ? '' : 's'}; smallest: input ${c.index}; ${c.detail.replace(/\s+/g, ' ').slice(0, 220)}`);
  return [`failure classes (${sorted.length})${file ? `, saved for --replay in ${file}` : ''}:`, ...lines].join('\n');
}
