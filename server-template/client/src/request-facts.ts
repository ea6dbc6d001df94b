/**
 * What the client takes from the request itself (never from the body): the client address and user
 * agent, each checked before it becomes ip_override / user_agent, and the server's clock.
 * getRemoteAddress honours Forwarded / X-Forwarded-For
 * (https://developers.google.com/tag-platform/tag-manager/server-side/api#getremoteaddress).
 */
import { getRemoteAddress, getRequestHeader, getTimestampMillis } from '../../../gtm-sandbox/import/server';
import { plainIp } from '../../../pinterest/capi-user-data';
import type { RequestFacts } from '../../../pinterest/forwarded-event-data';
import { isProtocolText } from '../../../pinterest/text-rules';
import { toText } from '../../../pinterest/values';

/** User agents are rarely over 300 characters; a longer one is junk or an attack on downstream logs. */
export const MAX_USER_AGENT_LENGTH = 512;

export function requestFacts(): RequestFacts {
  const agent = toText(getRequestHeader('user-agent'));
  return {
    ip: plainIp(getRemoteAddress()),
    userAgent: agent !== undefined && isProtocolText(agent, MAX_USER_AGENT_LENGTH) ? agent : undefined,
    now: getTimestampMillis(),
  };
}
