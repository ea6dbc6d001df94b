/**
 * What `gtm-sandbox run` prints gets pasted into bug reports, so credentials never appear in it: the
 * value of every Authorization header (recorded HTTP requests, API call arguments, anywhere) becomes
 * `<scheme> ***` (`Bearer ***`), and the same secret is masked wherever else it shows up (a log line,
 * a URL). The report a program gets from runOnce is left whole for its assertions.
 */
const AUTHORIZATION = /^(proxy-)?authorization$/i;

export function redactCredentials<T>(report: T): T {
  const secrets = new Set<string>();
  collect(report, secrets, 0);
  const ordered = [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  return mask(report, ordered, 0) as T;
}

/** `Bearer abc` → `Bearer ***`; a value without a scheme → `***`. */
export function redactAuthorization(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9-]*)\s+\S/.exec(value.trim());
  return scheme ? `${scheme[1]} ***` : '***';
}

function collect(value: unknown, into: Set<string>, depth: number): void {
  if (depth > 100 || value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (AUTHORIZATION.test(key) && typeof v === 'string') {
      // The credential after the scheme (`Bearer <credential>`), or the whole value when there is none.
      const credential = /^[A-Za-z][A-Za-z0-9-]*\s+(\S.*)$/.exec(v.trim());
      into.add(credential ? credential[1] : v.trim());
    } else {
      collect(v, into, depth + 1);
    }
  }
}

function mask(value: unknown, secrets: string[], depth: number): unknown {
  if (typeof value === 'string') return secrets.reduce((text, secret) => text.split(secret).join('***'), value);
  if (depth > 100 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => mask(v, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = AUTHORIZATION.test(key) && typeof v === 'string' ? redactAuthorization(v) : mask(v, secrets, depth + 1);
  }
  return out;
}
