/**
 * The optional shared secret for POST batches (docs/event-protocol.md, "Shared secret"): a site's
 * backend sends it in the SECRET_HEADER request header; browsers cannot (the CORS preflight allows
 * only content-type), and the web tag never does. A caller with the right secret may send up to the
 * configured events per request; others are capped at MAX_UNAUTHENTICATED_EVENTS.
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { MAX_UNAUTHENTICATED_EVENTS, SECRET_HEADER } from '../../../pinterest/forwarding-protocol';
import { toText } from '../../../pinterest/values';

// sha256Sync is required only when a secret is both configured and sent.
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

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

/**
 * The events this request may carry: `configured` for a POST with the right secret, 0 (refused) for a
 * POST with a wrong one, and at most MAX_UNAUTHENTICATED_EVENTS for everyone else (no secret configured,
 * none sent, or a GET).
 */
export function eventLimit(method: string, secretField: unknown, configured: number): number {
  const given = method === 'POST' ? toText(require('getRequestHeader')(SECRET_HEADER)) : undefined;
  const expected = toText(secretField);
  if (given !== undefined && expected !== undefined) return sameSecret(given, expected) ? configured : 0;
  return configured < MAX_UNAUTHENTICATED_EVENTS ? configured : MAX_UNAUTHENTICATED_EVENTS;
}
