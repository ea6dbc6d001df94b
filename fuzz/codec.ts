/**
 * Fuzz inputs written as JSON for replay files, including what JSON cannot hold: NaN, ±Infinity,
 * -0, undefined (in arrays and objects), generated functions, and objects with a `__proto__` own key.
 * Special values become `{"$fuzz": kind, …}`; an object that itself has a `$fuzz` key is written as
 * its entries, so no input is ever misread.
 */
import { FUNCTION_RETURNS, functionReturning, setOwn } from './values';

const TAG = '$fuzz';

export function encodeInput(value: unknown): unknown {
  if (value === undefined) return { [TAG]: 'undefined' };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { [TAG]: 'NaN' };
    if (value === Infinity) return { [TAG]: 'Infinity' };
    if (value === -Infinity) return { [TAG]: '-Infinity' };
    if (Object.is(value, -0)) return { [TAG]: '-0' };
    return value;
  }
  if (typeof value === 'function') {
    return { [TAG]: 'function', returns: encodeInput((value as unknown as Record<symbol, unknown>)[FUNCTION_RETURNS]) };
  }
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(encodeInput);
  const entries = Object.keys(value).map((k) => [k, encodeInput((value as Record<string, unknown>)[k])] as const);
  if (entries.some(([k]) => k === TAG || k === '__proto__')) return { [TAG]: 'object', entries };
  return Object.fromEntries(entries);
}

export function decodeInput(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeInput);
  const record = value as Record<string, unknown>;
  switch (record[TAG]) {
    case undefined: break;
    case 'undefined': return undefined;
    case 'NaN': return Number.NaN;
    case 'Infinity': return Infinity;
    case '-Infinity': return -Infinity;
    case '-0': return -0;
    case 'function': return functionReturning(decodeInput(record.returns));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of record.entries as [string, unknown][]) setOwn(out, k, decodeInput(v));
      return out;
    }
    default: throw new Error(`replay file: unknown ${TAG} kind ${JSON.stringify(record[TAG])}`);
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) setOwn(out, key, decodeInput(record[key]));
  return out;
}
