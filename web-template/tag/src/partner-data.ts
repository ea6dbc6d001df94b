/**
 * Partner data: Enhanced Match (em, external_id) for load and set, and Limited Data Processing (opt_out_type
 * LDP with st and country), each normalised by pinterest/normalise.ts and SHA-256 hashed inside the sandbox,
 * so raw values never reach pintrk or the network.
 * - Enhanced Match: `pintrk('load', tagId, {em})`, https://help.pinterest.com/en/business/article/enhanced-match
 * - LDP in the tag: `pintrk('set', {opt_out_type: 'LDP', st: <SHA-256>, country: <SHA-256>})` before all event
 *   code; the documented example hashes the upper-case codes ("CA" → 4b650e5c…, "US" → 9b202ecb…),
 *   https://developers.pinterest.com/docs/track-conversions/use-limited-data-processing-flag/
 * - The Conversions API form of st and country (lower-case codes, ConversionEventsUserDataProperties) is
 *   what server forwarding carries.
 * - An email given as a SHA-256 digest passes through; MD5 and SHA-1 digests are left out on both sides
 *   (pinterest/normalise.ts prepareTagField, docs/enhanced-match.md).
 */
import { prepareTagField, type PreparedValue, type TagField } from '../../../pinterest/normalise';
import { hashAll, type HashJob } from './hash-all';
import { log } from './log';
import type { TagData } from './tag-data';

export interface PartnerData { em?: string; external_id?: string }
export interface LdpData { opt_out_type: string; st?: string; country?: string }
/** Hashed user data in the Conversions API form, for server forwarding. */
export interface ForwardedUser { em?: string; external_id?: string; st?: string; country?: string }
export interface Prepared { match: PartnerData; ldp?: LdpData; forwarded: ForwardedUser }

/** The tag form of an LDP code: upper-case before hashing, as Pinterest's LDP example. */
function tagForm(prepared: PreparedValue): PreparedValue {
  return prepared.plain === undefined ? prepared : { plain: prepared.plain.toUpperCase() };
}

export function preparePartnerData(data: TagData, done: (prepared: Prepared) => void): void {
  const jobs: HashJob[] = [];
  const add = (key: string, field: TagField, value: unknown, form?: (p: PreparedValue) => PreparedValue): void => {
    const prepared = prepareTagField(field, value);
    if (prepared !== undefined && prepared.skip !== undefined && form === undefined) log(field + ' left out: ' + prepared.skip);
    else if (prepared !== undefined && prepared.skip === undefined) jobs.push({ key: key, prepared: form === undefined ? prepared : form(prepared) });
  };
  add('em', 'em', data.email);
  add('external_id', 'external_id', data.externalId);
  const ldp = data.limitedDataProcessing === true;
  if (ldp) {
    add('st', 'st', data.ldpState);
    add('country', 'country', data.ldpCountry);
    add('tagSt', 'st', data.ldpState, tagForm);
    add('tagCountry', 'country', data.ldpCountry, tagForm);
  }
  hashAll(jobs, (digests) => {
    const match: PartnerData = {};
    const forwarded: ForwardedUser = {};
    if (digests.em !== undefined) match.em = forwarded.em = digests.em;
    if (digests.external_id !== undefined) match.external_id = forwarded.external_id = digests.external_id;
    let ldpData: LdpData | undefined;
    if (ldp) {
      ldpData = { opt_out_type: 'LDP' };
      if (digests.tagSt !== undefined) ldpData.st = digests.tagSt;
      if (digests.tagCountry !== undefined) ldpData.country = digests.tagCountry;
      if (digests.st !== undefined) forwarded.st = digests.st;
      if (digests.country !== undefined) forwarded.country = digests.country;
    }
    done({ match: match, ldp: ldpData, forwarded: forwarded });
  });
}

export function isEmpty(partner: PartnerData): boolean {
  return partner.em === undefined && partner.external_id === undefined;
}
