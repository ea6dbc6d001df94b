/**
 * Fuzz checks of the CLI's input and output handling, with planted canaries: a credential planted in
 * random places of a run report never survives redaction, and the JSON locator never throws and
 * always points inside the text. Seeded, so a failure replays.
 */
import { firstSyntaxError } from '../../gtm-sandbox/cli/json-file';
import { redactCredentials } from '../../gtm-sandbox/cli/redact';
import { seededRandom } from '../../fuzz/prng';


const CANARY = 'pina_CANARY_7f3a9';

test('a credential planted anywhere in a report never reaches the output', () => {
  const next = seededRandom(14);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
  const build = (depth: number): unknown => {
    if (depth > 3 || next() < 0.3) return pick(['text', 7, null, true, `url https://x.example/?t=${CANARY}`, `log ${CANARY} end`]);
    if (next() < 0.4) return Array.from({ length: 1 + Math.floor(next() * 3) }, () => build(depth + 1));
    const out: Record<string, unknown> = {};
    for (let i = 0; i < 1 + next() * 3; i++) out[pick(['a', 'headers', 'args', 'body'])] = build(depth + 1);
    if (next() < 0.5) out[pick(['Authorization', 'authorization', 'AUTHORIZATION', 'Proxy-Authorization'])] = pick([`Bearer ${CANARY}`, CANARY, `Basic ${CANARY}`]);
    return out;
  };
  for (let round = 0; round < 300; round++) {
    // Every report carries the credential in at least one Authorization header, as a run that used it does.
    const report = { http: [{ headers: { Authorization: `Bearer ${CANARY}` } }], rest: build(0) };
    const redacted = JSON.stringify(redactCredentials(report));
    expect(redacted).not.toContain(CANARY);
    expect(redacted).toContain('Bearer ***');
  }
});

test('the JSON locator never throws and points inside the text; valid JSON has no error', () => {
  const next = seededRandom(8259);
  const samples = ['{"a": [1, 2.5e3, "x\\"y", true, null], "b": {"c": -0}}', '[]', '"\\u00e9"', '{"k": "v"}'];
  for (const sample of samples) expect(firstSyntaxError(sample)).toBe(sample.length);
  const junk = ['{', '}', '[', ']', ',', ':', '"', '\\', 'e', '-', '.', '0', ' ', '\n', 'n', 'u'];
  for (let round = 0; round < 800; round++) {
    const base = samples[round % samples.length];
    const at = Math.floor(next() * (base.length + 1));
    const text = next() < 0.5 ? base.slice(0, at) : base.slice(0, at) + junk[Math.floor(next() * junk.length)] + base.slice(at);
    const offset = firstSyntaxError(text);
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(text.length);
    let parses = true;
    try { JSON.parse(text); } catch { parses = false; }
    // Whatever the engine parses, the locator accepts to the end.
    expect(offset === text.length && parses).toBe(parses);
  }
});
