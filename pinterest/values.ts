/**
 * Reading untrusted values (GTM fields, dataLayer pushes, event data) without ever throwing: junk
 * becomes `undefined` and is left out, never sent as `NaN` or `"undefined"`. Compiled into every
 * template, so only the sandbox's standard library and APIs are used.
 *
 * Every value here comes from the sandbox (`data`, API answers), whose types are undefined, null,
 * boolean, number, string, array, object and function
 * (https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript): the `typeof`
 * operator tells them apart without an API call, except an array from an object (both "object"), for
 * which getType() is asked (https://developers.google.com/tag-platform/tag-manager/templates/api#gettype),
 * required on the first such question of a fire, so a fire that never asks never requires it.
 */
import type { CommonApis } from '../gtm-sandbox/types/common';
import { DIGITS, isMadeOf } from './characters';

declare function require<N extends keyof CommonApis>(name: N): CommonApis[N];

let getType: CommonApis['getType'] | undefined;

/** getType() for a value whose typeof is "object": "array", "object" or "null". */
function objectType(value: unknown): string {
  getType = getType || require('getType');
  return getType(value);
}

/** A finite number (NaN - NaN and Infinity - Infinity are NaN). */
const isFinite = (n: number): boolean => n - n === 0;

/**
 * A trimmed, non-empty text from a string, a finite number or a boolean: a number's and a boolean's text as
 * makeString() writes them (String(n), "true"), without an API call.
 */
export function toText(value: unknown): string | undefined {
  const type = typeof value;
  const text = type === 'string' ? (value as string).trim() : type === 'boolean' || (type === 'number' && isFinite(value as number)) ? '' + value : '';
  return text || undefined;
}

/**
 * Decimal text as amounts and quantities are written: an optional minus, digits, an optional fraction
 * ("12.50", "-3", ".5"). Not "+1…", "1e9", "0x1F" or "1,234": those are phone numbers, exponents or
 * other junk that makeNumber would still read.
 */
function isDecimalText(text: string): boolean {
  const unsigned = text.charAt(0) === '-' ? text.slice(1) : text;
  const parts = unsigned.split('.');
  return parts.length < 3 && parts.join('') !== '' && isMadeOf(parts.join(''), DIGITS);
}

/** A finite number from a number or decimal text ("12.50"); "1,234", "+1 415…" and "abc" are junk. */
export function toNumber(value: unknown): number | undefined {
  // Unary plus reads decimal text exactly as makeNumber() does, without an API call.
  const n = typeof value === 'number' ? value : typeof value === 'string' && isDecimalText(value.trim()) ? +value : undefined;
  return n !== undefined && isFinite(n) ? n : undefined;
}

/** A whole number, truncated towards zero. */
export function toInteger(value: unknown): number | undefined {
  const n = toNumber(value);
  if (n === undefined) return undefined;
  // Truncation without Math: n % 1 is n's exact fraction (an IEEE remainder is exact), so n - n % 1 is
  // Math.trunc(n); n * 0 keeps the sign of zero as Math.ceil(-0.5) does (-0).
  const whole = n - (n % 1);
  return whole === 0 ? n * 0 : whole;
}

/**
 * An item quantity: a whole number from 0 to a million. More of one item in one event is junk (a phone
 * number or an id in the wrong field), and Pinterest's quantity is a count of items bought or viewed.
 */
export function toQuantity(value: unknown): number | undefined {
  const n = toInteger(value);
  return n !== undefined && n >= 0 && n <= 1000000 ? n : undefined;
}

/**
 * A value read field by field: an object (an array included) as it is, anything else as an object
 * without fields. Reading a named field of an array, a string or a number gives undefined, so no getType
 * question is needed where only named fields are read.
 */
export function fieldsOf(value: unknown): Record<string, unknown> {
  return (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
}

/** A plain object (not an array or null), else undefined. */
export function toObject(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) ? (value as Record<string, unknown>) : undefined;
}

/** An array, else an empty one. */
export function toList(value: unknown): unknown[] {
  return typeof value === 'object' && value !== null && objectType(value) === 'array' ? (value as unknown[]) : [];
}

/** A plain object (not an array or null). */
export function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && objectType(value) === 'object';
}

/** An array. */
export function isList(value: unknown): boolean {
  return typeof value === 'object' && value !== null && objectType(value) === 'array';
}

/**
 * An object's own keys in Object.keys() order, by for-in: sandbox objects inherit nothing enumerable,
 * so no hasOwnProperty check is needed (a hostile object may shadow hasOwnProperty itself), and no API
 * is called.
 */
export function keysOf(value: object): string[] {
  const out: string[] = [];
  for (const key in value) out.push(key);
  return out;
}

/**
 * The template's fields with each missing one read as its UI default (src/field-defaults.ts, generated
 * from definition.ts): GTM leaves out fields that a tag was saved without, e.g. fields a later template
 * version added. A shallow copy; `data` itself is left as GTM passed it.
 */
export function withDefaults<T extends object>(data: T, defaults: { [field: string]: unknown }): T {
  const out: { [key: string]: unknown } = {};
  const given = data as { [key: string]: unknown };
  // for-in (GTM supports it; see keysOf) instead of two Object.keys() calls.
  for (const key in given) out[key] = given[key];
  for (const field in defaults) if (out[field] === undefined || out[field] === null) out[field] = defaults[field];
  return out as T;
}
