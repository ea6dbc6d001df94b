/**
 * Partner data: Enhanced Match (em, external_id) for load and set, and Limited Data Processing (opt_out_type
 * LDP with st and country), each normalised by pinterest/tag-fields.ts and SHA-256 hashed inside the sandbox
 * (the web sha256 API, asynchronous, hex: https://developers.google.com/tag-platform/tag-manager/templates/api#sha256),
 * so raw values never reach pintrk or the network; a SHA-256 digest given passes through.
 * - Enhanced Match: `pintrk('load', tagId, {em})`, https://help.pinterest.com/en/business/article/enhanced-match
 * - LDP in the tag: `pintrk('set', {opt_out_type: 'LDP', st: <SHA-256>, country: <SHA-256>})` before all event
 *   code; the documented example hashes the upper-case codes ("CA" → 4b650e5c…, "US" → 9b202ecb…),
 *   https://developers.pinterest.com/docs/track-conversions/use-limited-data-processing-flag/
 * - The Conversions API form of st and country (lower-case codes, ConversionEventsUserDataProperties) is
 *   what server forwarding carries.
 * - MD5 and SHA-1 email digests are left out on both sides (pinterest/tag-fields.ts prepareTagField).
 */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { prepareTagField, type TagField } from '../../../pinterest/tag-fields';
import { log } from './log';
import type { TagData } from './tag-data';

// sha256 is required when there is something to hash: a fire without user data never asks for it.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** Digests by field, as pintrk takes them. */
export interface PartnerData { [field: string]: string | undefined; em?: string; external_id?: string }
export interface LdpData { [field: string]: string | undefined; opt_out_type: string; st?: string; country?: string }
/** Hashed user data in the forwarding protocol's form (the Conversions API's: arrays of digests). */
export type ForwardedUser = { [field: string]: string[] };
/** `forwarded`: with Enhanced Match; `region`: the LDP region only (when ad_user_data is denied). */
export interface Prepared { enhancedMatch: PartnerData; ldp?: LdpData; forwarded: ForwardedUser; region: ForwardedUser }

const isRegion = (field: TagField): boolean => field === 'st' || field === 'country';

export function preparePartnerData(settings: TagData, done: (prepared: Prepared) => void): void {
  const prepared: Prepared = { enhancedMatch: {}, ldp: settings.limitedDataProcessing === true ? { opt_out_type: 'LDP' } : undefined, forwarded: {}, region: {} };
  let sha256: WebApis['sha256'] | undefined;
  let pending = 1;
  const finish = (): void => {
    if (--pending === 0) done(prepared);
  };
  // A digest where it goes: the tag's form (Enhanced Match, or LDP for a region field) and the protocol's.
  const place = (field: TagField, digest: string, tagForm: boolean, apiForm: boolean): void => {
    // A region field is added only with LDP on, so its tag form is there.
    if (tagForm) (isRegion(field) ? prepared.ldp as LdpData : prepared.enhancedMatch)[field] = digest;
    if (apiForm) prepared.forwarded[field] = [digest];
    if (apiForm && isRegion(field)) prepared.region[field] = [digest];
  };
  // A value that cannot be hashed is left out (the failure callback).
  const hash = (field: TagField, text: string, tagForm: boolean, apiForm: boolean): void => {
    pending++;
    sha256 = sha256 || require('sha256');
    sha256(text, (digest) => { place(field, digest, tagForm, apiForm); finish(); }, finish, { outputEncoding: 'hex' });
  };
  const add = (field: TagField, value: unknown): void => {
    const ready = prepareTagField(field, value);
    if (!ready) return;
    if (ready.skip) return log(field + ' left out: ' + ready.skip);
    // A digest given serves both forms; a region code is hashed upper-case for the tag, lower-case for the API.
    if (ready.hashed) place(field, ready.hashed, true, true);
    else if (!isRegion(field)) hash(field, ready.plain as string, true, true);
    else {
      hash(field, (ready.plain as string).toUpperCase(), true, false);
      hash(field, ready.plain as string, false, true);
    }
  };
  add('em', settings.email);
  add('external_id', settings.externalId);
  if (prepared.ldp) {
    add('st', settings.ldpState);
    add('country', settings.ldpCountry);
  }
  finish();
}

export function isEmpty(partner: PartnerData): boolean {
  return !partner.em && !partner.external_id;
}
