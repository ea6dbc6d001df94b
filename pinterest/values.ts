/**
 * Reading untrusted values (GTM fields, dataLayer pushes, event data) without ever throwing: junk
 * becomes `undefined` and is left out, never sent as `NaN` or `"undefined"`. Compiled into every
 * template, so only the sandbox's standard library and APIs are used.
 */
import { getType, makeNumber, makeString, Math } from '../gtm-sandbox/import/common';

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

/** A finite number from a number or a numeric string ("12.50"); "1,234" and "abc" are junk. */
export function toNumber(value: unknown): number | undefined {
  const type = getType(value);
  if (type === 'number') return isFinite(value as number) ? (value as number) : undefined;
  if (type !== 'string') return undefined;
  const text = (value as string).trim();
  if (text === '') return undefined;
  const n = makeNumber(text);
  return isFinite(n) ? n : undefined;
}

/** A whole number, truncated towards zero. */
export function toInteger(value: unknown): number | undefined {
  const n = toNumber(value);
  if (n === undefined) return undefined;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}

/** A plain object (not an array or null), else undefined. */
export function toObject(value: unknown): Record<string, unknown> | undefined {
  return getType(value) === 'object' ? (value as Record<string, unknown>) : undefined;
}

/** An array, else an empty one. */
export function toList(value: unknown): unknown[] {
  return getType(value) === 'array' ? (value as unknown[]) : [];
}
