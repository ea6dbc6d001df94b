/**
 * The visitor's IP address: the X-Forwarded-For entry that a proxy we trust appended, never one the
 * caller wrote. Each proxy appends the address it received the request from, so the caller controls every
 * entry left of those; the entry `hops` from the right (the *Trusted proxy hops* field) is the one the
 * outermost trusted proxy wrote. getRemoteAddress() reads the first entry, which any caller writes
 * (https://developers.google.com/tag-platform/tag-manager/server-side/api#getremoteaddress), so it is
 * not used. How the usual deployments append (docs/event-protocol.md, "Client address"):
 * - Cloud Run (server-side GTM's automatic setup): Google's front end appends the address the request came
 *   from, the last entry: 1 hop (GoogleCloudPlatform/esp-v2#318 reads the rightmost entry on Cloud Run);
 * - behind Google's external Application Load Balancer: "<client IP>, <load balancer IP>" are appended:
 *   2 hops (https://cloud.google.com/load-balancing/docs/https#x-forwarded-for_header).
 * An address no visitor can have (private, loopback, link-local, shared, benchmarking, multicast or
 * reserved; the IANA special-purpose registries, RFC 6890) is refused: it is a proxy of ours (too few hops
 * counted) or a caller inside our network, and Pinterest matches on visitors' public addresses.
 */
/**
 * A dotted quad (RFC 791: four octets in plain decimal, no sign, exponent or leading zero, up to 255) outside
 * the blocks that are not globally reachable (IANA IPv4 Special-Purpose Address Registry: 0/8, 10/8,
 * 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.168/16, 198.18/15, 240/4 and 255.255.255.255) and
 * multicast (224/4, RFC 5771). The documentation blocks (RFC 5737) are accepted: no proxy appends them, and
 * examples and tests use them as visitors' addresses.
 */
function isPublicV4(text: string): boolean {
  const o = text.split('.');
  for (let i = 0; i < 4; i++) if ('' + +o[i] !== o[i] || (+o[i] & 255) !== +o[i]) return false;
  const a = +o[0];
  const b = +o[1];
  return o.length === 4 && a !== 0 && a !== 10 && a !== 127 && a < 224 && !(a === 100 && b >= 64 && b < 128) && !(a === 169 && b === 254)
    && !(a === 172 && b >= 16 && b < 32) && !(a === 192 && (b === 168 || (b === 0 && +o[2] === 0))) && !(a === 198 && (b === 18 || b === 19));
}

/** A hextet's value, or -1 for anything but 1 to 4 hex digits. */
function hextet(text: string): number {
  let n = text.length >= 1 && text.length <= 4 ? 0 : -1;
  for (let i = 0; i < text.length && n >= 0; i++) {
    const digit = '0123456789abcdef'.indexOf(text.charAt(i));
    n = digit === -1 ? -1 : n * 16 + digit;
  }
  return n;
}

/**
 * An IPv6 address in the global unicast space 2000::/3 (RFC 4291 §2.4) outside 2001::/23 (IETF protocol
 * assignments, not globally reachable: IANA IPv6 Special-Purpose Address Registry). Loopback, link-local,
 * unique local, multicast and IPv4-mapped addresses all lie outside it. Hex groups only (RFC 4291 §2.2).
 */
function isPublicV6(text: string): boolean {
  // "::" (once at most) stands for one or more zero groups: with one "0" in its place, at most 8 groups remain.
  const halves = text.toLowerCase().split('::');
  const groups = halves[0].split(':').concat(halves.length === 2 ? ['0'].concat(halves[1] === '' ? [] : halves[1].split(':')) : []);
  for (let i = 0; i < groups.length; i++) if (hextet(groups[i]) === -1) return false;
  const first = hextet(groups[0]);
  return halves.length <= 2 && groups.length <= 8 && (halves.length === 2 || groups.length === 8)
    && first >= 0x2000 && first <= 0x3fff && !(first === 0x2001 && hextet(groups[1]) < 0x200);
}

/** The entry `hops` from the right of an X-Forwarded-For value, when it is a public IPv4 or IPv6 address. */
export function visitorIp(forwardedFor: unknown, hops: number): string | undefined {
  // join() writes a missing header (undefined) as nothing.
  const entries = [forwardedFor].join(',').split(',');
  const entry = entries.length >= hops ? entries[entries.length - hops].trim() : '';
  return isPublicV4(entry) || isPublicV6(entry) ? entry : undefined;
}
