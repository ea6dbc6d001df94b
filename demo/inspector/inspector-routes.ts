/**
 * The inspector's routes on the shop server: the page, its stylesheet and script (plain files in
 * page/), /inspector/events.json, the view built from the recorded traffic, and POST
 * /inspector/withheld, where the shop's own pages report the tag fires GTM held back for consent
 * (withheld.ts). Same origin as the shop, so the Pinterest fake needs no CORS; a strict
 * Content-Security-Policy allows only these files
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy).
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as path from 'node:path';
import { CLOSE, readBody } from '../../pinterest-fake/read-body';
import { inspectorView, type InspectorSources } from './timeline';
import { MAX_REPORT_BYTES, type WithheldStore } from './withheld';

const PAGE = path.join(__dirname, 'page');
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
export const REPORT_PATH = '/inspector/withheld';

const FILES: Record<string, { file: string; type: string }> = {
  '/inspector': { file: 'inspector.html', type: 'text/html; charset=utf-8' },
  '/inspector/inspector.css': { file: 'inspector.css', type: 'text/css; charset=utf-8' },
  '/inspector/inspector.js': { file: 'inspector.js', type: 'application/javascript; charset=utf-8' },
};
const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': CSP, 'referrer-policy': 'no-referrer' };

function answer(res: http.ServerResponse, status: number, body: string, extra: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra });
  res.end(body);
}

/**
 * A report is JSON (a type no other site's page can send without a CORS preflight, which is never
 * granted) from a page of the shop itself: its Origin is the shop's, as the browser sends it with
 * every POST (https://fetch.spec.whatwg.org/#origin-header).
 */
function takeReport(req: http.IncomingMessage, res: http.ServerResponse, withheld: WithheldStore): void {
  if (req.method !== 'POST') return answer(res, 405, 'Method not allowed', { allow: 'POST' });
  if (req.headers.origin !== `http://${String(req.headers.host)}`) return answer(res, 403, 'Reports come from the shop\'s own pages.', CLOSE);
  if (String(req.headers['content-type']).split(';')[0].trim().toLowerCase() !== 'application/json') return answer(res, 415, 'Send application/json.', CLOSE);
  void readBody(req, MAX_REPORT_BYTES).then((read) => {
    if (read.kind === 'aborted') return;
    if (read.kind === 'too large') return answer(res, 413, `A report is at most ${MAX_REPORT_BYTES} bytes.`, CLOSE);
    let report: unknown;
    try { report = JSON.parse(read.bytes.toString('utf8')); } catch { return answer(res, 400, 'Not JSON.'); }
    const result = withheld.report(report, Date.now());
    res.writeHead(200, { ...HEADERS, 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(result));
  });
}

/** Answers the inspector's requests; returns false for any other path. */
export function inspectorRoutes(sources: () => InspectorSources, withheld: WithheldStore): (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean {
  const files = new Map(Object.entries(FILES).map(([route, f]) => [route, { body: fs.readFileSync(path.join(PAGE, f.file), 'utf8'), type: f.type }]));
  return (req, res, url) => {
    const pathname = url.pathname === '/inspector/' ? '/inspector' : url.pathname;
    if (pathname === REPORT_PATH) { takeReport(req, res, withheld); return true; }
    const file = files.get(pathname);
    const json = pathname === '/inspector/events.json';
    if (!file && !json) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      answer(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
      return true;
    }
    res.writeHead(200, { ...HEADERS, 'content-type': file ? file.type : 'application/json; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : file ? file.body : JSON.stringify(inspectorView({ ...sources(), withheld: withheld.fires })));
    return true;
  };
}
