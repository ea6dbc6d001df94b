/**
 * Reading untrusted values (GTM fields, dataLayer pushes, event data) without ever throwing: junk
 * becomes `undefined` and is left out, never sent as `NaN` or `"undefined"`. Compiled into every
 * template, so only the sandbox's standard library and APIs are used.
 */
import { getType, makeNumber, makeString, Math, Object } from '../gtm-sandbox/import/common';

/** A finite number (NaN - NaN and Infinity - Infinity are NaN). */
const isFinite = (n: number): boolean => n - n === 0;

/** A trimmed, non-empty text from a string, a finite number or a boolean. */
export function toText(value: unknown): string | undefined {
  const type = getType(value);
  if (type === 'number' && !isFinite(value as number)) return undefined;
  if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined;
  const text = makeString(value).trim();
  return text === '' ? undefined : text;
}

/**
 * Decimal text as amounts and quantities are written: an optional minus, digits, an optional fraction
 * ("12.50", "-3", ".5"). Not "+1…", "1e9", "0x1F" or "1,234": those are phone numbers, exponents or
 * other junk that makeNumber would still read.
 */
function isDecimalText(text: string): boolean {
  let digits = 0;
  let dot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c >= '0' && c <= '9') digits++;
    else if (c === '.' && !dot) dot = true;
    else if (!(c === '-' && i === 0)) return false;
  }
  return digits > 0;
}

/** A finite number from a number or decimal text ("12.50"); "1,234", "+1 415…" and "abc" are junk. */
export function toNumber(value: unknown): number | undefined {
  const type = getType(value);
  if (type === 'number') return isFinite(value as number) ? (value as number) : undefined;
  if (type !== 'string') return undefined;
  const text = (value as string).trim();
  if (!isDecimalText(text)) return undefined;
  const n = makeNumber(text);
  return isFinite(n) ? n : undefined;
}

/** A whole number, truncated towards zero. */
export function toInteger(value: unknown): number | undefined {
  const n = toNumber(value);
  if (n === undefined) return undefined;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

/**
 * An item quantity: a whole number from 0 to a million. More of one item in one event is junk (a phone
 * number or an id in the wrong field), and Pinterest's quantity is a count of items bought or viewed.
 */
export function toQuantity(value: unknown): number | undefined {
  const n = toInteger(value);
  return n !== undefined && n >= 0 && n <= 1000000 ? n : undefined;
}

/** A plain object (not an array or null), else undefined. */
export function toObject(value: unknown): Record<string, unknown> | undefined {
  return getType(value) === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** An array, else an empty one. */
export function toList(value: unknown): unknown[] {
  return getType(value) === 'array' ? (value as unknown[]) : [];
}

/**
 * The template's fields with each missing one read as its UI default (src/field-defaults.ts, generated
 * from definition.ts): GTM leaves out fields that a tag was saved without, e.g. fields a later template
 * version added. A shallow copy; `data` itself is left as GTM passed it.
 */
export function withDefaults<T extends object>(data: T, defaults: { [field: string]: unknown }): T {
  const out: { [key: string]: unknown } = {};
  const given = data as { [key: string]: unknown };
  const keys = Object.keys(given);
  for (let i = 0; i < keys.length; i++) out[keys[i]] = given[keys[i]];
  const fields = Object.keys(defaults);
  for (let i = 0; i < fields.length; i++) if (out[fields[i]] === undefined || out[fields[i]] === null) out[fields[i]] = defaults[fields[i]];
  return out as T;
}
