/**
 * The audited tab: a fresh browser context (no cookies from other runs), `--route` origins answered by
 * their local stand-ins (the page keeps the original URL, so it behaves as in production), and the
 * observer attached before the first document loads.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Observer } from './observer';
import type { Route } from './requests';

export interface Session { readonly context: BrowserContext; readonly page: Page; readonly observer: Observer; readonly userAgent: string }

async function routeTo(context: BrowserContext, r: Route): Promise<void> {
  const mine = (url: URL): boolean => url.href === r.from || url.href.startsWith(`${r.from}/`) || url.href.startsWith(`${r.from}?`);
  await context.route(mine, async (route) => {
    const target = r.to + route.request().url().slice(r.from.length);
    try {
      const response = await route.fetch({ url: target });
      await route.fulfill({ response });
    } catch {
      await route.abort('connectionrefused').catch(() => undefined);
    }
  });
}

export async function openSession(browser: Browser, routes: Route[], serverOrigins: string[]): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    for (const r of routes) await routeTo(context, r);
    const observer = new Observer(context, routes, serverOrigins);
    await observer.attach();
    const page = await context.newPage();
    observer.watch(page);
    const userAgent = String(await page.evaluate('navigator.userAgent'));
    return { context, page, observer, userAgent };
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/** Lets the page finish what a step started: the load, then network quiet (bounded). */
export async function settle(page: Page, settleMs: number, navigated: boolean): Promise<void> {
  if (navigated) {
    await page.waitForLoadState('load', { timeout: settleMs }).catch(() => undefined);
    await page.waitForLoadState('networkidle', { timeout: settleMs }).catch(() => undefined);
  } else {
    await page.waitForTimeout(Math.min(300, settleMs));
  }
}
