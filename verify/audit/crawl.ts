/**
 * Without a journey the audit visits the start page and the pages one link deep on the same origin,
 * at most `maxPages` in all. Links that download files or sign the visitor out are not followed.
 */
import type { Page } from 'playwright-core';

const FILES = /\.(pdf|zip|gz|jpe?g|png|gif|svg|webp|avif|mp4|webm|mp3|docx?|xlsx?|pptx?|csv|xml|json|ics)$/i;
const SIGN_OUT = /(log|sign)[-_]?out|logoff|wp-login|\/cart\/(clear|remove)/i;

export function sameSiteLinks(hrefs: unknown[], start: URL, maxPages: number): string[] {
  const out: string[] = [];
  const seen = new Set([start.href.split('#')[0]]);
  for (const href of hrefs) {
    if (out.length >= maxPages - 1) break;
    if (typeof href !== 'string') continue;
    let url: URL;
    try { url = new URL(href, start); } catch { continue; }
    url.hash = '';
    if (url.origin !== start.origin || FILES.test(url.pathname) || SIGN_OUT.test(url.pathname + url.search) || seen.has(url.href)) continue;
    seen.add(url.href);
    out.push(url.href);
  }
  return out;
}

export async function linksOnPage(page: Page): Promise<unknown[]> {
  const hrefs = await page.evaluate('Array.prototype.slice.call(document.querySelectorAll("a[href]"), 0, 2000).map(function (a) { return String(a.href); })').catch(() => []);
  return Array.isArray(hrefs) ? hrefs : [];
}
