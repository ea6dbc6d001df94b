/**
 * Cross-domain click id (docs/cross-domain.md): on the advertiser's listed domains, a click id from an ad
 * click's URL is kept in Firestore under the SHA-256 of GA's client id (`client_id`, which Google's linker
 * carries across the advertiser's domains), and an event on another listed domain without a click id gets it
 * back, as the API event's click_id and as a first-party `_epik` cookie for the browser tag's later events.
 * Only with ad_storage consent, a client_id, and a page host under a listed domain; a stored click id is used
 * for Pinterest's default click-through attribution window only (CLICK_WINDOW_DAYS). A Firestore failure is logged and the
 * event is sent without it. https://developers.google.com/tag-platform/tag-manager/server-side/api#firestore
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { epikFromUrl } from '../../../pinterest/capi-user-data';
import type { CapiEvent } from '../../../pinterest/capi-types';
import { DIGITS, LOWER } from '../../../pinterest/alphabets';
import { isMadeOf } from '../../../pinterest/characters';
import { CLICK_ID_LIMIT } from '../../../pinterest/forwarding-protocol';
import { idText, isClickId } from '../../../pinterest/text-rules';
import { fieldsOf, toNumber, toText } from '../../../pinterest/values';
import { secondsOf } from './build-event';
import { CLICK_WINDOW_DAYS, DEFAULT_CLICK_COLLECTION } from './choices';
import type { Note } from './notes';
import type { ServerTagData } from './tag-data';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export const CLICK_WINDOW_MS = CLICK_WINDOW_DAYS * 86400000;

/**
 * The listed domains that are lower-case host names with a dot and no IP address (no scheme, path or port: those
 * characters are refused); `note` hears each refused entry by its position, never its text.
 */
export function listedDomains(field: unknown, note: Note): string[] {
  const out: string[] = [];
  const entries = (toText(field) || '').split(',');
  for (let i = 0; i < entries.length; i++) {
    const domain = entries[i].trim();
    const labels = domain.split('.');
    if (domain.length <= 253 && labels.length > 1 && labels.indexOf('') === -1 && isMadeOf(domain, LOWER + DIGITS + '.-') && !isMadeOf(labels[labels.length - 1], DIGITS)) out.push(domain);
    else if (domain !== '') note('cross-domain: domain ' + (i + 1) + ' ignored: not a lower-case host name');
  }
  return out;
}

/** Whether the page's host is a listed domain or under one. */
function listed(pageLocation: unknown, domains: string[]): boolean {
  const url = require('parseUrl')(toText(pageLocation) || '');
  const host = url === undefined ? '' : url.hostname;
  for (let i = 0; i < domains.length; i++) if (host === domains[i] || host.slice(-domains[i].length - 1) === '.' + domains[i]) return true;
  return false;
}

/**
 * Keeps or restores the event's click id across the listed domains, then calls `send` (once, always).
 * `consented`: the event's consent signals do not deny ad storage or ad user data (pinterest/consent-signals.ts).
 */
export function crossDomainClickId(settings: ServerTagData, source: Record<string, unknown>, event: CapiEvent, millis: number, consented: boolean, note: Note, send: () => void): void {
  const clientId = idText(source.client_id, 100);
  const click = event.user_data.click_id;
  // A click id of an ad click: in the page URL (GA4 client), or from it as the Pinterest client marks it.
  const fromUrl = click !== undefined && (epikFromUrl(source.page_location) === click || (source.click_id_from_url === true && source.click_id === click));
  const collection = toText(settings.crossDomainCollection) || DEFAULT_CLICK_COLLECTION;
  const project = toText(settings.crossDomainProjectId);
  if (settings.crossDomain !== true || !consented || clientId === undefined || (click !== undefined && !fromUrl)
    || !listed(source.page_location, listedDomains(settings.crossDomainDomains, note))) return send();
  const path = collection + '/' + require('sha256Sync')(clientId, { outputEncoding: 'hex' });
  // The template's permission names one collection: another one is refused here, not by an exception.
  if (!require('queryPermission')('access_firestore', 'read_write', { path: path, projectId: project || '*' })) {
    note('cross-domain: the permission does not allow this collection');
    return send();
  }
  const options = project === undefined ? {} : { projectId: project };
  const Firestore = require('Firestore');
  if (fromUrl) {
    Firestore.write(path, { click_id: click, time: millis }, options).then(send, () => { note('cross-domain: Firestore write failed'); send(); });
    return;
  }
  Firestore.read(path, options).then((doc) => {
    const stored = fieldsOf(fieldsOf(doc).data);
    const id = toText(stored.click_id);
    const time = toNumber(stored.time);
    if (id === undefined || !isClickId(id, CLICK_ID_LIMIT) || time === undefined || time > millis || millis - time >= CLICK_WINDOW_MS) {
      note('cross-domain: stored click id unusable or expired');
    } else {
      event.user_data.click_id = id;
      // As the Pinterest client sets it (server-template/client/src/click-id-cookie.ts), for the attribution window's rest.
      require('setCookie')('_epik', id, { domain: 'auto', path: '/', 'max-age': secondsOf(time + CLICK_WINDOW_MS - millis), secure: true, sameSite: 'Lax', httpOnly: false });
      note('cross-domain: click id restored');
    }
    send();
  }, (failure: unknown) => {
    if (fieldsOf(failure).reason !== 'not_found') note('cross-domain: Firestore read failed');
    send();
  });
}
