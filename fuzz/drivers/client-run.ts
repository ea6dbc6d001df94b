/**
 * One request through the built Pinterest client (server-template/client/template.tpl): the request
 * as server-side GTM hands it over, the client's fields, a fixed clock. Used by the client's own
 * campaign and by the web tag's, which sends every forwarded pixel here to see whether the receiver
 * accepts what the sender sent.
 */
import { createWorld, type ServerRequest, type World } from '../../gtm-sandbox/world/world';
import { builtTemplate, fire, type Fire, type TemplateLoader } from '../sandbox-run';

export interface ClientExchange { fire: Fire; world: World }

export async function clientExchange(request: Partial<ServerRequest>, settings: unknown, options: {
  now: number; cookies?: Record<string, string | string[]>; debugMode?: boolean; load?: TemplateLoader;
}): Promise<ClientExchange> {
  const world = createWorld({ request, cookies: options.cookies, debugMode: options.debugMode ?? true, now: options.now });
  return { fire: await fire((options.load ?? builtTemplate)('server-template/client'), world, settings), world };
}

/** The page a forwarded pixel names (its event's page_location), or undefined. */
function pageOf(url: URL): URL | undefined {
  try {
    const page = (JSON.parse(url.searchParams.get('e') ?? 'null') as { page_location?: unknown } | null)?.page_location;
    return typeof page === 'string' ? new URL(page) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A pixel URL as the GET request the client receives from a browser on the page the event names: the path
 * with its query string as sent, the page's origin as Referer (strict-origin-when-cross-origin), through
 * Cloud Run's front end (the visitor's address appended to X-Forwarded-For). No Fetch Metadata: a browser
 * without it (Safari before 16.4) is judged by Referer and page alone, the rules that must still let the
 * site's own pixels through.
 */
export function requestOfUrl(url: URL): Partial<ServerRequest> {
  const page = pageOf(url);
  return {
    method: 'GET', path: url.pathname + url.search, query: {}, remoteAddress: '169.254.1.1',
    headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) fuzz', host: url.host, 'x-forwarded-for': '198.51.100.23', ...(page ? { referer: `${page.origin}/` } : {}) },
  };
}

/** The receiving client's fields: its path, and the page's host among the site's hosts (the sender's page is the site's). */
export function receiverSettings(url: URL): Record<string, unknown> {
  return { path: url.pathname, siteHosts: pageOf(url)?.hostname ?? '' };
}
