/**
 * One Conversions API event from server event data: action_source (the event's, else web), event_time in
 * seconds (never in the future), the shared event_id rule (pinterest/event-id.ts), event_source_url,
 * 2-letter language, opt_out, partner_name when configured, user_data and custom_data.
 * https://developers.pinterest.com/docs/api/v5/events-create
 */
import { getTimestampMillis, Math } from '../../../gtm-sandbox/import/server';
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { idOf } from '../../../pinterest/capi-custom-data';
import type { CapiEvent } from '../../../pinterest/capi-types';
import { deriveEventId } from '../../../pinterest/event-id';
import { URL_LIMIT } from '../../../pinterest/forwarding-protocol';
import { freeText } from '../../../pinterest/text-rules';
import { keysOf, toNumber, toText } from '../../../pinterest/values';
import { buildCustomData } from './custom-data';
import type { ServerTagData } from './tag-data';
import { buildUserData } from './user-data';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** action_source values Pinterest accepts ("app_android, app_ios, web, offline", ConversionEvents). */
const ACTION_SOURCES = ['web', 'app_android', 'app_ios', 'offline'];

/**
 * Pinterest takes events of the last 7 days ("event_time … must be within the last 7 days": an older event
 * is answered with code 953, "timestamp is in the past"; pinterest-api.md §1.6 and §6.7).
 */
export const MAX_EVENT_AGE_SECONDS = 7 * 24 * 3600;

/**
 * Event time in seconds: event data's event_time (seconds or milliseconds), never later than now (the
 * server's clock decides, "cannot be in the future"); no usable time means now.
 */
export function eventTime(value: unknown): number {
  const now = Math.floor(getTimestampMillis() / 1000);
  const given = toNumber(value);
  // Before 2001 (1e9 s) is no timestamp of a visit: junk, read as "now".
  if (given === undefined || given < 1000000000) return now;
  const seconds = Math.floor(given > 100000000000 ? given / 1000 : given);
  return seconds > now ? now : seconds;
}

/**
 * The page URL Pinterest gets and the logs show: scheme, host and path only. A query string or fragment can
 * hold personal data (…/thanks?email=jane%40example.com) and is cut off after the click id was read from it;
 * a path that holds an email address is not sent at all.
 */
export function sourceUrl(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (lower.indexOf('https://') !== 0 && lower.indexOf('http://') !== 0) return undefined;
  let end = text.length;
  const query = text.indexOf('?');
  const fragment = text.indexOf('#');
  if (query !== -1) end = query;
  if (fragment !== -1 && fragment < end) end = fragment;
  return freeText(text.slice(0, end), URL_LIMIT);
}

function language(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined) return undefined;
  const code = text.slice(0, 2).toLowerCase();
  return code.length === 2 && code >= 'aa' && code <= 'zz' ? code : undefined;
}

function actionSource(value: unknown): string {
  const text = toText(value);
  return text !== undefined && ACTION_SOURCES.indexOf(text.toLowerCase()) !== -1 ? text.toLowerCase() : 'web';
}

/** partner_name as Pinterest assigns it: "ss-<partner>", lower-case (ConversionEvents.partner_name, e.g. ss-shopify). */
function partnerName(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined || text.indexOf('ss-') !== 0 || text.length < 4 || text.length > 64) return undefined;
  for (let i = 3; i < text.length; i++) {
    const c = text.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || c === '_')) return undefined;
  }
  return text;
}

/** The event, whether its event_id was generated, and why values were left out or changed. */
export interface BuiltEvent { event: CapiEvent; generatedId: boolean; notes: string[] }

export function buildEvent(data: ServerTagData, source: Record<string, unknown>, eventName: string): BuiltEvent {
  const notes: string[] = [];
  // An event_id Pinterest cannot take (over 256 characters, control characters) is not the browser's either;
  // an id is never judged by its shape.
  if (idOf(source.event_id) === undefined && toText(source.event_id) !== undefined) notes.push('the event_id is not 1 to 256 characters of text: generated one');
  // The order id as custom_data carries it, so the id rule and order_id agree with the web tag's.
  const derived = deriveEventId(source.event_id, eventName, () => idOf(source.transaction_id) ?? idOf(source.order_id));
  const user = buildUserData(source, data.userDataOverrides, data.defaultCountry, notes);
  const event: CapiEvent = {
    event_name: eventName,
    action_source: actionSource(source.action_source),
    event_time: eventTime(source.event_time),
    // generateRandom is required here, on the rare path of an event without a usable id.
    event_id: derived ?? 'gen_' + getTimestampMillis() + '_' + require('generateRandom')(100000000, 999999999),
    user_data: user,
  };
  const url = sourceUrl(source.page_location);
  if (url !== undefined) event.event_source_url = url;
  const lang = language(source.language);
  if (lang !== undefined) event.language = lang;
  if (source.opt_out === true || source.opt_out === 'true') event.opt_out = true;
  const partner = partnerName(data.partnerName);
  if (partner !== undefined) event.partner_name = partner;
  else if (toText(data.partnerName) !== undefined) notes.push('partner_name left out: Pinterest assigns names of the form ss-<partner>, lower-case');
  const custom = buildCustomData(source, eventName, data.customDataOverrides, data.defaultCurrency, (note) => { notes.push(note); });
  if (keysOf(custom).length > 0) event.custom_data = custom;
  return { event: event, generatedId: derived === undefined, notes: notes };
}
