// Jest's global setup and teardown: one chromium for all the browser suites of a full run. Each suite
// used to launch its own (about a second of CPU and start-up each on a loaded 2-core machine); they now
// connect to this one through tests/e2e/browser.ts (PINTEREST_GTM_BROWSER_WS), each in browser contexts
// of its own, as before. Runs limited to some paths (`npx jest tests/templates`) launch nothing here:
// their browser suites, if any, launch their own. https://playwright.dev/docs/api/class-browsertype#browser-type-launch-server
const fs = require('node:fs');
const { chromium } = require('playwright-core');

const ENDPOINT = 'PINTEREST_GTM_BROWSER_WS';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// The same switches as tests/e2e/browser.ts launches with.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function setup(globalConfig) {
  const limited = (globalConfig.testPathPatterns?.patterns ?? []).length > 0 || (globalConfig.nonFlagArgs ?? []).length > 0;
  if (process.env[ENDPOINT] || limited || !fs.existsSync(CHROMIUM_PATH)) return;
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: ARGS });
  globalThis.__pinterestGtmBrowserServer = server;
  // Workers start after global setup and inherit the environment.
  process.env[ENDPOINT] = server.wsEndpoint();
}

async function teardown() {
  const server = globalThis.__pinterestGtmBrowserServer;
  if (server) {
    delete process.env[ENDPOINT];
    await server.close();
  }
}

module.exports = { setup, teardown, ENDPOINT };
