/**
 * The request rules of the demo's three servers (request-guard.ts): how large a body each takes, and
 * which of its requests record something, so that only the demo's own pages, or no page at all, may
 * send them from a browser.
 */
import { MAX_BODY_BYTES } from '../pinterest-fake/conversions-api';
import { MAX_REPORT_BYTES } from './inspector/withheld';
import type { GuardRules } from './request-guard';

const reads = (method: string): boolean => method === 'GET' || method === 'HEAD' || method === 'OPTIONS';

/** Pages and the inspector are read by anyone; the only write is a page's consent report (POST). */
export const SHOP_RULES: GuardRules = { maxBodyBytes: MAX_REPORT_BYTES, writers: (method) => (reads(method) ? 'any-page' : 'demo-pages') };

/**
 * The tag collector (GET /v3/, the pixel core.js sends from the shop's pages) records what it gets; the
 * Conversions API's POSTs come from the server container, never from a page.
 */
export const PINTEREST_RULES: GuardRules = {
  maxBodyBytes: MAX_BODY_BYTES,
  writers: (method, pathname) => (method === 'GET' && pathname === '/v3/' ? 'demo-pages' : reads(method) ? 'any-page' : 'no-page'),
};

/**
 * Every request to the server container can run its client and tags (the web tag forwards with a GET
 * pixel): only CORS preflights, which run nothing, come from any page. Its bodies are bounded here above
 * the Pinterest client's own limit (512,000 bytes in the fixture), which answers in its own words.
 */
export const SERVER_CONTAINER_RULES: GuardRules = { maxBodyBytes: 1024 * 1024, writers: (method) => (method === 'OPTIONS' ? 'any-page' : 'demo-pages') };
