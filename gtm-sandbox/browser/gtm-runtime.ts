/**
 * A stand-in for Google's gtm.js that runs a web container export in a page with gtm-sandbox: it
 * processes window.dataLayer (messages already queued, then every push), sends gtm.js, gtm.dom and
 * gtm.load, and runs custom templates against the real page. For the demo and end-to-end tests only:
 * production pages load Google's gtm.js.
 */
import { readContainerExport } from '../container/export-format';
import { createWebContainer } from '../container/web-container';
import { createPageRealm } from '../runtime/page-realm';
import { createPageWorld, type Routes } from './page-world';

export interface StartOptions { containerUrl: string; routes?: Routes }

async function start(options: StartOptions): Promise<void> {
  const text = await (await fetch(options.containerUrl)).text();
  const world = createPageWorld(options.routes ?? {});
  const container = createWebContainer(readContainerExport(text, options.containerUrl), world, { createRealm: createPageRealm });
  const w = window as unknown as { dataLayer?: unknown[]; pinterestGtmSandbox?: unknown };
  const dataLayer = (w.dataLayer = w.dataLayer ?? []);
  // Each message is processed when it is pushed, as gtm.js does: its tags' code runs before push returns,
  // while the page still shows the state the message describes (a single-page app's route); their
  // callbacks finish later and hold back no later message.
  const enqueue = (message: unknown): void => { container.push(message).catch((e: unknown) => console.error('[gtm-sandbox]', e)); };
  const earlier = dataLayer.slice();
  const push = Array.prototype.push;
  dataLayer.push = (...messages: unknown[]): number => { for (const m of messages) enqueue(m); return push.apply(dataLayer, messages); };
  for (const m of earlier) enqueue(m);
  dataLayer.push({ event: 'gtm.js', 'gtm.start': Date.now() });
  const domReady = (): void => { dataLayer.push({ event: 'gtm.dom' }); };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', domReady); else domReady();
  const loaded = (): void => { dataLayer.push({ event: 'gtm.load' }); };
  if (document.readyState === 'complete') loaded(); else window.addEventListener('load', loaded);
  (w as { pinterestGtmSandboxRuns?: unknown }).pinterestGtmSandboxRuns = container.tagRuns;
}

(window as unknown as { pinterestGtmSandbox: { start: typeof start } }).pinterestGtmSandbox = { start };
