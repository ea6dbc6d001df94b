/**
 * Strict validation of one ForwardedEvent as the server receives it: the client is the one judge of what
 * reaches the container. One table drives it, the protocol's WIRE_FIELDS (pinterest/forwarding-protocol.ts):
 * each field's type letter names its rule below. Types, lengths in Unicode characters, valid text
 * (pinterest/text-rules.ts), the event name pattern, the click id alphabet, SHA-256 hex for user data, the
 * consent values, no unknown keys. Raw contact data is kept out by field meaning: contact data travels only
 * hashed in user_data, identifiers (types i and d: event_id, order_id, product_id; and click_id) are never
 * judged by their shape, and free text (type t, custom properties, a page URL's path) must hold no email
 * address (pinterest/email-address.ts).
 *
 * A problem reads "<field path>: <rule>". Paths are built from the protocol's own names only (a custom
 * property is `custom_data.*`, an unknown field is named by its parent), never from the request, so
 * nothing the sender wrote is echoed back (docs/event-protocol.md, "Errors").
 */
import type { CommonApis } from '../gtm-sandbox/types/common';
import { looksLikeEmail } from './email-address';
import { isCustomEventName } from './events';
import {
  CLICK_ID_LIMIT, CUSTOM_KEY_LENGTH, CUSTOM_KEYS_LIMIT, EVENT_ID_LIMIT, EVENT_NAME_LIMIT, HASHES_PER_FIELD, LINE_ITEMS_LIMIT, TEXT_LIMIT, URL_LIMIT, WIRE_FIELDS,
  type ForwardedEvent,
} from './forwarding-protocol';
import { isSha256Hex } from './digests';
import { isClickId, isProtocolText, withoutQuery } from './text-rules';
import { isList, isObject, keysOf } from './values';

declare function require<N extends keyof CommonApis>(name: N): CommonApis[N];

type Check = string | undefined;

/**
 * The spec of field `name` in a section of WIRE_FIELDS ("t", "d>transaction_id", …), or undefined for a
 * name that is not a field there. A name holding a space could span two entries: no field has one.
 */
export function specOf(section: number, name: string): string | undefined {
  const entries = ' ' + WIRE_FIELDS.split('|')[section];
  const at = entries.indexOf(' ' + name + ':');
  return at === -1 || name.indexOf(' ') !== -1 ? undefined : entries.slice(at + name.length + 2).split(' ')[0];
}

const OUTSIDE = ': has a field outside the protocol';
const NO_EMAIL = ': must not hold a raw email address (send it hashed in user_data.em)';
const mustBe = (path: string, what: string): string => path + ': must be ' + what;
const isFinite = (value: unknown): boolean => typeof value === 'number' && (value as number) - (value as number) === 0;

function text(value: unknown, max: number, path: string): Check {
  return typeof value === 'string' && isProtocolText(value, max) ? undefined : mustBe(path, 'text of 1 to ' + max + ' characters without control characters');
}

