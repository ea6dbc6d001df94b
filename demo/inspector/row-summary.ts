/**
 * One row's columns, from its copies: what happened (tag and API event), the business values (the API
 * copy's when there is one, and a note when the browser's differ), the deduplication state in words,
 * match keys, consent, Pinterest's answer, and why each field has its value.
 */
import { isObject, text, type ApiCopy, type BrowserCopy, type Json, type ServerRun } from './copies';
import { apiFieldNote, eventIdNote, matchKeyLabel, tagFieldNote } from './field-notes';
import { displaySafe } from './privacy';

export type DedupState = 'paired' | 'browser-only' | 'server-only' | 'not-delivered' | 'not-sent' | 'withheld';
export interface WhyLine { side: 'tag' | 'api'; field: string; value: string; why: string }
export interface RowSummary {
  time: number; page: string; tagEvent?: string; apiEvent?: string; value?: string; currency?: string; orderId?: string; itemCount?: number;
  dedup: { state: DedupState; text: string; detail?: string }; /** Field names (em, click_id…) with their labels (email, click id…). */ matchKeys: { key: string; label: string }[]; consent: string; apiStatus: string; apiMessage: string; notes: string[]; why: WhyLine[];
}

const sum = (items: unknown, key: string): number | undefined => {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  return items.reduce<number>((n, item) => n + (isObject(item) && typeof item[key] === 'number' ? item[key] as number : 1), 0);
};
const path = (url: string): string => { try { return new URL(url).pathname; } catch { return ''; } };
const shown = (v: unknown): string => { const s = typeof v === 'string' ? v : JSON.stringify(v) ?? ''; return s.length > 120 ? `${s.slice(0, 117)}…` : s; };

/**
 * Pinterest's answers to the requests that carried the event, in words: "200", or "answered 429, then
 * 200 on resend" (an arrow read like a redirect). A resend is any later request with the same event:
 * a retry, or the same event sent again (a reloaded thank-you page).
 */
function answers(api: readonly ApiCopy[]): string {
  const [first, ...later] = api.map((c) => (c.status === 0 ? 'no answer' : String(c.status)));
  if (later.length === 0) return first;
  return `${first === 'no answer' ? first : `answered ${first}`}, then ${later.join(', then ')} on ${later.length === 1 ? 'resend' : 'resends'}`;
}

export function apiHasEmail(copy: ApiCopy): boolean {
  const user = copy.event.user_data;
  return isObject(user) && Array.isArray(user.em) && user.em.length > 0;
}

function dedup(eventId: string | undefined, browser: BrowserCopy[], api: ApiCopy[], server: ServerRun[]): RowSummary['dedup'] {
  const delivered = api.filter((a) => a.delivered).length;
  const copies = browser.length + delivered > 2 || delivered > 1 ? { detail: `${browser.length} browser and ${delivered} API copies with this event_id` } : {};
  if (eventId === undefined) return { state: 'browser-only', text: 'browser only', detail: 'no event_id: cannot be deduplicated' };
  if (browser.length > 0 && delivered > 0) return { state: 'paired', text: 'paired: Pinterest counts this once', ...copies };
  if (browser.length > 0) return { state: 'browser-only', text: 'browser only', ...(api.length > 0 ? { detail: 'the API copy was not delivered' } : {}) };
  if (delivered > 0) return { state: 'server-only', text: 'server only', ...(delivered > 1 ? { detail: `Pinterest counts this once (${copies.detail ?? ''})` } : {}) };
  if (api.length > 0) return { state: 'not-delivered', text: 'not delivered' };
  const reason = server.flatMap((r) => r.messages).find((m) => m.startsWith('not sent') || m.startsWith('skipped'));
  return { state: 'not-sent', text: reason ?? 'not sent' };
}

function consent(browser: BrowserCopy[], api: ApiCopy[], server: ServerRun[]): string {
  const denied = server.flatMap((r) => r.messages).find((m) => m.startsWith('not sent') && m.includes('denied'));
  if (denied !== undefined) return `denied: ${denied.replace(/^not sent:\s*/, '')}`;
  const custom = (a: ApiCopy): Json => (isObject(a.event.custom_data) ? a.event.custom_data : {});
  if (api.some((a) => custom(a).opt_out_type === 'LDP') || browser.some((b) => b.partner.opt_out_type === 'LDP')) return 'limited data processing';
  if (api.some((a) => a.event.opt_out === true)) return 'opted out';
  return browser.length + api.length > 0 ? 'granted (sent)' : '—';
}

