/**
 * pinterest-gtm: verification tools from Pinterest's implementation runbook.
 *   pinterest-gtm catalog-check --feed FEED --events EVENTS
 *   pinterest-gtm plan WEB_CONTAINER [SERVER_CONTAINER] [--out FILE]
 *   pinterest-gtm report LOGS [--tag-events FILE] [--html FILE]
 *   pinterest-gtm audit START_URL [options] (verify/audit/command.ts)
 */
import * as fs from 'node:fs';
import { catalogCheck, formatCatalogReport } from './catalog/catalog-check';
import { scanTagEventIds } from './report/tag-event-ids';
import { deliveryReport, formatDeliveryReport } from './report/delivery-report';
import { htmlReport } from './report/html-report';
import { trackingPlan } from './plan/tracking-plan';
import { AUDIT_USAGE, auditCommand } from './audit/command';

const USAGE = `usage:
  pinterest-gtm catalog-check --feed FEED --events EVENTS
  pinterest-gtm plan WEB_CONTAINER [SERVER_CONTAINER] [--out FILE]
  pinterest-gtm report LOGS [--tag-events FILE] [--html FILE]
  ${AUDIT_USAGE}`;

function args(argv: string[]): { positional: string[]; flags: Record<string, string> } {
  const positional: string[] = [];
  const flags: Record<string, string> = Object.create(null); // keys come from the command line
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) flags[argv[i].slice(2)] = argv[++i];
    else positional.push(argv[i]);
  }
  return { positional, flags };
}

const progress = (message: string): void => { process.stderr.write(`… ${message}\n`); };
const readText = (file: string): string => {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  return fs.readFileSync(file, 'utf8');
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'audit') return auditCommand(rest);
  const { positional, flags } = args(rest);
  try {
    if (command === 'catalog-check' && flags.feed && flags.events) {
      const report = await catalogCheck(flags.feed, flags.events, progress);
      console.log(formatCatalogReport(report, flags.feed));
      return report.problems.length > 0 || report.unknownIds.length > 0 ? 1 : 0;
    }
    if (command === 'plan' && positional.length >= 1) {
      const plan = trackingPlan(readText(positional[0]), positional[0], positional[1] ? readText(positional[1]) : undefined, positional[1]);
      if (flags.out) fs.writeFileSync(flags.out, plan);
      else console.log(plan);
      return 0;
    }
    if (command === 'report' && positional.length === 1) {
      const tagIds = flags['tag-events'] ? await scanTagEventIds(flags['tag-events']) : undefined;
      const report = await deliveryReport(positional[0], tagIds, progress);
      console.log(formatDeliveryReport(report));
      if (flags.html) { fs.writeFileSync(flags.html, htmlReport(report, positional[0])); console.log(`HTML report: ${flags.html}`); }
      return 0;
    }
  } catch (error) {
    console.error(`pinterest-gtm ${command}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.error(USAGE);
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
