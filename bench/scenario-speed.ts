/**
 * gtm-sandbox's speed on typical Tests-tab scenarios, generated templates plus every template this
 * repository builds, reported per group in scenarios per second. Goal (issue 3): 300 scenarios in under
 * 5 seconds on 2 cores. Benchmarks, never timed tests, carry speed targets.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTemplates } from '../build/find-templates';
import { runTests, type ScenarioResult } from '../gtm-sandbox/test-runner/run-tests';
import { parseTemplate, type ParsedTemplate } from '../gtm-sandbox/tpl/read';
import { generatedTemplate } from './generated-templates';

const GOAL = { scenarios: 300, seconds: 5 };
const REPO_ROOT = path.resolve(__dirname, '..');

interface Group { readonly name: string; readonly templates: [string, ParsedTemplate][] }
interface Measured { readonly results: ScenarioResult[]; readonly seconds: number }

function ourTemplates(): [string, ParsedTemplate][] {
  const dirs = [...findTemplates(REPO_ROOT), path.join(REPO_ROOT, 'tests', 'fixtures', 'sample-variable')];
  return dirs.map((dir) => path.join(dir, 'template.tpl')).filter((file) => fs.existsSync(file))
    .map((file) => [path.relative(REPO_ROOT, file), parseTemplate(fs.readFileSync(file, 'utf8'), file)]);
}

async function measure(group: Group): Promise<Measured> {
  const results: ScenarioResult[] = [];
  const started = process.hrtime.bigint();
  for (const [name, template] of group.templates) results.push(...await runTests(template, name));
  return { results, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export async function benchScenarios(): Promise<boolean> {
  const half = GOAL.scenarios / 2;
  const groups: Group[] = [
    { name: 'generated templates', templates: [['generated web tag', generatedTemplate('web', half)], ['generated server tag', generatedTemplate('server', half)]] },
    { name: 'our templates', templates: ourTemplates() },
  ];
  const all: ScenarioResult[] = [];
  let seconds = 0;
  for (const group of groups) {
    const measured = await measure(group);
    all.push(...measured.results);
    seconds += measured.seconds;
    const rate = measured.results.length / measured.seconds;
    console.log(`${group.name}: ${measured.results.length} scenarios from ${group.templates.length} templates in ${measured.seconds.toFixed(2)} s (${rate.toFixed(0)} scenarios/s)`);
  }
  const failed = all.filter((r) => r.status === 'fail');
  const rate = all.length / seconds;
  const projected = GOAL.scenarios / rate;
  console.log(`gtm-sandbox bench: ${all.length} scenarios in ${seconds.toFixed(2)} s (${rate.toFixed(0)} scenarios/s)`);
  console.log(`goal: ${GOAL.scenarios} scenarios in under ${GOAL.seconds} s; projected ${projected.toFixed(2)} s: ${projected < GOAL.seconds ? 'met' : 'NOT met'}`);
  for (const f of failed.slice(0, 5)) console.log(`failed: ${f.template} / ${f.scenario}: ${f.message}`);
  return failed.length === 0 && projected < GOAL.seconds;
}
