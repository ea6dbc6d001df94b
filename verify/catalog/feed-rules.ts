/**
 * Pinterest's required catalog fields and their rules (https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs):
 * id, title, description, link, image_link, price with its ISO currency ("24.99 USD"), availability.
 */
import { isHttpUrl } from '../input/http-url';
import type { FeedRecord } from './feed-reader';

export interface FeedProblem { readonly line: number; readonly id: string; readonly field: string; readonly problem: string }

const AVAILABILITY = ['in stock', 'out of stock', 'preorder', 'backorder'];
const LIMITS: Record<string, number> = { id: 127, title: 500, description: 10000, link: 2000, image_link: 2000 };

export function recordProblems(record: FeedRecord): FeedProblem[] {
  const f = record.fields;
  const id = f.id ?? '';
  const out: FeedProblem[] = [];
  const add = (field: string, problem: string): void => { out.push({ line: record.line, id, field, problem }); };
  for (const field of ['id', 'title', 'description', 'link', 'image_link', 'price', 'availability']) {
    if (!f[field]) add(field, 'missing');
  }
  for (const [field, max] of Object.entries(LIMITS)) if (f[field] && f[field].length > max) add(field, `longer than ${max} characters`);
  // A value over its length limit is reported as such above and not parsed.
  for (const field of ['link', 'image_link']) if (f[field] && f[field].length <= LIMITS[field] && !isHttpUrl(f[field])) add(field, 'not an http(s) URL');
  if (f.price && !/^\d+(\.\d{1,2})?\s[A-Z]{3}$/.test(f.price)) add('price', 'must be a number and an ISO currency, e.g. "24.99 USD"');
  if (f.availability && !AVAILABILITY.includes(f.availability.toLowerCase())) add('availability', `must be one of: ${AVAILABILITY.join(', ')}`);
  return out;
}
