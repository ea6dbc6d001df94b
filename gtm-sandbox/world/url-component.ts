/** A URL component as getUrl/getReferrerUrl answer it; an unknown or missing component is the href. */
export function urlComponent(href: string, component: string | undefined): string {
  let url: URL;
  try { url = new URL(href); } catch { return ''; }
  switch (component) {
    case 'protocol': return url.protocol.replace(/:$/, '');
    case 'host': return url.hostname;
    case 'port': return url.port || (url.protocol === 'https:' ? '443' : '80');
    case 'path': return url.pathname;
    case 'query': return url.search.replace(/^\?/, '');
    case 'extension': { const m = /\.([^./]+)$/.exec(url.pathname); return m ? m[1] : ''; }
    case 'fragment': return url.hash.replace(/^#/, '');
    default: return url.href;
  }
}

/** Values of a query key, decoded, in order. */
export function queryValues(href: string, key: string): string[] {
  try { return new URL(href).searchParams.getAll(key); } catch { return []; }
}
