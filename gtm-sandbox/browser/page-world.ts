/**
 * The World of a real browser page, for the web container runtime: the real window, document.cookie,
 * localStorage, and real script, iframe and pixel loads. `routes` map production origins to local
 * stand-ins (https://s.pinimg.com → the Pinterest fake), like a hosts file, so a demo never reaches
 * real Pinterest hosts while the templates stay unchanged.
 */
import { createWorld, type CookieWrite, type World } from '../world/world';

export type Routes = Record<string, string>;

export function routed(url: string, routes: Routes): string {
  for (const [from, to] of Object.entries(routes)) if (url === from || url.startsWith(from + '/') || url.startsWith(from + '?')) return to + url.slice(from.length);
  return url;
}

class DocumentCookies extends Map<string, string[]> {
  override get(name: string): string[] | undefined {
    const values = document.cookie.split(';').map((c) => c.trim()).filter((c) => c.startsWith(name + '=')).map((c) => c.slice(name.length + 1));
    return values.length > 0 ? values : undefined;
  }
  override set(): this { return this; }
}

class StorageMap extends Map<string, string> {
  override get(key: string): string | undefined { return window.localStorage.getItem(key) ?? undefined; }
  override has(key: string): boolean { return window.localStorage.getItem(key) !== null; }
  override set(key: string, value: string): this { window.localStorage.setItem(key, value); return this; }
  override delete(key: string): boolean { window.localStorage.removeItem(key); return true; }
}

function writeCookie(write: CookieWrite): void {
  const o = write.options;
  const parts = [`${write.name}=${write.value}`, `path=${typeof o.path === 'string' ? o.path : '/'}`];
  if (typeof o.domain === 'string' && o.domain !== 'auto' && o.domain !== '') parts.push(`domain=${o.domain}`);
  if (o['max-age'] !== undefined) parts.push(`max-age=${Number(o['max-age'])}`);
  if (o.secure === true) parts.push('secure');
  if (typeof o.samesite === 'string') parts.push(`samesite=${o.samesite}`);
  document.cookie = parts.join('; ');
}

function load(url: string, kind: 'script' | 'iframe' | 'pixel'): Promise<boolean> {
  return new Promise((resolve) => {
    const element = kind === 'script' ? document.createElement('script') : kind === 'iframe' ? document.createElement('iframe') : new Image(1, 1);
    element.onload = () => resolve(true);
    element.onerror = () => resolve(false);
    element.src = url;
    if (kind === 'pixel') return;
    if (kind === 'iframe') (element as HTMLIFrameElement).style.display = 'none';
    else (element as HTMLScriptElement).async = true;
    document.head.appendChild(element);
  });
}

export function createPageWorld(routes: Routes): World {
  const world = createWorld({ debugMode: true });
  const page: World = Object.assign(world, {
    window: window as unknown as Record<string, unknown>,
    cookies: new DocumentCookies(),
    localStorage: new StorageMap(),
    loadResource: (url: string, kind: 'script' | 'iframe' | 'pixel') => load(routed(url, routes), kind),
    writeCookie,
  });
  Object.defineProperty(page, 'url', { get: () => location.href });
  Object.defineProperty(page, 'referrer', { get: () => document.referrer });
  Object.defineProperty(page, 'title', { get: () => document.title });
  const logs = page.logs;
  logs.push = (...lines) => { for (const l of lines) console.log('[gtm-sandbox]', ...l.values); return Array.prototype.push.apply(logs, lines); };
  return page;
}
