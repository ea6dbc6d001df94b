/**
 * The audit's browser: Debian's chromium through Playwright (Playwright cannot download browsers here),
 * or the executable named by CHROMIUM_PATH. Missing chromium is a clear error, not a Playwright trace.
 */
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH && env.CHROMIUM_PATH.trim() !== '' ? env.CHROMIUM_PATH : DEFAULT_CHROMIUM;
}

export async function launchAuditBrowser(headed: boolean, env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const executablePath = chromiumPath(env);
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no chromium at ${executablePath}: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable`);
  }
  return chromium.launch({
    executablePath, headless: !headed,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
