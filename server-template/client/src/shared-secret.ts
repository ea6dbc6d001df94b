/**
 * The optional shared secret for POST batches (docs/event-protocol.md, "Shared secret"): a site's
 * backend sends it in the SECRET_HEADER request header; browsers cannot (the CORS preflight allows
 * only content-type), and the web tag never does. A caller with the right secret may send up to the
 * configured events per request; others are capped at MAX_UNAUTHENTICATED_EVENTS.
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { SECRET_HEADER } from '../../../pinterest/forwarding-protocol';
import { toText } from '../../../pinterest/values';

// sha256Sync is required only when a secret is both configured and sent.
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export type Caller = 'authenticated' | 'anonymous' | 'wrong secret';

const HEX = '0123456789abcdef';

/**
 * Equal secrets, compared in constant time: both sides are hashed first (so the loop always runs over
 * 64 hex digits, whatever the lengths), and every digit pair is XOR-ed into one accumulator with no
 * early exit, so the time taken says nothing about where the first difference is.
 */
export function sameSecret(given: string, expected: string): boolean {
  const sha256Sync = require('sha256Sync');
  const a = sha256Sync(given, { outputEncoding: 'hex' });
  const b = sha256Sync(expected, { outputEncoding: 'hex' });
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference = difference | (HEX.indexOf(a.charAt(i)) ^ HEX.indexOf(b.charAt(i)));
  return difference === 0;
}

/** Who sent this POST: no secret configured or none sent is anonymous; a sent secret must match. */
export function callerOf(secretField: unknown): Caller {
  const given = toText(require('getRequestHeader')(SECRET_HEADER));
  const expected = toText(secretField);
  if (given === undefined || expected === undefined) return 'anonymous';
  return sameSecret(given, expected) ? 'authenticated' : 'wrong secret';
}
