/**
 * One Conversions API event from server event data: action_source (the event's, else web), event_time in
 * seconds (never in the future), the shared event_id rule (pinterest/event-id.ts), event_source_url,
 * 2-letter language, opt_out, partner_name when configured, user_data and custom_data.
 * https://developers.pinterest.com/docs/api/v5/events-create
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { idOf } from '../../../pinterest/capi-custom-data';
import type { CapiEvent } from '../../../pinterest/capi-types';
import { deriveEventId } from '../../../pinterest/event-id';
import { EVENT_ID_LIMIT, URL_LIMIT } from '../../../pinterest/forwarding-protocol';
import { freeText, idText, withoutQuery } from '../../../pinterest/text-rules';
import { DIGITS, LOWER } from '../../../pinterest/alphabets';
import { without } from '../../../pinterest/normalise';
import { toNumber, toText } from '../../../pinterest/values';
import { buildCustomData } from './custom-data';
import type { Note } from './notes';
import type { ServerTagData } from './tag-data';
import { buildUserData } from './user-data';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** action_source values Pinterest accepts ("app_android, app_ios, web, offline", ConversionEvents). */
const ACTION_SOURCES = ['web', 'app_android', 'app_ios', 'offline'];

/** Whole seconds of a time in milliseconds (positive), without Math.floor. */
export const secondsOf = (millis: number): number => (millis - millis % 1000) / 1000;

/**
 * Event time in seconds: event data's event_time (seconds or milliseconds), never later than `now` (the
 * server's clock decides, "cannot be in the future"); no usable time means now.
 */
export function eventTime(value: unknown, now: number): number {
  const given = toNumber(value);
  // Before 2001 (1e9 s) is no timestamp of a visit: junk, read as "now".
  if (given === undefined || given < 1000000000) return now;
  const time = given > 100000000000 ? given / 1000 : given;
  // Whole seconds without Math.floor: time is positive, and time % 1 its exact fraction.
  const seconds = time - time % 1;
  return seconds > now ? now : seconds;
}

/**
 * The page URL Pinterest gets and the logs show: scheme, host and path only. A query string or fragment can
 * hold personal data (…/thanks?email=jane%40example.com) and is cut off after the click id was read from it;
 * a path that holds an email address is not sent at all.
 */
export function sourceUrl(value: unknown): string | undefined {
  const text = toText(value);
  const scheme = text === undefined ? '' : text.slice(0, 8).toLowerCase();
  return text !== undefined && (scheme === 'https://' || scheme.slice(0, 7) === 'http://') ? freeText(withoutQuery(text), URL_LIMIT) : undefined;
}

/** partner_name as Pinterest assigns it: "ss-<partner>", lower-case (ConversionEvents.partner_name, e.g. ss-shopify). */
const isPartnerName = (text: string): boolean => text.indexOf('ss-') === 0 && text.length > 3 && text.length <= 64 && without(text.slice(3), LOWER + DIGITS + '-_') === '';

/** Whether any field of `fields` has a value. */
function hasValue(fields: Record<string, unknown>): boolean {
  for (const key in fields) if (fields[key] !== undefined) return true;
  return false;
}

/**
 * The event; `note` hears why values were left out or changed, and when its event_id was generated.
 * Fields without a value stay undefined: JSON.stringify leaves them out of the request (send.ts).
 */
export function buildEvent(data: ServerTagData, source: Record<string, unknown>, eventName: string, millis: number, note: Note): CapiEvent {
  // An event_id Pinterest cannot take (over 256 characters, control characters) is not the browser's either;
  // an id is never judged by its shape.
  const explicit = idText(source.event_id, EVENT_ID_LIMIT);
  if (explicit === undefined && toText(source.event_id) !== undefined) note('the event_id is not 1 to 256 characters of text');
  // The order id as custom_data carries it, so the id rule and order_id agree with the web tag's.
  const derived = explicit || deriveEventId(undefined, eventName, () => idOf(source.transaction_id) || idOf(source.order_id));
  const now = secondsOf(millis);
  const action = (toText(source.action_source) || '').toLowerCase();
  // The language's two letters (ISO 639-1), from "en-us" or "en".
  const language = (toText(source.language) || '').slice(0, 2).toLowerCase();
  const user = buildUserData(source, data.userDataOverrides, data.defaultCountry, note);
  const given = toText(data.partnerName);
  const partner = given !== undefined && isPartnerName(given) ? given : undefined;
  if (given !== partner) note('partner_name left out: not ss-<partner> in lower case');
  const custom = buildCustomData(source, eventName, data.customDataOverrides, data.defaultCurrency, note);
  if (derived === undefined) note('no event_id: generated one, so this event cannot be deduplicated');
  return {
    event_name: eventName,
    action_source: ACTION_SOURCES.indexOf(action) !== -1 ? action : 'web',
    event_time: eventTime(source.event_time, now),
    // generateRandom is required here, on the rare path of an event without a usable id.
    event_id: derived || 'gen_' + millis + '_' + require('generateRandom')(100000000, 999999999),
    user_data: user,
    event_source_url: sourceUrl(source.page_location),
    language: language.length === 2 && language >= 'aa' && language <= 'zz' ? language : undefined,
    opt_out: source.opt_out === true || source.opt_out === 'true' ? true : undefined,
    partner_name: partner,
    custom_data: hasValue(custom) ? custom : undefined,
  };
}
