/**
 * Partner data: Enhanced Match (em, external_id) for load and set, and Limited Data Processing (opt_out_type
 * LDP with st and country), each normalised by pinterest/normalise.ts and SHA-256 hashed inside the sandbox
 * (the web sha256 API, asynchronous, hex: https://developers.google.com/tag-platform/tag-manager/templates/api#sha256),
 * so raw values never reach pintrk or the network; a SHA-256 digest given passes through.
 * - Enhanced Match: `pintrk('load', tagId, {em})`, https://help.pinterest.com/en/business/article/enhanced-match
 * - LDP in the tag: `pintrk('set', {opt_out_type: 'LDP', st: <SHA-256>, country: <SHA-256>})` before all event
 *   code; the documented example hashes the upper-case codes ("CA" → 4b650e5c…, "US" → 9b202ecb…),
 *   https://developers.pinterest.com/docs/track-conversions/use-limited-data-processing-flag/
 * - The Conversions API form of st and country (lower-case codes, ConversionEventsUserDataProperties) is
 *   what server forwarding carries.
 * - MD5 and SHA-1 email digests are left out on both sides (pinterest/normalise.ts prepareTagField).
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { prepareTagField, type TagField } from '../../../pinterest/tag-fields';
import { log } from './log';
import type { TagData } from './tag-data';

// sha256 is required when there is something to hash: a fire without user data never asks for it.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

export interface PartnerData { em?: string; external_id?: string }
export interface LdpData { opt_out_type: string; st?: string; country?: string }
/** Hashed user data in the forwarding protocol's form (the Conversions API's: arrays of digests). */
export type ForwardedUser = { [field: string]: string[] };
/** `forwarded`: with Enhanced Match; `region`: the LDP region only (when ad_user_data is denied). */
export interface Prepared { match: PartnerData; ldp?: LdpData; forwarded: ForwardedUser; region: ForwardedUser }

export function preparePartnerData(settings: TagData, done: (prepared: Prepared) => void): void {
  // Digests by field; the tag form of an LDP code under its upper-case name (ST, COUNTRY).
  const digests: { [key: string]: string } = {};
  const plain: string[][] = [];
  const add = (field: TagField, value: unknown): void => {
    const prepared = prepareTagField(field, value);
    if (prepared === undefined) return;
    if (prepared.skip !== undefined) return log(field + ' left out: ' + prepared.skip);
    // A digest given serves both forms of an LDP code; a code is hashed lower-case (API) and upper-case (tag).
    if (prepared.hashed !== undefined) digests[field] = digests[field.toUpperCase()] = prepared.hashed;
    else {
      plain.push([field, prepared.plain as string]);
      if (field === 'st' || field === 'country') plain.push([field.toUpperCase(), (prepared.plain as string).toUpperCase()]);
    }
  };
  add('em', settings.email);
  add('external_id', settings.externalId);
  const ldp = settings.limitedDataProcessing === true;
  if (ldp) {
    add('st', settings.ldpState);
    add('country', settings.ldpCountry);
  }
  // The digests present under `names` (upper: their tag form), as they are or (`list`) each in an array.
  const pick = (names: string[], out: { [key: string]: unknown }, list?: boolean, upper?: boolean): { [key: string]: unknown } => {
    for (let i = 0; i < names.length; i++) {
      const digest = digests[upper ? names[i].toUpperCase() : names[i]];
      if (digest !== undefined) out[names[i]] = list ? [digest] : digest;
    }
    return out;
  };
  const region = ['st', 'country'];
  let pending = plain.length + 1;
  const finish = (): void => {
    if (--pending > 0) return;
    done({
      match: pick(['em', 'external_id'], {}),
      ldp: ldp ? pick(region, { opt_out_type: 'LDP' }, false, true) as unknown as LdpData : undefined,
      forwarded: pick(['em', 'external_id', 'st', 'country'], {}, true) as ForwardedUser,
      region: pick(region, {}, true) as ForwardedUser,
    });
  };
  const sha256 = plain.length > 0 ? require('sha256') : undefined;
  for (let i = 0; i < plain.length; i++) {
    const key = plain[i][0];
    // A value that cannot be hashed is left out (the failure callback).
    (sha256 as WebApis['sha256'])(plain[i][1], (digest) => { digests[key] = digest; finish(); }, finish, { outputEncoding: 'hex' });
  }
  finish();
}

export function isEmpty(partner: PartnerData): boolean {
  return partner.em === undefined && partner.external_id === undefined;
}
