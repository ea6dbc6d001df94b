/**
 * What the client takes from the request itself (never from the body): the client address and user
 * agent, each checked before it becomes ip_override / user_agent, and the server's clock.
 * getRemoteAddress honours Forwarded / X-Forwarded-For
 * (https://developers.google.com/tag-platform/tag-manager/server-side/api#getremoteaddress).
 */
import { getRemoteAddress, getRequestHeader, getTimestampMillis } from '../../../gtm-sandbox/import/server';
import type { RequestFacts } from '../../../pinterest/forwarded-event-data';
import { isProtocolText } from '../../../pinterest/text-rules';
import { toText } from '../../../pinterest/values';

/** The longest IPv6 text form (with an embedded IPv4 address) is 45 characters (RFC 4291 §2.2). */
const MAX_IP_LENGTH = 45;
/** User agents are rarely over 300 characters; a longer one is junk or an attack on downstream logs. */
export const MAX_USER_AGENT_LENGTH = 512;

/** An IPv4 or IPv6 address: hex digits, dots and colons only; anything else is left out. */
export function plainIp(value: unknown): string | undefined {
  const text = toText(value);
  if (text === undefined || text.length > MAX_IP_LENGTH) return undefined;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c === '.' || c === ':')) return undefined;
  }
  return text;
}

export function requestFacts(): RequestFacts {
  const agent = toText(getRequestHeader('user-agent'));
  return {
    ip: plainIp(getRemoteAddress()),
    userAgent: agent !== undefined && isProtocolText(agent, MAX_USER_AGENT_LENGTH) ? agent : undefined,
    now: getTimestampMillis(),
  };
}
