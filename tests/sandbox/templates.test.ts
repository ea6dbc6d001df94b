/** Every built template's own ___TESTS___ pass in gtm-sandbox, as they must in GTM's Tests tab. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTemplates } from '../../build/find-templates';
import { runTests } from '../../gtm-sandbox/test-runner/run-tests';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';

const ROOT = path.resolve(__dirname, '..', '..');
const files = [...findTemplates(ROOT), path.join(ROOT, 'tests', 'fixtures', 'sample-variable')]
  .map((dir) => path.join(dir, 'template.tpl'))
  .filter((file) => fs.existsSync(file));

describe.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (name, file) => {
  test('every scenario passes', async () => {
    const results = await runTests(parseTemplate(fs.readFileSync(file, 'utf8'), name), name);
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 'fail')).toEqual([]);
  }, 60000); // ~1-2 s of CPU per template: a generous limit for a loaded, shared machine
});
