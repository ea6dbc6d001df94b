/**
 * Pinterest's base code through GTM's APIs: the pintrk queue, `load` for every tag ID once per page (also
 * when pintrk already exists from another tag or hard-coded base code), Limited Data Processing with
 * `set` before any event code, and `set` to update Enhanced Match on later fires (main.ts injects core.js).
 * https://help.pinterest.com/en/business/article/install-the-pinterest-tag
 * https://developers.pinterest.com/docs/track-conversions/use-limited-data-processing-flag/ ("Add the
 * below script before all event code")
 *
 * The page visit is an event code, `pintrk('track', 'pagevisit', {event_id})`, once per page view, instead
 * of the base code's bare `pintrk('page')`: Pinterest documents event_id deduplication for event codes and
 * the Conversions API (ConversionEvents.event_id; "event_id" in https://help.pinterest.com/en/business/article/add-event-codes),
 * and nothing for the `page` call, which carries no event name ("event: … only for event tags such as
 * pagevisit", https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies). A page
 * call beside the server's page_visit could never pair, and one beside the tag's own pagevisit would be a
 * second page visit of one page view (README, "Page visits").
 */
import { createArgumentsQueue } from '../../../gtm-sandbox/import/web';
import { isEmpty, type LdpData, type PartnerData } from './partner-data';

/** pintrk(command, ...): load, set, track, setconsent. */
export type Pintrk = (command: string, first?: unknown, second?: unknown) => void;

/**
 * pintrk (created as a queue unless a pintrk function already exists on the page): loads new tag IDs (with
 * Enhanced Match), updates Enhanced Match for IDs loaded before, and sets LDP.
 */
export function runBaseCode(loaded: string[], tagIds: string[], match: PartnerData, ldp: LdpData | undefined): Pintrk {
  const pintrk: Pintrk = createArgumentsQueue('pintrk', 'pintrk.queue');
  let anyLoadedBefore = false;
  for (let i = 0; i < tagIds.length; i++) {
    if (loaded.indexOf(tagIds[i]) !== -1) {
      anyLoadedBefore = true;
      continue;
    }
    pintrk('load', tagIds[i], match);
    loaded.push(tagIds[i]);
  }
  if (anyLoadedBefore && !isEmpty(match)) pintrk('set', match);
  if (ldp) pintrk('set', ldp);
  return pintrk;
}
