/**
 * The registrable domain (eTLD+1) of a domain or URL from the Public Suffix List; '' when there is
 * none (IP addresses, bare suffixes); null and undefined come back unaltered, as the reference says.
 * @see https://developers.google.com/tag-platform/tag-manager/server-side/api#computeeffectivetldplusone
 */
import { getDomain } from 'tldts';
import { str, type ApiImplementation } from '../api';

export const computeEffectiveTldPlusOne: ApiImplementation = () => (domainOrUrl: unknown) =>
  (domainOrUrl === null || domainOrUrl === undefined ? domainOrUrl : getDomain(str(domainOrUrl)) ?? '');
