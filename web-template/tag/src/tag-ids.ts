/** The tag IDs field: one or more 13-digit IDs, comma-separated, each once; others are counted in the log and skipped. */
import type { WebApis } from '../../../gtm-sandbox/types/web';
import { log } from './log';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

export function parseTagIds(value: unknown): string[] {
  const ids: string[] = [];
  let rejected = false;
  // A variable's number or other value reads as makeString writes it.
  const parts = (typeof value === 'string' ? value : value === undefined || value === null ? '' : require('makeString')(value)).split(',');
  for (let i = 0; i < parts.length; i++) {
    const id = parts[i].trim();
    if (!id.match('^\\d{13}$')) rejected = rejected || !!id;
    else if (ids.indexOf(id) === -1) ids.push(id);
  }
  // Not what the field held: it may come from a variable the page controls.
  if (rejected) log('tag IDs not of 13 digits left out');
  return ids;
}
