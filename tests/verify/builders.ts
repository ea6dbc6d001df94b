/** Small builders for the verification tools' input files: feeds, event captures and tag logs. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-'));
let n = 0;
export const writeFile = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, `${n++}-${name}`);
  fs.writeFileSync(file, content);
  return file;
};

export interface Product { id: string; title?: string; description?: string; link?: string; image_link?: string; price?: string; availability?: string; item_group_id?: string }
export const product = (id: string, extra: Partial<Product> = {}): Product => ({
  id, title: `Product ${id}`, description: 'A fine thing', link: `https://shop.example/p/${id}`, image_link: `https://shop.example/i/${id}.jpg`,
  price: '24.99 USD', availability: 'in stock', ...extra,
});
const COLUMNS: (keyof Product)[] = ['id', 'title', 'description', 'link', 'image_link', 'price', 'availability', 'item_group_id'];
const csvCell = (v: string | undefined): string => (v === undefined ? '' : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export const csvFeed = (products: Product[]): string => [COLUMNS.join(','), ...products.map((p) => COLUMNS.map((c) => csvCell(p[c])).join(','))].join('\n') + '\n';
export const tsvFeed = (products: Product[]): string => [COLUMNS.join('\t'), ...products.map((p) => COLUMNS.map((c) => (p[c] ?? '').replace(/[\t\n]/g, ' ')).join('\t'))].join('\n') + '\n';
export const xmlFeed = (products: Product[]): string => `<?xml version="1.0"?>\n<rss xmlns:g="http://base.google.com/ns/1.0" version="2.0"><channel>\n${
  products.map((p) => `<item>\n${COLUMNS.filter((c) => p[c] !== undefined).map((c) => `  <g:${c}>${String(p[c]).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</g:${c}>`).join('\n')}\n</item>`).join('\n')
}\n</channel></rss>\n`;

export const jsonLines = (rows: unknown[]): string => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

/** How one attempt of a fire ends: an HTTP status, a 200 whose event Pinterest marked failed, or no answer at all. */
export type AttemptEnd = number | 'failed' | 'timeout';
let fireCount = 0;
const LOG_NAME = 'Pinterest Conversions API';
function answerBody(end: AttemptEnd): unknown {
  if (end === 'failed') return { num_events_received: 1, num_events_processed: 0, events: [{ status: 'failed', error_message: 'Invalid event' }] };
  if (end === 200) return { num_events_received: 1, num_events_processed: 1, events: [{ status: 'processed' }] };
  return { code: end === 429 ? 8 : end === 400 ? 4196 : 2, message: 'x' };
}

/**
 * The Conversions API tag's log lines for one fire of one event (server-template/tag/src/logger.ts, send.ts):
 * a Request and, unless it timed out, a Response per attempt, all with the fire's FireId, EventId and Attempt.
 */
export function tagLog(event: { event_name: string; event_id: string; user_data?: Record<string, unknown> }, ends: AttemptEnd[], fireId = `${1700000000000 + ++fireCount}.${100000 + fireCount}`): Record<string, unknown>[] {
  const common = { Name: LOG_NAME, FireId: fireId, EventName: event.event_name };
  return ends.flatMap((end, i) => [
    { ...common, Type: 'Request', RequestMethod: 'POST', RequestBody: { data: [{ ...event, user_data: event.user_data ?? { client_ip_address: '[redacted]', client_user_agent: 'UA' } }] }, EventId: event.event_id, Attempt: i + 1 },
    ...(end === 'timeout' ? [{ ...common, Type: 'Message', Message: 'request timeout: retrying with the same event_id' }]
      : [{ ...common, Type: 'Response', ResponseStatusCode: end === 'failed' ? 200 : end, ResponseBody: answerBody(end), EventId: event.event_id, Attempt: i + 1 }]),
  ]);
}

