/**
 * `npm run bench`: gtm-sandbox's speed on typical Tests-tab scenarios, generated templates plus every
 * template this repository builds. Goal (issue 3): 300 scenarios in under 5 seconds on 2 cores.
 * Benchmarks, never timed tests, carry speed targets.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTemplates } from '../build/find-templates';
import { runTests, type ScenarioResult } from '../gtm-sandbox/test-runner/run-tests';
import { parseTemplate, type ParsedTemplate } from '../gtm-sandbox/tpl/read';
import { generatedTemplate } from './generated-templates';

const GOAL = { scenarios: 300, seconds: 5 };
const REPO_ROOT = path.resolve(__dirname, '..');

async function main(): Promise<number> {
  const half = GOAL.scenarios / 2;
  const suite: [string, ParsedTemplate][] = [['generated web tag', generatedTemplate('web', half)], ['generated server tag', generatedTemplate('server', half)]];
  const ours = [...findTemplates(REPO_ROOT), path.join(REPO_ROOT, 'tests', 'fixtures', 'sample-variable')];
  for (const dir of ours) {
    const file = path.join(dir, 'template.tpl');
    if (fs.existsSync(file)) suite.push([path.relative(REPO_ROOT, file), parseTemplate(fs.readFileSync(file, 'utf8'), file)]);
  }
  const results: ScenarioResult[] = [];
  const started = process.hrtime.bigint();
  for (const [name, template] of suite) results.push(...await runTests(template, name));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const failed = results.filter((r) => r.status === 'fail');
  const rate = results.length / seconds;
  const projected = (GOAL.scenarios / rate);
  console.log(`gtm-sandbox bench: ${results.length} scenarios from ${suite.length} templates in ${seconds.toFixed(2)} s (${rate.toFixed(0)} scenarios/s)`);
  console.log(`goal: ${GOAL.scenarios} scenarios in under ${GOAL.seconds} s; projected ${projected.toFixed(2)} s: ${projected < GOAL.seconds ? 'met' : 'NOT met'}`);
  for (const f of failed.slice(0, 5)) console.log(`failed: ${f.template} / ${f.scenario}: ${f.message}`);
  return failed.length === 0 && projected < GOAL.seconds ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => { console.error(error); process.exitCode = 1; });
