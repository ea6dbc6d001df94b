/**
 * Hostile values, as GTM variables, dataLayer pushes, event data and request bodies can hold them:
 * wrong types, NaN and infinities, huge and empty strings, unicode (astral, combining, right-to-left,
 * lone surrogates), control characters and line breaks, markup, prototype keys, deep nesting, and the
 * planted canaries. Everything is drawn from the input's seeded generator.
 */
import { CANARY, REFLECTION_PAYLOADS } from './canaries';
import type { Rng } from './prng';

/** Marks a generated function with the value it returns, so replay files can write it down. */
export const FUNCTION_RETURNS = Symbol('fuzz function returns');

export function functionReturning(value: unknown): () => unknown {
  const fn = (): unknown => value;
  Object.defineProperty(fn, FUNCTION_RETURNS, { value, enumerable: false });
  return fn;
}

/** An own property even for `__proto__` (assignment would set the prototype instead). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__'] as const;

const UNICODE = [
  'café', 'Ünïcödé', '日本語の商品', 'שלום', 'مرحبا', '\u202Eevil\u202C', 'e\u0301\u0301\u0301', '👩‍👩‍👧‍👦', '𝕱𝖚𝖟𝖟', '\u200B\u200D\uFEFF',
  '\uD800', '\uDFFF', 'a\uD83Db', '\u2028\u2029', 'ｆｕｌｌ　ｗｉｄｔｈ１２', '\u0000', '\u001F\u007F\u0085',
];
const CONTROL = ['\r\n', '\n', '\r', '\t', '\u0000', '\u000B', '\f', '\u0007', '\r\nSet-Cookie: evil=1', '\r\nX-Injected: 1'];
const MARKUP = [
  '<script>alert(1)</script>', '</script><script>alert(document.domain)</script>', '"><svg onload=alert(1)>', "'; DROP TABLE x;--",
  '${7*7}', '{{constructor.constructor("alert(1)")()}}', '%00', '%0d%0aSet-Cookie:%20x=1', '../../etc/passwd', 'javascript:alert(1)',
];
const NUMERIC_TEXT = ['12.50', ' 42 ', '1,234.56', '1e3', '0x10', '-0', '00012', '1.', '.5', '١٢٣', '12,5', '9'.repeat(400), '-1', '+7', 'Infinity', 'NaN'];
const WORDS = ['vase', 'mug', 'SKU-1', 'T-1001', 'EUR', 'usd', 'purchase', 'checkout', 'lead', 'page_view', 'Home & Garden', 'x'];

/**
 * Canaries for any free-text field: raw email addresses (anywhere in a text), which have a definite shape a
 * template recognises and must refuse or hash. Identifiers (event, order, product and click ids) are sent as
 * they are, never judged by their shape, so they get junk without canaries (`identifier` below); phone
 * numbers have no shape an id cannot also have, so they are planted only in phone fields (which are hashed),
 * names only in name fields, the token only in token fields and headers (docs/event-protocol.md).
 */
export const CANARY_TEXTS = [
  CANARY.email, CANARY.email.toLowerCase(), ` ${CANARY.email} `, `mailto:${CANARY.email}`, `contact ${CANARY.email} please`,
] as const;

export function scalarJunk(rng: Rng): unknown {
  return rng.pick<unknown>([
    null, undefined, true, false, 0, -0, 1, -1, 0.1, 1e308, -1e308, 2 ** 53 + 1, Number.NaN, Infinity, -Infinity,
    '', ' ', '0', 'null', 'undefined', 'NaN', 'true', '[object Object]', '__proto__',
  ]);
}

/**
 * A string built to break something; `huge` allows sizes up to about 100 KB; `canaries: false` for
 * fields that carry raw text by design (a User-Agent) or come from the operator, where no template
 * could tell a canary apart; `reflections: false` for the operator's own settings.
 */