/** Lines of several fires interleaved as concurrent fires write them: one line of each in turn. */
export function interleave(...fires: unknown[][]): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; fires.some((f) => i < f.length); i++) for (const f of fires) if (i < f.length) out.push(f[i]);
  return out;
}

/** A seeded random source (mulberry32): a failing hostile-input case can be replayed from its seed. */
export function seeded(seed: number): { int: (n: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { int, pick: (items) => items[int(items.length)], chance: (p) => next() < p };
}
export type Random = ReturnType<typeof seeded>;

/** Pieces that break hand-written parsers: quotes, separators, line breaks, markup, bad entities, control and odd unicode. */
export const HOSTILE_PIECES = [
  '"', '""', ',', '\t', '\n', '\r\n', '\r', '<', '>', '</item>', '<item>', '<g:id>', '&', '&#99999999;', '&#xD800;', '&nbsp;', '<![CDATA[', ']]>',
  '\u0000', '\u001b[31m', '\uFEFF', '\uD800', '😀', '\u202E', '{', '}', '[', ']', '__proto__', 'constructor', '\\', '{"a":', '\u2028',
];
export const hostileText = (random: Random, pieces: number): string => Array.from({ length: pieces }, () => (random.chance(0.6) ? random.pick(HOSTILE_PIECES) : String.fromCharCode(32 + random.int(95)).repeat(1 + random.int(8)))).join('');
export const randomBytes = (random: Random, n: number): Buffer => Buffer.from(Array.from({ length: n }, () => random.int(256)));
/** `text` with hostile pieces spliced in at random places. */
export function corrupt(random: Random, text: string, splices: number): string {
  let out = text;
  for (let i = 0; i < splices; i++) { const at = random.int(out.length + 1); out = out.slice(0, at) + hostileText(random, 1 + random.int(4)) + out.slice(at); }
  return out;
}
export const nested = (depth: number, open: string, close: string, inner = ''): string => open.repeat(depth) + inner + close.repeat(depth);

/** JSON values of every type, including ones that break naive readers; DEEP becomes 50,000 nested arrays once serialised. */
const DEEP = 'DEEP-NESTING-HERE';
const ODD_VALUES = ['null', '1', '-1', '1e308', '"x"', '""', '[]', '{}', '[null]', '"__proto__"', '{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}', `"${'y'.repeat(100000)}"`, `"${DEEP}"`];
export const oddValue = (random: Random): unknown => JSON.parse(random.pick(ODD_VALUES));
export const serialise = (value: unknown): string => JSON.stringify(value).split(`"${DEEP}"`).join(nested(50000, '[', ']'));
/** Replaces a random member somewhere inside `value` with an odd value. */
export function twist(random: Random, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || random.chance(0.25)) return oddValue(random);
  const keys = Object.keys(value);
  if (keys.length === 0) return oddValue(random);
  const key = random.pick(keys);
  (value as Record<string, unknown>)[key] = twist(random, (value as Record<string, unknown>)[key]);
  return value;
}


/** The fixture container exports (tests/fixtures/containers), parsed, for a test to change one thing in. */
export const fixtureContainer = (name: 'web' | 'server'): { containerVersion: Record<string, { name: string; type: string; parameter?: { key?: string; value?: string; type: string }[] }[]> } =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'containers', `${name}-container.json`), 'utf8'));
/** Sets a parameter of the tag, client or variable named `entity` (adding it when missing). */
export function setParameter(container: ReturnType<typeof fixtureContainer>, entity: string, key: string, value: string): void {
  const found = [...(container.containerVersion.tag ?? []), ...(container.containerVersion.client ?? []), ...(container.containerVersion.variable ?? [])].find((e) => e.name === entity);
  if (!found) throw new Error(`no ${entity} in the container`);
  const parameter = (found.parameter ??= []).find((p) => p.key === key);
  if (parameter) parameter.value = value; else found.parameter.push({ type: 'TEMPLATE', key, value });
}
