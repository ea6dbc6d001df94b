/**
 * The inspector's rows for tag fires GTM held back for consent (withheld.ts): no copy of the event
 * exists, so the row says which tag did not fire on which dataLayer event, which consent its settings
 * require and which the page had denied, and whether it fired later when consent was granted.
 */
import { displaySafe } from './privacy';
import type { RowSummary } from './row-summary';
import type { WithheldFire } from './withheld';

const safe = (text: string): string => String(displaySafe(text));
const and = (list: readonly string[]): string => list.join(' and ');

export function withheldSummary(fire: WithheldFire): RowSummary {
  const why = fire.denied.length > 0 ? `${and(fire.denied)} denied` : `needs ${and(fire.needs)}`;
  const note = `GTM held back the tag "${fire.tag}" on the dataLayer event "${fire.event}": its consent settings require ${and(fire.needs)}`
    + (fire.denied.length > 0 ? `, and the page had ${and(fire.denied)} denied.` : ', which the page had not granted.')
    + (fire.released ? ' Consent was granted later on the page and the tag fired then: what it sent is in its own rows.' : ' Nothing was sent for it.');
  return {
    time: fire.time, page: safe(fire.page), tagEvent: safe(fire.event),
    dedup: { state: 'withheld', text: 'withheld by consent', detail: fire.released ? `${why}; fired when consent was granted` : why },
    matchKeys: [], consent: `withheld: ${why}`, apiStatus: 'not sent', apiMessage: fire.released ? 'fired later, when consent was granted' : 'waiting for consent',
    notes: [safe(note)], why: [],
  };
}
