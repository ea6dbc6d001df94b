/**
 * Reads a template's ___TESTS___ from its tests/ folder: `setup.js` runs before every scenario, and each
 * other `*.js` file is one scenario whose first line is a `// ` comment naming it. Files run in name
 * order, so prefix them with numbers.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnostic, type Diagnostic } from '../gtm-sandbox/diagnostics';
import type { TemplateTests } from '../gtm-sandbox/tpl/read';

export interface ScenarioFile { readonly file: string; readonly name: string; readonly code: string; readonly firstLine: number }
export interface TestSources { readonly tests: TemplateTests; readonly setupFile: string | null; readonly files: ScenarioFile[]; readonly diagnostics: Diagnostic[] }

export const TESTS_RULE = 'gtm/test-file';

export function readTests(templateDir: string): TestSources {
  const dir = path.join(templateDir, 'tests');
  const diagnostics: Diagnostic[] = [];
  if (!fs.existsSync(dir)) return { tests: { scenarios: [], setup: '' }, setupFile: null, files: [], diagnostics };
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  const setupFile = names.includes('setup.js') ? path.join(dir, 'setup.js') : null;
  const setup = setupFile ? fs.readFileSync(setupFile, 'utf8').trim() : '';
  const files: ScenarioFile[] = [];
  for (const name of names.filter((n) => n !== 'setup.js')) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
    const match = /^\/\/ *(.+)\n/.exec(text);
    if (!match) {
      diagnostics.push(diagnostic(TESTS_RULE, 'error', 'a scenario file must start with a `// scenario name` line', { file: path.relative(process.cwd(), file), line: 1, column: 0, lineText: text.split('\n')[0] }));
      continue;
    }
    const rest = text.slice(match[0].length);
    const skipped = rest.slice(0, rest.length - rest.trimStart().length).split('\n').length - 1;
    files.push({ file, name: match[1].trim(), code: rest.trim(), firstLine: 2 + skipped });
  }
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.name)) diagnostics.push(diagnostic(TESTS_RULE, 'error', `two scenarios are named "${f.name}"`, { file: path.relative(process.cwd(), f.file), line: 1, column: 0, lineText: `// ${f.name}` }));
    seen.add(f.name);
  }
  return { tests: { scenarios: files.map((f) => ({ name: f.name, code: f.code })), setup }, setupFile, files, diagnostics };
}
