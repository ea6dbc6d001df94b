/** The README's findings table is the one generated from verify/audit/findings.ts; ids are stable and well formed. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDINGS } from '../../verify/audit/findings';
import { END, START, withFindingsTable } from '../../verify/audit/findings-table';

const README = path.resolve(__dirname, '..', '..', 'README.md');

test('the README table matches the findings list (regenerate: npx tsx verify/audit/findings-table.ts)', () => {
  const readme = fs.readFileSync(README, 'utf8');
  expect(readme).toContain(START);
  expect(withFindingsTable(readme)).toBe(readme);
});

test('every id is lower-case words with hyphens, with a severity, a meaning and a fix', () => {
  for (const [id, f] of Object.entries(FINDINGS)) {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.means.length).toBeGreaterThan(20);
    expect(f.fix.length).toBeGreaterThan(10);
  }
});

test('the README documents every option of the command', () => {
  const readme = fs.readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## Auditing a site'), readme.indexOf(END));
  for (const option of ['--journey', '--server-logs', '--feed', '--consent', '--html', '--json', '--headed', '--max-pages', '--tag-id', '--route', '--server-container', '--step-timeout', '--settle', '--server-wait']) {
    expect(section).toContain(option);
  }
});
