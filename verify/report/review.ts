/**
 * The monthly review's judged items (delivery, deduplication, Enhanced Match) against the healthy ranges
 * (healthy-ranges.ts), and the one-line verdict both the text and the HTML report start with.
 */
import type { DeliveryReport } from './delivery-report';
import { HEALTHY_RANGES, judge, type HealthyRange, type Judgement } from './healthy-ranges';

export interface ReviewItem {
  readonly label: string;
  /** The share judged (0 to 1), undefined when it cannot be measured from what was given. */
  readonly share?: number;
  /** What the figure counts, in words: "14 of 14 events". */
  readonly detail: string;
  readonly range: HealthyRange;
  readonly judgement: Judgement | 'not checked';
  /** Why it is not healthy, or why it was not checked. */
  readonly note?: string;
}

export const percent = (share: number): string => `${(100 * share).toFixed(1)}%`;

function item(range: HealthyRange, part: number, whole: number, detail: string, notes: Partial<Record<Judgement, string>>): ReviewItem {
  if (whole === 0) return { label: range.label, detail, range, judgement: 'not checked', note: 'nothing to measure' };
  const share = part / whole;
  const judgement = judge(range, share);
  return { label: range.label, share, detail, range, judgement, note: notes[judgement] };
}

function dedupItem(r: DeliveryReport): ReviewItem {
  const range = HEALTHY_RANGES.dedupRate;
  if (!r.dedup) return { label: range.label, detail: 'the browser\'s events were not given', range, judgement: 'not checked', note: 'give the browser\'s events of the same period with --tag-events FILE' };
  const d = r.dedup;
  const high = d.dropped / Math.max(1, d.received) > 0.5
    ? 'more than half the copies are duplicates: some events are sent more than twice (reloads, two tags)'
    : 'more duplicates than the runbook expects; up to 50% is by design when the tag and the API both send every event';
  return item(range, d.dropped, d.received, `${d.dropped} of ${d.received} copies (browser and API) dropped as duplicates; ${d.paired} of ${r.events} events paired with a browser copy`, {
    watch: d.dropped / Math.max(1, d.received) > range.good[1] ? high : 'few browser and API copies share an event_id and event, so Pinterest counts most of them twice',
    bad: 'no browser and API copy share an event_id and event: Pinterest counts every event sent from both sides twice',
  });
}

export function reviewItems(r: DeliveryReport): ReviewItem[] {
  const failed = r.events - r.delivered;
  return [
    item(HEALTHY_RANGES.delivery, r.delivered, r.events, `${r.delivered} of ${r.events} events delivered (${r.sends} sends, ${r.retriedSends} retried)`, {
      watch: `${failed} events not delivered: see the status and error codes`, bad: `${failed} events not delivered: see the status and error codes`,
    }),
    dedupItem(r),
    item(HEALTHY_RANGES.generatedIds, r.generatedIds, r.events, `${r.generatedIds} of ${r.events} events had a generated event_id`, {
      bad: 'the event_id did not reach the server: send the Pinterest Event ID variable as the GA4 event_id parameter',
    }),
    item(HEALTHY_RANGES.conversionEmail, r.conversions.withEmail, r.conversions.events, `${r.conversions.withEmail} of ${r.conversions.events} delivered checkouts, leads and sign-ups carried an email`, {
      watch: 'conversions without an email are attributed less often', bad: 'most conversions carry no email: pass the customer\'s email to the tag',
    }),
  ];
}

const ORDER: ReviewItem['judgement'][] = ['bad', 'watch', 'good', 'not checked'];

/** One line: the worst judgement first, with what it is about. */
export function verdict(r: DeliveryReport, items: ReviewItem[] = reviewItems(r)): { judgement: Judgement | 'not checked'; line: string } {
  if (r.events === 0) return { judgement: 'not checked', line: 'No Conversions API events in these logs: nothing to review (is logging on, and is this the tag\'s log?)' };
  const worst = ORDER.find((j) => items.some((i) => i.judgement === j)) as ReviewItem['judgement'];
  const about = (j: Judgement): string => items.filter((i) => i.judgement === j).map((i) => `${i.label.toLowerCase()} ${percent(i.share ?? 0)} (healthy: ${i.range.shown})`).join('; ');
  if (worst === 'bad') return { judgement: 'bad', line: `Action needed: ${about('bad')}` };
  if (worst === 'watch') return { judgement: 'watch', line: `Worth a look: ${about('watch')}` };
  const unchecked = items.filter((i) => i.judgement === 'not checked').map((i) => i.label.toLowerCase());
  return { judgement: 'good', line: `Healthy: ${r.delivered} of ${r.events} events delivered${unchecked.length > 0 ? `; not checked: ${unchecked.join(', ')}` : ''}` };
}
