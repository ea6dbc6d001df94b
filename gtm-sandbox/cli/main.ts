/**
 * gtm-sandbox: runs GTM custom templates offline (usage: cli/args.ts). Exit codes: 0 success, 1 a
 * scenario, run or check failed, 2 a usage error (unknown option, unreadable input).
 */
import * as fs from 'node:fs';
import { formatDiagnostic, hasErrors } from '../diagnostics';
import { runTests, type ScenarioResult } from '../test-runner/run-tests';
import { parseTemplate, TemplateFormatError, type ParsedTemplate } from '../tpl/read';
import { VERSION } from '../version';
import { parseArgs, USAGE, usageOf, wantsHelp } from './args';
import { checkTemplate } from './check';
import { CliError } from './json-file';
import { redactCredentials } from './redact';
import { runOnce } from './run';
import { serve } from './serve';

/** A template that could not be read or run: reported beside the others' results. */
export interface FileError { readonly template: string; readonly status: 'error'; readonly message: string }

function load(file: string): ParsedTemplate {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return parseTemplate(text, file);
  } catch (error) {
    throw error instanceof TemplateFormatError ? new CliError(error.message) : error;
  }
}

async function test(files: string[], json: boolean): Promise<number> {
  const results: (ScenarioResult | FileError)[] = [];
  // One unreadable template is an error entry; the others still run.
  for (const file of files) {
    try {
      results.push(...(await runTests(load(file), file)));
    } catch (error) {
      results.push({ template: file, status: 'error', message: (error as Error).message });
    }
  }
  if (json) console.log(JSON.stringify(results, null, 2));
  else {
    for (const r of results) {
      if (r.status === 'error') console.log(`! ${r.template}\n    ${r.message}`);
      else console.log(`${r.status === 'pass' ? '✓' : '✗'} ${r.template} › ${r.scenario}${r.message ? `\n    ${r.message}` : ''}`);
    }
  }
  const failed = results.filter((r) => r.status === 'fail').length;
  const errors = results.filter((r) => r.status === 'error').length;
  if (!json) console.log(`\n${results.length - failed - errors} passed, ${failed} failed${errors ? `, ${errors} could not be read` : ''}`);
  return failed + errors > 0 ? 1 : 0;
}

async function command(name: string, rest: string[]): Promise<number> {
  const args = parseArgs(name, rest);
  if (name === 'serve') return serve(args);
  const { files, flags, json } = args;
  if (files.length === 0) throw new CliError(`${name} needs a template file`, name);
  if (name === 'test') return test(files, json);
  if (name === 'check') {
    let failed = false;
    for (const file of files) {
      let template: ParsedTemplate;
      try {
        template = load(file);
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        console.error(`! ${error.message}`);
        failed = true;
        continue;
      }
      const diagnostics = checkTemplate(template, file);
      for (const d of diagnostics) console.error(formatDiagnostic(d));
      if (hasErrors(diagnostics)) failed = true;
      else console.log(`✓ ${file}`);
    }
    return failed ? 1 : 0;
  }
  if (files.length > 1) throw new CliError('run takes one template file', name);
  const report = redactCredentials(await runOnce(load(files[0]), flags));
  console.log(json ? JSON.stringify(report, null, 2) : `${report.result}${report.error ? `: ${report.error}` : ''}\n${report.calls.map((c) => `  ${c.api}(${JSON.stringify(c.args).slice(1, -1)})`).join('\n')}`);
  return report.result === 'success' ? 0 : 1;
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 0) {
    console.error(USAGE);
    return 2;
  }
  // Help is asked for, not an error: stdout, exit 0 (`help run`, `run --help` show run's usage).
  if (wantsHelp(argv)) {
    const name = argv[0] === 'help' ? argv[1] : argv[0];
    console.log(usageOf(name !== undefined && !name.startsWith('-') ? name : undefined));
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    console.log(VERSION);
    return 0;
  }
  const [name, ...rest] = argv;
  try {
    return await command(name, rest);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(error.showUsage ? `gtm-sandbox: ${error.message}\n${usageOf(error.command)}` : `gtm-sandbox: ${error.message}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
