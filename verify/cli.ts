/**
 * pinterest-gtm: verification tools from Pinterest's implementation runbook (README "Verification tools").
 *   pinterest-gtm catalog-check --feed FEED --events EVENTS
 *   pinterest-gtm plan WEB_CONTAINER [SERVER_CONTAINER] [--out FILE]
 *   pinterest-gtm report LOGS [--tag-events FILE] [--html FILE]
 *   pinterest-gtm audit START_URL [options] (verify/audit/command.ts)
 * `main` is the one entry point (bin/pinterest-gtm.js calls it): it answers the exit status, 0 done,
 * 1 something needs fixing or a file cannot be read, 2 a wrong command line. Help goes to stdout (exit 0),
 * errors to stderr.
 */
import * as fs from 'node:fs';
import { auditCommand } from './audit/command';
import { catalogCheck, formatCatalogReport } from './catalog/catalog-check';
import { closest, parseArgs, single, UsageError, type ParsedArgs } from './cli-args';
import { CATALOG_CHECK, COMMANDS, commandHelp, generalHelp, PLAN, REPORT, type CommandSpec } from './cli-commands';
import { readPlanInput } from './plan/plan-input';
import { trackingPlan } from './plan/tracking-plan';
import { deliveryReport } from './report/delivery-report';
import { htmlReport } from './report/html-report';
import { scanTagEvents } from './report/tag-events';
import { formatDeliveryReport } from './report/text-report';
import { toolVersion } from './version';
import { printable } from './input/printable';

const progress = (message: string): void => { process.stderr.write(`… ${message}\n`); };

/** A command's arguments, checked: the usage error names what is wrong. */
function commandArgs(spec: CommandSpec, argv: string[]): ParsedArgs {
  const parsed = parseArgs(argv, spec.options);
  if (parsed.help) return parsed;
  const n = parsed.positional.length;
  if (n < spec.positional.min) throw new UsageError(spec.positional.missing);
  if (n > spec.positional.max) throw new UsageError(`unexpected argument ${printable(parsed.positional[spec.positional.max], true, 60)}`);
  for (const option of spec.options) if (option.required && !parsed.options.has(option.name)) throw new UsageError(`--${option.name} ${option.value ?? ''} is required`);
  return parsed;
}

async function runCatalogCheck(args: ParsedArgs): Promise<number> {
  const feed = single(args, 'feed') as string;
  const report = await catalogCheck(feed, single(args, 'events') as string, progress);
  console.log(formatCatalogReport(report, feed));
  return report.problems.length > 0 || report.unknownIds.length > 0 || report.eventsUnread ? 1 : 0;
}

function runPlan(args: ParsedArgs): number {
  const [webFile, serverFile] = args.positional;
  const plan = trackingPlan(readPlanInput(webFile), serverFile === undefined ? undefined : readPlanInput(serverFile));
  for (const warning of plan.warnings) console.error(`pinterest-gtm plan: warning: ${warning}`);
  const out = single(args, 'out');
  if (out !== undefined) fs.writeFileSync(out, plan.text);
  else console.log(plan.text);
  return 0;
}

async function runReport(args: ParsedArgs): Promise<number> {
  const [logs] = args.positional;
  const tagEventsFile = single(args, 'tag-events');
  const tagEvents = tagEventsFile === undefined ? undefined : await scanTagEvents(tagEventsFile);
  const report = await deliveryReport(logs, tagEvents, progress);
  console.log(formatDeliveryReport(report));
  const html = single(args, 'html');
  if (html !== undefined) { fs.writeFileSync(html, htmlReport(report, logs)); console.log(`HTML report: ${html}`); }
  return 0;
}

const RUNNERS = new Map<CommandSpec, (args: ParsedArgs) => number | Promise<number>>([[CATALOG_CHECK, runCatalogCheck], [PLAN, runPlan], [REPORT, runReport]]);

function usageError(command: string | undefined, message: string, spec?: CommandSpec): number {
  const more = spec ? `Run "pinterest-gtm ${spec.name} --help" for its options.` : 'Run "pinterest-gtm --help" for the commands.';
  console.error(`pinterest-gtm${command ? ` ${command}` : ''}: ${message}${spec ? `\nusage: ${spec.usage}` : ''}\n${more}`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) return usageError(undefined, 'give a command');
  if (command === '--help' || command === '-h' || command === 'help') {
    const spec = COMMANDS.find((c) => c.name === rest[0]);
    if (rest.length > 0 && !spec) return usageError(undefined, `no command ${printable(rest[0], true, 60)}`);
    console.log(spec ? commandHelp(spec) : generalHelp());
    return 0;
  }
  if (command === '--version' || command === '-V') {
    console.log(`pinterest-gtm ${toolVersion() ?? '(version unknown: no package.json of pinterest-gtm found)'}`);
    return 0;
  }
  const spec = COMMANDS.find((c) => c.name === command);
  if (!spec) {
    const near = closest(command, COMMANDS.map((c) => c.name));
    return usageError(undefined, `no command ${printable(command, true, 60)}${near ? `: did you mean ${near}?` : ''}`);
  }
  if (spec.name === 'audit') return auditCommand(rest);
  let args: ParsedArgs;
  try { args = commandArgs(spec, rest); } catch (error) {
    if (error instanceof UsageError) return usageError(spec.name, error.message, spec);
    throw error;
  }
  if (args.help) { console.log(commandHelp(spec)); return 0; }
  try {
    return await (RUNNERS.get(spec) as (args: ParsedArgs) => number | Promise<number>)(args);
  } catch (error) {
    // Messages can quote input (file names, parser reasons): control characters are shown escaped.
    console.error(`pinterest-gtm ${spec.name}: ${printable(error instanceof Error ? error.message : String(error), false, Infinity)}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
