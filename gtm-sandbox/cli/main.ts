/**
 * gtm-sandbox: runs GTM custom templates offline.
 *   gtm-sandbox test <template.tpl>... [--json]
 *   gtm-sandbox run <template.tpl> [--data F] [--datalayer F] [--window F] [--url URL] [--consent F]
 *                   [--cookies F] [--event F] [--request F] [--respond F] [--json]
 *   gtm-sandbox check <template.tpl>...
 *   gtm-sandbox serve <server-container.json> --port P [--route ORIGIN=LOCAL_URL]... [--allow-network]
 */
import * as fs from 'node:fs';
import { formatDiagnostic, hasErrors } from '../diagnostics';
import { runTests, type ScenarioResult } from '../test-runner/run-tests';
import { parseTemplate } from '../tpl/read';
import { checkTemplate } from './check';
import { runOnce } from './run';
import { serve } from './serve';

const USAGE = 'usage: gtm-sandbox test|run|check <template.tpl>... [--json] | serve <server-container.json> --port P (see gtm-sandbox/README.md)';

function parseArgs(argv: string[]): { files: string[]; flags: Record<string, string>; json: boolean } {
  const files: string[] = [];
  const flags: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') json = true;
    else if (argv[i].startsWith('--')) flags[argv[i].slice(2)] = argv[++i];
    else files.push(argv[i]);
  }
  return { files, flags, json };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'serve') return serve(rest);
  const { files, flags, json } = parseArgs(rest);
  if (!command || files.length === 0) { console.error(USAGE); return 2; }
  const load = (file: string) => parseTemplate(fs.readFileSync(file, 'utf8'), file);
  if (command === 'test') {
    const results: ScenarioResult[] = [];
    for (const file of files) results.push(...(await runTests(load(file), file)));
    if (json) console.log(JSON.stringify(results, null, 2));
    else for (const r of results) console.log(`${r.status === 'pass' ? '✓' : '✗'} ${r.template} › ${r.scenario}${r.message ? `\n    ${r.message}` : ''}`);
    const failed = results.filter((r) => r.status === 'fail').length;
    if (!json) console.log(`\n${results.length - failed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  }
  if (command === 'check') {
    let failed = false;
    for (const file of files) {
      const diagnostics = checkTemplate(load(file), file);
      for (const d of diagnostics) console.error(formatDiagnostic(d));
      if (hasErrors(diagnostics)) failed = true;
      else console.log(`✓ ${file}`);
    }
    return failed ? 1 : 0;
  }
  if (command === 'run') {
    const report = await runOnce(load(files[0]), flags);
    console.log(json ? JSON.stringify(report, null, 2) : `${report.result}${report.error ? `: ${report.error}` : ''}\n${report.calls.map((c) => `  ${c.api}(${JSON.stringify(c.args).slice(1, -1)})`).join('\n')}`);
    return report.result === 'success' ? 0 : 1;
  }
  console.error(USAGE);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
