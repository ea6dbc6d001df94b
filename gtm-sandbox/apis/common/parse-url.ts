/** URL parts, searchParams values decoded (arrays for repeated keys); undefined when malformed. @see https://developers.google.com/tag-platform/tag-manager/templates/api#parseurl */
import type { ApiImplementation } from '../api';

export const parseUrl: ApiImplementation = () => (input: unknown) => {
  let url: URL;
  try { url = new URL(String(input)); } catch { return undefined; }
  const searchParams: Record<string, string | string[]> = {};
  url.searchParams.forEach((value, key) => {
    const existing = searchParams[key];
    searchParams[key] = existing === undefined ? value : ([] as string[]).concat(existing, value);
  });
  return {
    href: url.href, origin: url.origin, protocol: url.protocol, username: url.username, password: url.password,
    host: url.host, hostname: url.hostname, port: url.port, pathname: url.pathname, search: url.search, searchParams, hash: url.hash,
  };
};
