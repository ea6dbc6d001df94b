/**
 * What the client takes from the request itself (never from the body): the client address and user
 * agent, each checked before it becomes ip_override / user_agent, and the server's clock.
 * getRemoteAddress honours Forwarded / X-Forwarded-For
 * (https://developers.google.com/tag-platform/tag-manager/server-side/api#getremoteaddress).
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';
import { plainIp } from '../../../pinterest/capi-user-data';
import type { RequestFacts } from '../../../pinterest/forwarded-event-data';
import { isProtocolText } from '../../../pinterest/text-rules';
import { toText } from '../../../pinterest/values';

// The request APIs are required when the client handles a request (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** User agents are rarely over 300 characters; a longer one is junk or an attack on downstream logs. */
export const MAX_USER_AGENT_LENGTH = 512;

export function requestFacts(): RequestFacts {
  const agent = toText(require('getRequestHeader')('user-agent'));
  return {
    ip: plainIp(require('getRemoteAddress')()),
    userAgent: agent !== undefined && isProtocolText(agent, MAX_USER_AGENT_LENGTH) ? agent : undefined,
    now: require('getTimestampMillis')(),
  };
}
