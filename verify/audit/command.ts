/**
 * `pinterest-gtm audit <start URL> [options]` (README "Auditing a site"): parses the options, runs the
 * audit with progress on stderr, prints the text summary (or JSON with --json) and writes the HTML
 * report. Exit status: 0 without error-level findings, 1 with them or when the audit could not
 * complete (the partial report is still written), 2 for a usage error.
 */
import * as fs from 'node:fs';
import { parseArgs, single, UsageError } from '../cli-args';
import { AUDIT, commandHelp } from '../cli-commands';
import { DEFAULTS, type AuditOptions, type AuditResult } from './audit-types';
import { finding } from './findings';
import { JourneyError, parseJourney } from './journey';
import { htmlReport } from './report/html-report';
import { jsonReport, passed, textReport } from './report/text-report';
import type { Route } from './requests';
import { runAudit } from './run-audit';

export { UsageError };

export interface ParsedArgs { readonly options: Omit<AuditOptions, 'journey'>; readonly html?: string; readonly json: boolean }

function origin(value: string, what: string): string {
  let url: URL;
  try { url = new URL(value); } catch { throw new UsageError(`${what}: ${JSON.stringify(value)} is not a URL`); }
  if (!['http:', 'https:'].includes(url.protocol) || url.origin !== value.replace(/\/$/, '')) throw new UsageError(`${what}: ${JSON.stringify(value)} must be an origin such as https://s.pinimg.com`);
  return url.origin;
}

function route(value: string): Route {
  const at = value.indexOf('=');
  if (at < 0) throw new UsageError(`--route ${JSON.stringify(value)}: write ORIGIN=URL, e.g. https://s.pinimg.com=http://127.0.0.1:8790`);
  const to = value.slice(at + 1).replace(/\/+$/, '');
  let target: URL;
  try { target = new URL(to); } catch { throw new UsageError(`--route: ${JSON.stringify(to)} is not a URL`); }
  if (!['http:', 'https:'].includes(target.protocol)) throw new UsageError('--route: the target must be an http(s) URL');
  return { from: origin(value.slice(0, at), '--route'), to };
}

function whole(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
  return n;
}

function existing(file: string | undefined, name: string): string | undefined {
  if (file !== undefined && !fs.existsSync(file)) throw new UsageError(`--${name} ${file}: no such file`);
  return file;
}

/** The audit's options; undefined when --help was asked for. */
export function parseAuditArgs(argv: string[]): ParsedArgs | undefined {
  const parsed = parseArgs(argv, AUDIT.options);
  if (parsed.help) return undefined;
  const values: Record<string, string | undefined> = Object.fromEntries(AUDIT.options.map((o) => [o.name, single(parsed, o.name)]));
  const lists = { route: parsed.options.get('route') ?? [], 'server-container': parsed.options.get('server-container') ?? [] };
  const flags = new Set(['json', 'headed'].filter((f) => parsed.options.has(f)));
  const { positional } = parsed;
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? 'give the start URL' : `one start URL, got ${positional.length} arguments`);
  const start = /^[a-z][a-z0-9+.-]*:\/\//i.test(positional[0]) ? positional[0] : `https://${positional[0]}`;
  let startUrl: URL;
  try { startUrl = new URL(start); } catch { throw new UsageError(`${JSON.stringify(positional[0])} is not a URL`); }
  if (!['http:', 'https:'].includes(startUrl.protocol)) throw new UsageError('the start URL must be http or https');
  const consent = values.consent ?? 'none';
  if (!['accept', 'reject', 'none'].includes(consent)) throw new UsageError('--consent must be accept, reject or none');
  if (values['tag-id'] !== undefined && !/^\d{13}$/.test(values['tag-id'])) throw new UsageError('--tag-id must be the 13-digit tag ID');
  return {
    options: {
      startUrl: startUrl.href, journeyFile: existing(values.journey, 'journey'), maxPages: whole(values['max-pages'], 'max-pages', DEFAULTS.maxPages, 200) || 1,
      consent: consent as AuditOptions['consent'], routes: lists.route.map(route), serverOrigins: lists['server-container'].map((o) => origin(o, '--server-container')),
      tagId: values['tag-id'], headed: flags.has('headed'), screenshots: values.html !== undefined,
      stepTimeoutMs: whole(values['step-timeout'], 'step-timeout', DEFAULTS.stepTimeoutMs, 600_000), settleMs: whole(values.settle, 'settle', DEFAULTS.settleMs, 60_000),
      serverLogs: existing(values['server-logs'], 'server-logs'), serverWaitMs: whole(values['server-wait'], 'server-wait', DEFAULTS.serverWaitMs, 600_000),
      feed: existing(values.feed, 'feed'),
    },
    html: values.html, json: flags.has('json'),
  };
}

/** A result for a journey file that cannot run: the error is the report. */
function invalidJourney(options: AuditParsedOptions, error: JourneyError): AuditResult {
  const now = Date.now();
  return { startUrl: options.startUrl, startedAt: now, finishedAt: now, userAgent: '', steps: [], views: [], findings: [finding('journey-invalid', error.message)], aborted: error.message };
}
type AuditParsedOptions = ParsedArgs['options'];

export async function auditCommand(argv: string[], progress: (m: string) => void = (m) => process.stderr.write(`… ${m}\n`)): Promise<number> {
  let parsed: ParsedArgs | undefined;
  try { parsed = parseAuditArgs(argv); } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`pinterest-gtm audit: ${error.message}\nusage: ${AUDIT.usage}\nRun "pinterest-gtm audit --help" for its options.`);
    return 2;
  }
  if (parsed === undefined) { console.log(commandHelp(AUDIT)); return 0; }
  const { options, html, json } = parsed;
  let result: AuditResult;
  try {
    const journey = options.journeyFile ? parseJourney(fs.readFileSync(options.journeyFile, 'utf8'), options.journeyFile) : undefined;
    result = await runAudit({ ...options, journey }, { progress });
  } catch (error) {
    if (!(error instanceof JourneyError)) throw error;
    console.error(`pinterest-gtm audit: ${error.message}`);
    result = invalidJourney(options, error);
  }
  if (html) { fs.writeFileSync(html, htmlReport(result)); progress(`HTML report: ${html}`); }
  console.log(json ? jsonReport(result) : textReport(result));
  return passed(result) ? 0 : 1;
}
