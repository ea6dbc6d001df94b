/**
 * What each page showed, for the reports: tag IDs, page, events with their data, consent and cookies.
 * Report text comes from the audited site: emails are masked (secrets and PII never reach reports),
 * strings are cut short and control characters dropped.
 */
import { maskEmails } from '../../input/mask-emails';
import type { PageView } from '../observations';
import { pageCommands, trackedEvents } from '../page-commands';

export interface EventSummary { readonly name: string; readonly eventId?: string; readonly data: unknown }
export interface PageSummary {
  readonly index: number; readonly url: string; readonly step?: number; readonly tagIds: string[]; readonly page: boolean;
  readonly events: EventSummary[]; readonly consent: string; readonly cookies: string[]; readonly loadError?: string;
}

/** A string safe to print anywhere: no control characters, no email addresses, at most `max` characters. */
export function clean(text: string, max = 300): string {
  // eslint-disable-next-line no-control-regex
  const safe = maskEmails(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ''));
  return safe.length > max ? `${safe.slice(0, max)}…` : safe;
}

/** A copy of page data for reports: every string cleaned, depth and size bounded. */
export function cleanData(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return clean(value, 200);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 6) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => cleanData(v, depth + 1));
  return Object.fromEntries(Object.entries(value).slice(0, 50).map(([k, v]) => [clean(k, 60), cleanData(v, depth + 1)]));
}

export function summarisePage(view: PageView): PageSummary {
  const commands = view.loadError ? [] : pageCommands(view);
  const tagIds = [...new Set(commands.flatMap((c) => (c.command.kind === 'load' ? [clean(String(c.command.tagId), 40)] : [])))];
  return {
    index: view.index, url: clean(view.url, 500), ...(view.step !== undefined ? { step: view.step } : {}), tagIds,
    page: commands.some((c) => c.command.kind === 'page'),
    events: trackedEvents(commands).map((e) => ({ name: clean(e.rawName, 60), ...(e.eventId ? { eventId: clean(e.eventId, 120) } : {}), data: cleanData(e.data ?? {}) })),
    consent: `ad_storage ${view.consent.adStorage}, ad_user_data ${view.consent.adUserData}${view.auditConsent ? `; the audit clicked ${view.auditConsent.choice}` : ''}`,
    cookies: view.cookiesAfter, ...(view.loadError ? { loadError: clean(view.loadError) } : {}),
  };
}
