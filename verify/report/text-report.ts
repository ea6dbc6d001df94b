/** `pinterest-gtm report` as text: the verdict, the judged review, then the figures behind it. */
import { printable } from '../input/printable';
import type { DeliveryReport } from './delivery-report';
import { MATCH_FIELDS } from './fires';
import { percent, reviewItems, verdict, type ReviewItem } from './review';

/** A site has a few dozen event names; logs with thousands are broken or hostile, and the report stays readable. */
export const MAX_NAMES_SHOWN = 100;
/** Status and error codes in numeric order, as a reader scans them. */
export const sortedCodes = (codes: ReadonlyMap<string, number>): [string, number][] => [...codes].sort((a, b) => (Number(a[0]) || Infinity) - (Number(b[0]) || Infinity));
const codeList = (codes: ReadonlyMap<string, number>): string => sortedCodes(codes).map(([k, v]) => `${k}×${v}`).join(', ') || 'none';

const MARK: Record<ReviewItem['judgement'], string> = { good: 'OK   ', watch: 'CHECK', bad: 'FAIL ', 'not checked': '  -  ' };

function reviewLine(i: ReviewItem): string {
  const figure = i.share === undefined ? 'n/a' : percent(i.share);
  return `  ${MARK[i.judgement]} ${i.label.padEnd(36)} ${figure.padStart(6)}  healthy: ${i.range.shown}; ${i.detail}${i.note ? `\n${' '.repeat(8)}${i.note}` : ''}`;
}

export function formatDeliveryReport(r: DeliveryReport): string {
  const items = reviewItems(r);
  const undelivered = [...r.undelivered].map(([how, n]) => `${n} ${how}`).join(', ');
  return [
    verdict(r, items).line,
    '',
    'Monthly review (ranges: Pinterest\'s implementation runbook, or ours where it names none; README "The monthly review"):',
    ...items.map(reviewLine),
    '',
    `Conversions API delivery: ${r.delivered} of ${r.events} events delivered (${r.events === 0 ? 'n/a' : percent(r.delivered / r.events)})${undelivered ? `; not delivered: ${undelivered}` : ''}`,
    `Sends: ${r.sends} (${r.retriedSends} needed retries; ${r.resentEvents} events were sent more than once, e.g. a reloaded page: Pinterest counts each once)`,
    `HTTP status codes: ${codeList(r.statusCodes)}`,
    `Pinterest error codes: ${codeList(r.pinterestCodes)}`,
    'Events by name (delivered/events):',
    ...[...r.byEventName].slice(0, MAX_NAMES_SHOWN).map(([name, row]) => `  ${printable(name, false)}: ${row.delivered}/${row.events}`),
    ...(r.byEventName.size > MAX_NAMES_SHOWN ? [`  … and ${r.byEventName.size - MAX_NAMES_SHOWN} more event names`] : []),
    r.dedup === undefined
      ? 'Deduplication: not checked (give the browser\'s events with --tag-events FILE)'
      : `Deduplication: ${r.dedup.paired} of ${r.events} events paired with a browser copy (same event_id and event); ${r.dedup.sharedIds} share an event_id with a browser event`,
    `${r.generatedIds} events had a generated event_id and cannot be deduplicated`,
    'Enhanced Match coverage (delivered events):',
    ...MATCH_FIELDS.map((f) => `  ${f.padEnd(18)} ${percent(r.coverage.get(f) ?? 0)}`),
    ...(r.badLines.length > 0 ? [`${r.badLines.length} lines are not JSON or too long (first: ${r.badLines.slice(0, 5).join(', ')})`] : []),
    ...(r.withoutFireId > 0 ? [`${r.withoutFireId} request or response lines carry no FireId and Attempt (an older version of the tag): not counted; update the Conversions API tag`] : []),
    ...(r.dedup && r.dedup.badBrowserRecords > 0 ? [`${r.dedup.badBrowserRecords} of the browser's ${r.dedup.browserRecords} records are not JSON`] : []),
  ].join('\n');
}
