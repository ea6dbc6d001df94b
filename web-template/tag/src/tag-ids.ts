/** The tag IDs field: one or more 13-digit IDs, comma-separated; others are reported and skipped. */
import type { WebApis } from '../../../gtm-sandbox/types/web';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

export function parseTagIds(value: unknown): { ids: string[]; rejected: string[] } {
  const ids: string[] = [];
  const rejected: string[] = [];
  // A number typed into the field (or a variable's number) reads as its digits; other types as makeString writes them.
  const parts = (typeof value === 'string' ? value : value === undefined || value === null ? '' : typeof value === 'number' ? '' + value : require('makeString')(value)).split(',');
  for (let i = 0; i < parts.length; i++) {
    const id = parts[i].trim();
    if (id === '') continue;
    if (!isTagId(id)) rejected.push(id);
    else if (ids.indexOf(id) === -1) ids.push(id);
  }
  return { ids: ids, rejected: rejected };
}

function isTagId(id: string): boolean {
  if (id.length !== 13) return false;
  for (let i = 0; i < id.length; i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
  return true;
}
