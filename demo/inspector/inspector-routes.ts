/**
 * The inspector's routes on the shop server: the page, its stylesheet and script (plain files in
 * page/), and /inspector/events.json, the view built from the recorded traffic. Same origin as the
 * shop, so the Pinterest fake needs no CORS; a strict Content-Security-Policy allows only these files
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy).
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as path from 'node:path';
import { inspectorView, type InspectorSources } from './timeline';

const PAGE = path.join(__dirname, 'page');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const FILES: Record<string, { file: string; type: string }> = {
  '/inspector': { file: 'inspector.html', type: 'text/html; charset=utf-8' },
  '/inspector/inspector.css': { file: 'inspector.css', type: 'text/css; charset=utf-8' },
  '/inspector/inspector.js': { file: 'inspector.js', type: 'application/javascript; charset=utf-8' },
};

/** Answers the inspector's GET requests; returns false for any other path. */
export function inspectorRoutes(sources: () => InspectorSources): (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean {
  const files = new Map(Object.entries(FILES).map(([route, f]) => [route, { body: fs.readFileSync(path.join(PAGE, f.file), 'utf8'), type: f.type }]));
  return (req, res, url) => {
    const pathname = url.pathname === '/inspector/' ? '/inspector' : url.pathname;
    const file = files.get(pathname);
    const json = pathname === '/inspector/events.json';
    if (!file && !json) return false;
    const headers = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method not allowed');
      return true;
    }
    res.writeHead(200, { ...headers, 'content-type': file ? file.type : 'application/json; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : file ? file.body : JSON.stringify(inspectorView(sources())));
    return true;
  };
}
