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

/** A pixel URL as the GET request the client receives: the path with its query string, as sent. */
export function requestOfUrl(url: URL): Partial<ServerRequest> {
  return {
    method: 'GET', path: url.pathname + url.search, query: {}, remoteAddress: '198.51.100.23',
    headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) fuzz', host: url.host },
  };
}
