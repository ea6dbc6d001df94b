/**
 * Partner data for load and set: Enhanced Match (em, external_id) and Limited Data Processing
 * (opt_out_type LDP with st and country), each normalised by pinterest/normalise.ts and SHA-256 hashed
 * inside the sandbox, so raw values never reach pintrk or the network. MD5 and SHA-1 email digests, which
 * the tag accepts, pass through as they are (pinterest/normalise.ts prepareTagField).
 * https://help.pinterest.com/en/business/article/enhanced-match
 * https://help.pinterest.com/en/business/article/limited-data-processing
 */
import { prepareTagField, type TagField } from '../../../pinterest/normalise';
import { hashAll, type HashJob } from './hash-all';
import { log } from './log';
import type { TagData } from './tag-data';

export interface PartnerData { em?: string; external_id?: string; opt_out_type?: string; st?: string; country?: string }

export function preparePartnerData(data: TagData, done: (partner: PartnerData) => void): void {
  const jobs: HashJob[] = [];
  const add = (key: TagField, value: unknown): void => {
    const prepared = prepareTagField(key, value);
    if (prepared !== undefined && prepared.skip !== undefined) log(key + ' left out: ' + prepared.skip);
    else if (prepared !== undefined) jobs.push({ key: key, prepared: prepared });
  };
  add('em', data.email);
  add('external_id', data.externalId);
  const ldp = data.limitedDataProcessing === true;
  if (ldp) {
    add('st', data.ldpState);
    add('country', data.ldpCountry);
  }
  hashAll(jobs, (digests) => {
    const partner: PartnerData = {};
    if (digests.em !== undefined) partner.em = digests.em;
    if (digests.external_id !== undefined) partner.external_id = digests.external_id;
    if (ldp) {
      partner.opt_out_type = 'LDP';
      if (digests.st !== undefined) partner.st = digests.st;
      if (digests.country !== undefined) partner.country = digests.country;
    }
    done(partner);
  });
}

export function isEmpty(partner: PartnerData): boolean {
  return partner.em === undefined && partner.external_id === undefined && partner.opt_out_type === undefined;
}