export function hostileText(rng: Rng, options: { huge?: boolean; canaries?: boolean; reflections?: boolean } = {}): string {
  const canaries = options.canaries === false ? 0 : 1;
  const kind = rng.weighted<string>([
    [4, 'word'], [3, 'unicode'], [2, 'control'], [2, 'markup'], [2, 'numeric'], [2 * canaries, 'canary'], [options.reflections === false ? 0 : 1, 'reflect'],
    [1, 'long'], [canaries, 'mix'],
    [options.huge ? 1 : 0, 'huge'],
  ]);
  switch (kind) {
    case 'word': return rng.pick(WORDS);
    case 'unicode': return rng.pick(UNICODE);
    case 'control': return rng.pick(WORDS) + rng.pick(CONTROL) + rng.pick(WORDS);
    case 'markup': return rng.pick(MARKUP);
    case 'numeric': return rng.pick(NUMERIC_TEXT);
    case 'canary': return rng.pick(CANARY_TEXTS);
    case 'reflect': return rng.pick(REFLECTION_PAYLOADS);
    case 'long': return rng.pick(WORDS).repeat(rng.between(50, 300));
    case 'huge': return rng.pick(['x', 'é', '😀', '%', 'a,']).repeat(rng.between(10_000, 100_000));
    default: return [rng.pick(WORDS), rng.pick(UNICODE), rng.pick(CONTROL), CANARY.email].slice(0, rng.between(2, 4)).join('');
  }
}

export function junkKey(rng: Rng, canaries = true): string {
  return rng.weighted<string>([
    [3, rng.pick(PROTOTYPE_KEYS)], [3, rng.pick(WORDS)], [1, ''], [1, rng.pick(UNICODE)], [1, 'Colour'], [1, 'a.b.c'], [1, rng.pick(REFLECTION_PAYLOADS)],
    [1, 'x'.repeat(300)], [canaries ? 1 : 0, rng.pick(CANARY_TEXTS)],
  ]);
}

/** Any value at all: scalars, texts, arrays and objects of junk, deep nesting, a function. `canaries: false` for identifiers. */
export function junkValue(rng: Rng, depth = 0, canaries = true): unknown {
  const kind = rng.weighted<string>([
    [4, 'scalar'], [5, 'text'], [depth < 3 ? 2 : 0, 'array'], [depth < 3 ? 2 : 0, 'object'], [depth === 0 ? 0.3 : 0, 'deep'], [0.3, 'function'],
  ]);
  switch (kind) {
    case 'scalar': return scalarJunk(rng);
    case 'text': return hostileText(rng, { canaries });
    case 'array': return Array.from({ length: rng.between(0, 5) }, () => junkValue(rng, depth + 1, canaries));
    case 'object': return junkObject(rng, depth + 1, canaries);
    case 'deep': return deepNest(rng.between(50, 400), junkValue(rng, 3, canaries));
    default: return functionReturning(scalarJunk(rng));
  }
}

export function junkObject(rng: Rng, depth = 0, canaries = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const n = rng.between(0, 5);
  for (let i = 0; i < n; i++) setOwn(out, junkKey(rng, canaries), junkValue(rng, depth + 1, canaries));
  return out;
}

/** An object nested `levels` deep, each level one key, ending in `leaf`. */
export function deepNest(levels: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

/** `good` most of the time, otherwise junk: how a GTM field fed by a variable behaves. */
export function mostly<T>(rng: Rng, p: number, good: () => T): T | unknown {
  return rng.chance(p) ? good() : junkValue(rng);
}

/**
 * An identifier field (event, order, product id): `good` most of the time, otherwise junk of every kind but
 * without canaries, and now and then an id shaped like contact data ("978-0-306-40615-7", "+1 (415) …")
 * that must be kept as it is.
 */
export function identifier<T>(rng: Rng, p: number, good: () => T): T | unknown {
  if (rng.chance(p)) return good();
  return rng.chance(0.3) ? rng.pick(['978-0-306-40615-7', '100-200-300', '2024-0615-0042', '+1 (212) 555-0187']) : junkValue(rng, 0, false);
}

/** A 64-digit hex text: a SHA-256 digest shape, upper or lower case. */
export function hexDigest(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 64; i++) out += '0123456789abcdef'.charAt(rng.int(16));
  return rng.chance(0.2) ? out.toUpperCase() : out;
}
