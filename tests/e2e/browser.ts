/**
 * Debian's chromium for Playwright (Playwright cannot download browsers here). CHROMIUM_PATH overrides
 * the path; .ci/run installs the package when it is missing.
 */
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * A chromium for a test suite: the one a full jest run shares (tests/support/browser-server.js; close()
 * then only disconnects this suite and closes its contexts), else one of its own.
 */
export function launchChromium(): Promise<Browser> {
  const shared = process.env.PINTEREST_GTM_BROWSER_WS;
  if (shared) return chromium.connect(shared, { timeout: 60_000 });
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`no chromium at ${CHROMIUM_PATH}: run apt-get install -y chromium, or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Waits until `condition` holds (end-to-end steps are asynchronous: images, HTTP, retries). The limit
 * only ends a wait that will not end (a broken step): a loaded machine running suites side by side can
 * take tens of seconds for a step that takes one when idle.
 */
export async function waitFor<T>(what: string, probe: () => T | Promise<T>, holds: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (holds(value)) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
