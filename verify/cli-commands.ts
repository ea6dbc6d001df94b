/**
 * What each pinterest-gtm command takes: its usage line, what it does, its options and arguments. The
 * parser (cli-args.ts) refuses anything else; `--help` prints these.
 */
import { optionLines, type OptionSpec } from './cli-args';

export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Lines after the usage in the command's own help. */
  readonly details: string;
  readonly options: readonly OptionSpec[];
  /** How many positional arguments it takes, and what to say when the count is wrong. */
  readonly positional: { readonly min: number; readonly max: number; readonly missing: string };
}

export const CATALOG_CHECK: CommandSpec = {
  name: 'catalog-check', usage: 'pinterest-gtm catalog-check --feed FEED --events EVENTS',
  summary: 'check the catalog feed and the product ids your events send',
  details: 'Reports missing or invalid required fields of the feed (CSV, TSV or RSS/Atom XML) with line numbers and\n'
    + 'duplicate ids, then the product ids of the captured events that are not catalog ids, with the likely fix.\n'
    + 'EVENTS: JSON lines (one event or log line per line) or one JSON array of events.\n'
    + 'Exit status: 0 when all is well, 1 when something needs fixing, 2 for a wrong command line.',
  options: [
    { name: 'feed', value: 'FEED', required: true, help: 'the catalog feed (CSV, TSV or XML)' },
    { name: 'events', value: 'EVENTS', required: true, help: 'captured events: pintrk captures, Conversions API events or the tag\'s logs' },
  ],
  positional: { min: 0, max: 0, missing: '' },
};

export const PLAN: CommandSpec = {
  name: 'plan', usage: 'pinterest-gtm plan WEB_CONTAINER [SERVER_CONTAINER] [--out FILE]',
  summary: 'write the tracking plan from your GTM container exports',
  details: 'Writes the tracking plan (Markdown) from GTM container exports: every Pinterest event with its trigger,\n'
    + 'parameters, event_id, route, Enhanced Match and consent, and the environment matrix (tag ID, ad account,\n'
    + 'token variable, server URL and client path per GTM environment, from Lookup and RegEx Tables on\n'
    + '{{Environment Name}}); warnings also go to stderr. Secrets are never printed, only their variables\' names.\n'
    + 'Exit status: 0 when written, 1 when an export cannot be read, 2 for a wrong command line.',
  options: [{ name: 'out', value: 'FILE', help: 'write the plan to FILE instead of printing it' }],
  positional: { min: 1, max: 2, missing: 'give the web container export (and optionally the server container export)' },
};

export const REPORT: CommandSpec = {
  name: 'report', usage: 'pinterest-gtm report LOGS [--tag-events FILE] [--html FILE]',
  summary: 'the monthly review: delivery, deduplication and Enhanced Match from the Conversions API tag\'s logs',
  details: 'Reads the Conversions API tag\'s JSON log lines (as printed, or exported from Cloud Logging) and reports\n'
    + 'delivery, retries, status and Pinterest error codes, deduplication and Enhanced Match coverage, each\n'
    + 'judged against the healthy ranges of Pinterest\'s implementation runbook, with a one-line verdict.\n'
    + 'Exit status: 0 when the report is written, 1 when the logs cannot be read, 2 for a wrong command line.',
  options: [
    { name: 'tag-events', value: 'FILE', help: 'the browser\'s events of the same period (JSON lines or a JSON array), to measure deduplication' },
    { name: 'html', value: 'FILE', help: 'also write the report as an HTML page' },
  ],
  positional: { min: 1, max: 1, missing: 'give the log file' },
};

export const AUDIT_OPTIONS: readonly OptionSpec[] = [
  { name: 'journey', value: 'FILE', help: 'follow the steps of a journey file (YAML) instead of crawling' },
  { name: 'server-logs', value: 'FILE', help: 'the Conversions API tag\'s logs of the same period, to pair browser and server events' },
  { name: 'feed', value: 'FILE', help: 'the catalog feed: every product id sent must be a catalog id' },
  { name: 'consent', value: 'accept|reject|none', help: 'click the consent banner\'s accept or reject button (default none)' },
  { name: 'html', value: 'FILE', help: 'also write an HTML report with a screenshot of every step' },
  { name: 'json', help: 'print the report as JSON' },
  { name: 'headed', help: 'show the browser window' },
  { name: 'max-pages', value: 'N', help: 'pages to visit without a journey: the start page and links one deep (default 10)' },
  { name: 'tag-id', value: 'ID', help: 'the 13-digit tag ID the site must use' },
  { name: 'route', value: 'ORIGIN=URL', repeatable: true, help: 'answer requests to ORIGIN from URL (tests and demos)' },
  { name: 'server-container', value: 'ORIGIN', repeatable: true, help: 'treat requests to ORIGIN as server-container requests' },
  { name: 'step-timeout', value: 'MS', help: 'how long a step may take to find its element (default 10000)' },
  { name: 'settle', value: 'MS', help: 'how long to wait for a page to go quiet after it loads (default 3000)' },
  { name: 'server-wait', value: 'MS', help: 'how long to re-read --server-logs for missing copies (default 5000)' },
];

export const AUDIT: CommandSpec = {
  name: 'audit', usage: 'pinterest-gtm audit START_URL [options]',
  summary: 'the runbook\'s QA pass in a real browser: tag, events, parameters, consent, deduplication',
  details: 'Visits the start page and the pages one link deep (or follows --journey) in Chromium (CHROMIUM_PATH to\n'
    + 'use another), watching the Pinterest tag as the Tag Helper does, and reports findings with their fixes.\n'
    + 'Exit status: 0 without errors, 1 with errors or when the audit could not finish, 2 for a wrong command line.',
  options: AUDIT_OPTIONS,
  positional: { min: 1, max: 1, missing: 'give the start URL' },
};

export const COMMANDS: readonly CommandSpec[] = [AUDIT, PLAN, CATALOG_CHECK, REPORT];

export function commandHelp(c: CommandSpec): string {
  return `usage: ${c.usage}\n\n${c.details}\n\nOptions:\n${optionLines([...c.options, { name: 'help', help: 'show this help' }])}\n`;
}

export function generalHelp(): string {
  return 'pinterest-gtm: the verification tools of Pinterest\'s implementation runbook\n\n'
    + `usage: pinterest-gtm COMMAND [options]\n\nCommands:\n${COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`).join('\n')}\n\n`
    + 'Run "pinterest-gtm COMMAND --help" for a command\'s options; "pinterest-gtm --version" for the version.\n';
}
