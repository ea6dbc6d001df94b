/**
 * Is this a request Pinterest accepts? The body against schemas/conversion-events.schema.json (ajv, as
 * pinterest-fake/conversions-api.ts validates it), plus the rules Pinterest states in prose that JSON
 * Schema cannot (https://developers.pinterest.com/docs/api/v5/events-create): a value needs a
 * currency; event_time is in seconds and not in the future; client_ip_address, client_user_agent and
 * click_id are plain, never hashes. Events older than 7 days are refused as issue 13 states it
 * (Pinterest's window as integrators such as Amperity document it; no official page gives the number).
 * And the request itself: Pinterest's URL, and headers without control characters (an access token
 * with CR/LF would inject headers).
 */
import Ajv from 'ajv';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { HttpRequestRecord } from '../../gtm-sandbox/world/world';
import { REPO_ROOT } from '../sandbox-run';
import { finding, type Finding } from './finding';
import { hasControl } from './text';

const SCHEMA = path.join(REPO_ROOT, 'schemas', 'conversion-events.schema.json');
let validator: ReturnType<Ajv['compile']> | undefined;
const validate = (body: unknown): ReturnType<Ajv['compile']> => {
  validator ??= new Ajv({ allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  validator(body);
  return validator;
};

export const CAPI_URL = /^https:\/\/api\.pinterest\.com\/v5\/ad_accounts\/\d{1,18}\/events(\?test=true)?$/;
const SHA256 = /^[a-f0-9]{64}$/i;
const SEVEN_DAYS_S = 7 * 24 * 3600;

function eventFindings(event: Record<string, unknown>, i: number, nowMs: number): Finding[] {
  const out: Finding[] = [];
  const where = `data[${i}]`;
  const custom = (event.custom_data ?? {}) as Record<string, unknown>;
  if (custom.value !== undefined && custom.value !== null && (custom.currency === undefined || custom.currency === null)) {
    out.push(finding('invalid', 'custom_data.value without custom_data.currency', `${where}: value ${JSON.stringify(custom.value)} has no currency`));
  }
  const time = event.event_time;
  if (typeof time === 'number') {
    if (time > Math.ceil(nowMs / 1000)) out.push(finding('invalid', 'event_time in the future', `${where}.event_time ${time} > now ${Math.ceil(nowMs / 1000)}`));
    if (time < Math.floor(nowMs / 1000) - SEVEN_DAYS_S) out.push(finding('invalid', 'event_time older than 7 days', `${where}.event_time ${time}`));
  }
  const user = (event.user_data ?? {}) as Record<string, unknown>;
  for (const field of ['client_ip_address', 'client_user_agent', 'click_id']) {
    if (typeof user[field] === 'string' && SHA256.test(user[field] as string)) {
      out.push(finding('invalid', `user_data.${field} is a SHA-256 hash (must be plain)`, `${where}.user_data.${field} = ${user[field] as string}`));
    }
  }
  return out;
}

export function capiRequestFindings(request: HttpRequestRecord, nowMs: number): Finding[] {
  const out: Finding[] = [];
  if (!CAPI_URL.test(request.url)) out.push(finding('invalid', 'request URL is not the Conversions API endpoint', request.url));
  if (request.method !== 'POST') out.push(finding('invalid', `method ${request.method}`, request.url));
  for (const [name, value] of Object.entries(request.headers)) {
    if (hasControl(name) || hasControl(value)) out.push(finding('invalid', `header ${hasControl(name) ? '(a name with control characters)' : name.toLowerCase()} holds control characters (header injection)`, JSON.stringify(value.replace(/pina_\w+/g, 'pina_…'))));
  }
  const authorization = Object.entries(request.headers).find(([k]) => k.toLowerCase() === 'authorization')?.[1];
  if (authorization === undefined || !/^Bearer [\x21-\x7e]+$/.test(authorization)) {
    out.push(finding('invalid', 'Authorization is not "Bearer <token>" with a token of visible ASCII', JSON.stringify((authorization ?? '(none)').replace(/pina_\w+/g, 'pina_…'))));
  }
  let body: unknown;
  try {
    body = JSON.parse(request.body ?? '');
  } catch {
    return [...out, finding('invalid', 'body is not JSON', (request.body ?? '').slice(0, 200))];
  }
  const checked = validate(body);
  for (const error of checked.errors ?? []) {
    const at = error.instancePath.replace(/\/\d+(?=\/|$)/g, '/N') || '/';
    out.push(finding('invalid', `schema: ${at} ${error.message ?? error.keyword}`, `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`));
  }
  const data = (body as { data?: unknown }).data;
  if (Array.isArray(data)) data.forEach((event, i) => { if (event && typeof event === 'object') out.push(...eventFindings(event as Record<string, unknown>, i, nowMs)); });
  return dedupe(out);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => (seen.has(f.signature) ? false : (seen.add(f.signature), true)));
}
