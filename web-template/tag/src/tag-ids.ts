/** The tag IDs field: one or more 13-digit IDs, comma-separated, each once; others are counted in the log and skipped. */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { log } from './log';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

export function parseTagIds(value: unknown): string[] {
  const ids: string[] = [];
  let rejected = 0;
  // A variable's number or other value reads as makeString writes it.
  const parts = (typeof value === 'string' ? value : value === undefined || value === null ? '' : require('makeString')(value)).split(',');
  for (let i = 0; i < parts.length; i++) {
    const id = parts[i].trim();
    let digits = id.length === 13;
    for (let j = 0; j < id.length && digits; j++) digits = id.charAt(j) >= '0' && id.charAt(j) <= '9';
    if (!digits) rejected += id === '' ? 0 : 1;
    else if (ids.indexOf(id) === -1) ids.push(id);
  }
  // The count only: what the field held may come from a variable the page controls.
  if (rejected > 0) log('ignoring ' + rejected + ' tag ID(s) that are not 13 digits');
  return ids;
}
