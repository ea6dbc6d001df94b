/**
 * The README's table of audit findings, generated from verify/audit/findings.ts (the one list).
 * `npx tsx verify/audit/findings-table.ts` rewrites the table between the README's markers;
 * tests/audit/findings-table.test.ts fails when the two differ.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDINGS, type FindingKind } from './findings';

export const START = '<!-- audit-findings -->';
export const END = '<!-- /audit-findings -->';
const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function findingsTable(): string {
  const rows = Object.entries(FINDINGS as Record<string, FindingKind>).map(([id, f]) => `| \`${id}\` | ${f.severity} | ${cell(f.means)} | ${cell(f.fix)} |`);
  return ['| Id | Severity | What it means | How to fix it |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The README with the table between the markers replaced; throws when the markers are missing. */
export function withFindingsTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, start + START.length)}\n${findingsTable()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const file = path.resolve(__dirname, '..', '..', 'README.md');
  fs.writeFileSync(file, withFindingsTable(fs.readFileSync(file, 'utf8')));
  console.log(`${file}: audit findings table written`);
}
