/**
 * Matching rules shared by several permissions: URL match patterns (inject_script, send_pixel,
 * send_http, inject_hidden_iframe) and dotted key patterns (read_data_layer, read_event_data,
 * write_data_layer). https://developers.google.com/tag-platform/tag-manager/templates/permissions
 */

/**
 * A URL match pattern: `https://host/path`, where the host may be `*` (any host, as published
 * templates declare a `*` host for a user's own endpoint) or start with `*.` (any subdomain), and `*`
 * in the path matches anything. A pattern whose path ends in `/` allows every path below it. Only
 * https URLs match an https pattern; the query string and fragment are not part of the match.
 */
export function urlMatches(pattern: string, url: string): boolean {
  const p = /^(https?):\/\/([^/]+)(\/.*)?$/.exec(pattern.trim());
  const u = /^(https?):\/\/([^/?#]+)([^?#]*)/.exec(url.trim());
  if (!p || !u) return false;
  if (p[1] !== u[1]) return false;
  const host = u[2].toLowerCase();
  const patternHost = p[2].toLowerCase();
  if (patternHost === '*') {
    // any host
  } else if (patternHost.startsWith('*.')) {
    if (!host.endsWith(patternHost.slice(1))) return false;
  } else if (host !== patternHost) {
    return false;
  }
  const patternPath = p[3] ?? '/';
  const path = u[3] || '/';
  if (patternPath.endsWith('/') && !patternPath.includes('*')) return path.startsWith(patternPath);
  return glob(patternPath).test(path);
}

function glob(pattern: string): RegExp {
  return new RegExp('^' + pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
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
