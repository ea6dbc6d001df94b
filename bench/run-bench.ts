/**
 * `npm run bench [-- --peers DIR] [--rounds N] [--fires N] [--profile] [--bytes] [--check] [--write-baseline] [--templates-only]`:
 * the templates' size, API calls and CPU per event beside the published peers found under DIR (or
 * $PINTEREST_GTM_PEERS; bench/subjects.ts says how DIR is laid out), then gtm-sandbox's own speed on
 * Tests-tab scenarios. `--profile` charges each template's CPU to its TypeScript modules instead, `--bytes`
 * its gzip bytes (bench/module-bytes.ts). `--check` only checks each template's bytes against its budget
 * (bench/budget.ts; a stage of `npm test`).
 * Goals live here and in the README's Performance section, never in timed tests.
 */
import * as path from 'node:path';
import { checkBudgets, printBudgets } from './budget';
import { printModuleBytes } from './module-bytes';
import { benchScenarios } from './scenario-speed';
import { benchTemplates, callsByApi, profileTemplates } from './template-bench';

const USAGE = 'usage: npm run bench -- [--peers DIR] [--rounds N] [--fires N] [--profile] [--bytes] [--check] [--write-baseline] [--templates-only]';

function parse(argv: string[]): { peersDir?: string; rounds: number; fires: number; profile: boolean; bytes: boolean; check: boolean; writeBaseline: boolean; templatesOnly: boolean } {
  const options = { peersDir: process.env.PINTEREST_GTM_PEERS || undefined, rounds: 15, fires: 20, profile: false, bytes: false, check: false, writeBaseline: false, templatesOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const count = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number ≥ 1\n${USAGE}`);
      return n;
    };
    if (flag === '--peers') {
      const dir = argv[++i];
      if (dir === undefined) throw new Error(`--peers needs a folder\n${USAGE}`);
      options.peersDir = dir;
    } else if (flag === '--rounds') options.rounds = count();
    else if (flag === '--fires') options.fires = count();
    else if (flag === '--profile') options.profile = true;
    else if (flag === '--bytes') options.bytes = true;
    else if (flag === '--check') options.check = true;
    else if (flag === '--write-baseline') options.writeBaseline = true;
    else if (flag === '--templates-only') options.templatesOnly = true;
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<number> {
  const options = parse(process.argv.slice(2));
  if (options.check) {
    const results = checkBudgets(path.resolve(__dirname, '..'));
    printBudgets(results);
    return results.every((r) => r.ok) ? 0 : 1;
  }
  if (options.bytes) {
    printModuleBytes();
    return 0;
  }
  if (options.profile) {
    await callsByApi();
    await profileTemplates(options.fires * 25);
    return 0;
  }
  const templatesOk = await benchTemplates(options);
  if (options.templatesOnly) return templatesOk ? 0 : 1;
  console.log('');
  const scenariosOk = await benchScenarios();
  return templatesOk && scenariosOk ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