function why(eventId: string | undefined, browser?: BrowserCopy, api?: ApiCopy): WhyLine[] {
  const lines: WhyLine[] = [];
  const orderId = api && isObject(api.event.custom_data) ? api.event.custom_data.order_id : browser?.data.order_id;
  if (browser) {
    lines.push({ side: 'tag', field: 'event', value: shown(displaySafe(browser.event)), why: 'the Pinterest tag event name' });
    for (const [key, value] of [...Object.entries(browser.data), ...Object.entries(browser.partner)]) {
      lines.push({ side: 'tag', field: String(displaySafe(key)).slice(0, 80), value: shown(displaySafe(value)), why: key === 'event_id' && eventId ? eventIdNote(eventId, orderId) : tagFieldNote(key) });
    }
  }
  if (api) {
    const shownEvent = isObject(api.shown) ? api.shown : {};
    for (const [key, value] of Object.entries(shownEvent)) {
      const nested = (key === 'user_data' || key === 'custom_data') && isObject(value);
      for (const [field, v] of nested ? Object.entries(value) : [[key, value] as [string, unknown]]) {
        const full = nested ? `${key}.${field}` : field;
        lines.push({ side: 'api', field: String(displaySafe(full)).slice(0, 80), value: shown(v), why: full === 'event_id' && eventId ? eventIdNote(eventId, orderId) : apiFieldNote(full) });
      }
    }
  }
  return lines;
}

export function summarise(eventId: string | undefined, browser: BrowserCopy[], api: ApiCopy[], server: ServerRun[], sameIdOtherEvents: number): RowSummary {
  const b = browser.at(-1);
  const a = api.filter((c) => c.delivered).at(-1) ?? api.at(-1);
  const custom: Json = a && isObject(a.event.custom_data) ? a.event.custom_data : {};
  const user: Json = a && isObject(a.event.user_data) ? a.event.user_data : {};
  const notes: string[] = [];
  const pick = (label: string, fromApi: string | undefined, fromTag: string | undefined, same: (x: string, y: string) => boolean): string | undefined => {
    if (fromApi !== undefined && fromTag !== undefined && !same(fromApi, fromTag)) notes.push(`${label} differs: browser ${fromTag}, API ${fromApi}`);
    return fromApi ?? fromTag;
  };
  const value = pick('value', text(custom.value), text(b?.data.value), (x, y) => Number(x) === Number(y));
  const currency = pick('currency', text(custom.currency), text(b?.data.currency), (x, y) => x.toUpperCase() === y.toUpperCase());
  const orderId = pick('order id', text(custom.order_id), text(b?.data.order_id), (x, y) => x === y);
  const apiItems = typeof custom.num_items === 'number' ? custom.num_items : sum(custom.contents, 'quantity');
  const tagItems = typeof b?.data.order_quantity === 'number' ? b.data.order_quantity : sum(b?.data.line_items, 'product_quantity');
  const itemCount = apiItems ?? tagItems;
  if (apiItems !== undefined && tagItems !== undefined && apiItems !== tagItems) notes.push(`item count differs: browser ${tagItems}, API ${apiItems}`);
  if (sameIdOtherEvents > 0) notes.push('another event has the same event_id: Pinterest deduplicates only the same event with the same id');
  // Key names come from traffic too: only field-like names are listed.
  const keys = [...Object.keys(user).filter((k) => user[k] !== undefined && user[k] !== ''), ...(b ? Object.keys(b.partner).filter((k) => k !== 'opt_out_type' && k !== 'np') : [])]
    .filter((k) => /^[a-z_]{1,40}$/.test(k));
  const last = api.at(-1);
  const notSent = server.flatMap((r) => r.messages).find((m) => m.startsWith('not sent') || m.startsWith('skipped'));
  const safe = (v: string | undefined): string | undefined => (v === undefined ? undefined : String(displaySafe(v)));
  return {
    time: Math.min(...browser.map((c) => c.time), ...api.map((c) => c.time), ...server.map((r) => r.time)),
    page: safe(path(b?.page ?? '') || path(text(a?.event.event_source_url) ?? '')) ?? '',
    tagEvent: safe(b?.event), apiEvent: safe(text(a?.event.event_name)), value: safe(value), currency: safe(currency), orderId: safe(orderId), itemCount,
    dedup: dedup(eventId, browser, api, server), matchKeys: [...new Set(keys)].map((key) => ({ key, label: matchKeyLabel(key) })), consent: consent(browser, api, server),
    apiStatus: api.length === 0 ? (notSent ? 'not sent' : '—') : answers(api),
    apiMessage: last ? `${last.test ? '[test] ' : ''}${last.message}` : notSent ?? '',
    notes: notes.map((n) => String(displaySafe(n))), why: why(eventId, b, a),
  };
}