function url(value: unknown, path: string): Check {
  const problem = text(value, URL_LIMIT, path);
  if (problem !== undefined) return problem;
  const parsed = require('parseUrl')(value as string);
  const web = parsed !== undefined && (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  if (!web || parsed.username !== '' || parsed.password !== '') return mustBe(path, 'an http(s) URL without credentials');
  // The query and fragment are dropped before event data (pinterest/forwarded-event-data.ts); the rest is kept.
  return looksLikeEmail(withoutQuery(value as string)) ? path + NO_EMAIL : undefined;
}

/** An array of at most `max` elements, each judged by `element`. */
function list(value: unknown, max: number, what: string, path: string, element: (v: unknown, at: string) => Check): Check {
  if (!isList(value) || (value as unknown[]).length > max) return mustBe(path, 'an array of at most ' + max + ' ' + what);
  for (let i = 0; i < (value as unknown[]).length; i++) {
    const problem = element((value as unknown[])[i], path + '[' + i + ']');
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/**
 * An object whose fields are those of a WIRE_FIELDS section; `other` judges the rest (custom properties).
 * The event itself is section 0 at path '': its fields are named alone, and it is "event" in messages.
 */
function fields(value: unknown, section: number, path: string, other?: (name: string, v: unknown) => Check): Check {
  if (!isObject(value)) return mustBe(path || 'event', 'an object');
  const object = value as Record<string, unknown>;
  const names = keysOf(object);
  for (let i = 0; i < names.length; i++) {
    const spec = specOf(section, names[i]);
    const problem = spec !== undefined ? field(object[names[i]], spec.charAt(0), path === '' ? names[i] : path + '.' + names[i])
      : other !== undefined ? other(names[i], object[names[i]]) : (path || 'event') + OUTSIDE;
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** A custom property's name: a letter or an underscore, then letters, digits and underscores, at most 64. */
function isPropertyName(name: string): boolean {
  if (name.length === 0 || name.length > CUSTOM_KEY_LENGTH) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || (i > 0 && c >= '0' && c <= '9'))) return false;
  }
  return true;
}

/** One advertiser-defined custom property: its name, and free text, a finite number or a boolean. */
function customProperty(name: string, value: unknown): Check {
  if (!isPropertyName(name)) return 'custom_data: property names are 1 to ' + CUSTOM_KEY_LENGTH + ' letters, digits and underscores';
  const type = typeof value;
  return type === 'number' ? field(value, 'f', 'custom_data.*') : type === 'string' ? field(value, 't', 'custom_data.*')
    : type === 'boolean' ? undefined : mustBe('custom_data.*', 'a string, a number or a boolean');
}

/** The rule of a WIRE_FIELDS type letter (see its comment) for one value at `path`. */
function field(value: unknown, type: string, path: string): Check {
  switch (type) {
    case 'n': return text(value, EVENT_NAME_LIMIT, path) || (isCustomEventName(value as string) ? undefined : mustBe(path, 'letters and underscores'));
    case 'i': return text(value, EVENT_ID_LIMIT, path);
    case 'd': return text(value, TEXT_LIMIT, path);
    case 't': return text(value, TEXT_LIMIT, path) || (looksLikeEmail(value as string) ? path + NO_EMAIL : undefined);
    case 'f': return isFinite(value) ? undefined : mustBe(path, 'a finite number');
    case 'm': return field(value, 'f', path) || ((value as number) < 0 ? path + ': must not be negative' : undefined);
    case 'u': return url(value, path);
    case 'k': return typeof value === 'string' && isClickId(value, CLICK_ID_LIMIT) ? undefined : mustBe(path, '1 to ' + CLICK_ID_LIMIT + ' characters of A-Z a-z 0-9 + / - _ =');
    case 'b': return typeof value === 'boolean' ? undefined : mustBe(path, 'a boolean');
    case 'o': return value === 'LDP' || value === '' ? undefined : mustBe(path, '"LDP" or empty');
    case 'g': return value === 'granted' || value === 'denied' ? undefined : mustBe(path, '"granted" or "denied"');
    case 'h': return list(value, HASHES_PER_FIELD, 'hashes', path, (v, at) => (typeof v === 'string' && isSha256Hex(v) ? undefined : mustBe(at, 'a SHA-256 hex digest')));
    case 'L': return list(value, LINE_ITEMS_LIMIT, 'items', path, (v, at) => fields(v, 2, at));
    case 'C': return isObject(value) && keysOf(value as object).length > CUSTOM_KEYS_LIMIT ? path + ': at most ' + CUSTOM_KEYS_LIMIT + ' properties' : fields(value, 1, path, customProperty);
    case 'U': return fields(value, 3, path);
    default: return fields(value, 4, path);
  }
}

/** The first problem with a wire event, or undefined when it is valid. event_name and event_id are required. */
export function forwardedEventProblem(value: unknown): Check {
  return fields(value, 0, '') || field((value as ForwardedEvent).event_name, 'n', 'event_name') || field((value as ForwardedEvent).event_id, 'i', 'event_id');
}
