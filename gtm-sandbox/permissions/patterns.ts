/**
 * Matching rules shared by several permissions: URL match patterns (inject_script, send_pixel,
 * send_http, inject_hidden_iframe) and dotted key patterns (read_data_layer, read_event_data,
 * write_data_layer). https://developers.google.com/tag-platform/tag-manager/templates/permissions
 */

/**
 * A URL match pattern: `scheme://host[:port]/path`. The host may be `*` (any host: published
 * templates declare one for a user's own endpoint) or start with `*.` (any subdomain, not the bare
 * domain); `*` in the path matches anything, and a path ending in `/` allows every path below it. The
 * scheme and the port must be the URL's (a pattern without a port allows the scheme's default port
 * only). The URL is read as a browser reads it (WHATWG URL: lower-cased host, `\` as `/`, `..`
 * resolved, user info dropped), so no spelling of a URL reaches a host or path the pattern refuses;
 * its query and fragment are not part of the match. Decisions: docs/emulator-fidelity.md.
 */
export function urlMatches(pattern: string, url: string): boolean {
  const p = /^(https?):\/\/([^/?#]+)(\/[^?#]*)?$/i.exec(pattern.trim());
  const u = parseUrl(url);
  if (!p || !u || u.protocol !== `${p[1].toLowerCase()}:`) return false;
  const [patternHost, patternPort] = splitPort(p[2].toLowerCase(), u.protocol);
  if (patternPort !== u.port || !hostMatches(patternHost, u.hostname)) return false;
  const patternPath = p[3] ?? '/';
  if (patternPath.endsWith('/') && !patternPath.includes('*')) return u.pathname.startsWith(patternPath);
  return globMatches(patternPath, u.pathname);
}

function parseUrl(url: string): URL | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** The host and its port, the scheme's default port written as none (as URL.port does). */
function splitPort(hostAndPort: string, protocol: string): [string, string] {
  const m = /^(.*?)(?::(\d+))?$/.exec(hostAndPort) as RegExpExecArray;
  const port = m[2] ?? '';
  const isDefault = (protocol === 'https:' && port === '443') || (protocol === 'http:' && port === '80');
  return [m[1], isDefault ? '' : port];
}

function hostMatches(patternHost: string, host: string): boolean {
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) return host.endsWith(patternHost.slice(1));
  return host === patternHost;
}

/** https URLs on Google's own domains (send_http's allowGoogleDomains), read as urlMatches reads them. */
export function isGoogleDomain(url: string): boolean {
  const u = parseUrl(url);
  const domains = ['google.com', 'googleapis.com', 'google-analytics.com', 'googletagmanager.com', 'doubleclick.net'];
  return u !== null && u.protocol === 'https:' && u.port === '' && domains.some((d) => u.hostname === d || u.hostname.endsWith(`.${d}`));
}

/**
 * A dotted key against a key pattern: equal, below it (`a.b` under `a`), or matched by a trailing
 * wildcard (`a.*` allows `a` and everything below it).
 */
export function keyMatches(pattern: string, key: string): boolean {
  if (pattern === '*' || pattern === key) return true;
  const base = pattern.endsWith('.*') ? pattern.slice(0, -2) : pattern;
  return key === base || key.startsWith(base + '.');
}

/**
 * A text against a glob whose `*` matches any run of characters (none included); everything else is literal.
 * Each part between stars is taken at its first place after the one before, which finds a match whenever
 * one exists, in one pass (a backtracking regex `^a.*b.*c$` is polynomial in the text). URL paths go
 * through it too: a pathname never holds a line break (WHATWG URL drops or escapes them), so a `*` that
 * also matches those answers as the `.*` it replaced.
 */
export function globMatches(pattern: string, text: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === text;
  if (!text.startsWith(parts[0])) return false;
  let at = parts[0].length;
  for (let i = 1; i < parts.length - 1; i++) {
    const found = text.indexOf(parts[i], at);
    if (found === -1) return false;
    at = found + parts[i].length;
  }
  const last = parts[parts.length - 1];
  return text.length - last.length >= at && text.endsWith(last);
}
