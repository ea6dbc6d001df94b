/**
 * What the client takes from the request itself (never from the body): the visitor's address and user
 * agent, each checked before it becomes ip_override / user_agent, GA's client id (`_ga`), and the server's clock.
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import type { RequestFacts } from '../../../pinterest/forwarded-event-data';
import { isProtocolText } from '../../../pinterest/text-rules';
import { toText } from '../../../pinterest/values';
import { gaClientId } from './ga-client-id';
import { visitorIp } from './visitor-ip';

// The request APIs are required when the client handles a request (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** User agents are rarely over 300 characters; a longer one is junk or an attack on downstream logs. */
export const MAX_USER_AGENT_LENGTH = 512;

/** `hops`: the *Trusted proxy hops* field (server-template/client/src/visitor-ip.ts). */
export function requestFacts(hops: number): RequestFacts {
  const getRequestHeader = require('getRequestHeader');
  const agent = toText(getRequestHeader('user-agent'));
  return {
    ip: visitorIp(getRequestHeader('x-forwarded-for'), hops),
    userAgent: agent !== undefined && isProtocolText(agent, MAX_USER_AGENT_LENGTH) ? agent : undefined,
    now: require('getTimestampMillis')(),
    clientId: gaClientId(),
  };
}
