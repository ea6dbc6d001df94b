/**
 * The Pinterest fake for the demo and end-to-end tests, on one local port: core.js, the tag's
 * collector (/v3/), and the Conversions API (/v5/…, see conversions-api.ts), with /_fake/* to read
 * what arrived (no CORS: only the demo itself and local tools read them).
 */
import type * as http from 'node:http';
import { createConversionsApiFake, keepRecent, type ConversionsApiFake, type FakeOptions } from './conversions-api';
import { CORE_JS } from './core-js';

/** `clickId`: the click id core.js sent with the event (the epik URL parameter or the _epik cookie), if any. */
export interface TagEvent { readonly time: number; readonly event: string; readonly tagId: string; readonly data: Record<string, unknown>; readonly partner: Record<string, unknown>; readonly page: string; readonly clickId?: string }
export interface PinterestFake extends ConversionsApiFake { readonly tagEvents: TagEvent[] }

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
/** A JSON object from a query parameter; anything else (bad JSON, arrays, numbers) reads as {}. */
const json = (text: string | null): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : {};
  } catch { return {}; }
};

/** The demo's fake keeps the last 1000 requests and tag events (a long session stays bounded). */
export const DEMO_MAX_RECORDS = 1000;

export function createPinterestFake(options: FakeOptions = { maxRecords: DEMO_MAX_RECORDS }): PinterestFake {
  const maxRecords = Math.max(1, options.maxRecords ?? Infinity);
  const tagEvents: TagEvent[] = [];
  const routes = (req: http.IncomingMessage, res: http.ServerResponse, url: URL): boolean => {
    if (req.method === 'GET' && url.pathname === '/ct/core.js') {
      res.writeHead(200, { 'content-type': 'application/javascript', 'cache-control': 'no-store' });
      res.end(CORE_JS);
      return true;
    }
    if (req.method === 'GET' && url.pathname === '/v3/') {
      keepRecent(tagEvents, maxRecords, { time: Date.now(), event: url.searchParams.get('event') ?? '', tagId: url.searchParams.get('tid') ?? '', data: json(url.searchParams.get('ed')), partner: json(url.searchParams.get('pd')), page: String(json(url.searchParams.get('ad')).loc ?? ''), ...(url.searchParams.get('epik') ? { clickId: String(url.searchParams.get('epik')).slice(0, 500) } : {}) });
      res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
      res.end(GIF);
      return true;
    }
    if (req.method === 'GET' && url.pathname === '/_fake/tag-events') {
      res.writeHead(200, { 'content-type': 'application/json', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
      res.end(JSON.stringify(tagEvents));
      return true;
    }
    return false;
  };
  const fake = createConversionsApiFake(routes, { maxRecords });
  return { ...fake, tagEvents };
}
