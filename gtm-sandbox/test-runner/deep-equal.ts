/** Equality as GTM's test API compares: deep for arrays and objects, functions by identity. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A readable rendering of a sandbox value for failure messages. */
export function show(value: unknown): string {
  if (typeof value === 'function') return 'function';
  if (value === undefined) return 'undefined';
  // NaN and the infinities print as themselves, not as JSON's null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? '[function]' : v === undefined ? '[undefined]'
      : typeof v === 'number' && !Number.isFinite(v) ? `[${String(v)}]` : v));
  } catch {
    return String(value);
  }
}
