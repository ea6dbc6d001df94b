/**
 * The audit's browser: Debian's chromium through Playwright (Playwright cannot download browsers here),
 * or the executable named by CHROMIUM_PATH. Missing chromium is a clear error, not a Playwright trace.
 *
 * The audit opens arbitrary sites, so Chromium's sandbox stays on. Chromium refuses to start as root with
 * its sandbox ("Running as root without --no-sandbox is not supported",
 * https://chromium.googlesource.com/chromium/src/+/main/docs/linux/sandboxing.md), so as root it runs
 * without it and the audit says so; PINTEREST_GTM_NO_SANDBOX=1 does the same where the sandbox cannot
 * start (a container without user namespaces). The tests set it, as every browser test of this repository
 * runs Chromium without its sandbox.
 */
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const NO_SANDBOX_VARIABLE = 'PINTEREST_GTM_NO_SANDBOX';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH && env.CHROMIUM_PATH.trim() !== '' ? env.CHROMIUM_PATH : DEFAULT_CHROMIUM;
}

/** Whether Chromium keeps its sandbox, and when not, why (for the audit to say). */
export function sandboxChoice(env: NodeJS.ProcessEnv = process.env, uid: number | null = process.getuid ? process.getuid() : null): { sandbox: boolean; reason?: string } {
  if (uid === 0) return { sandbox: false, reason: 'Chromium runs without its sandbox: the audit runs as root, where Chromium cannot use it (run as another user to keep it)' };
  if (env[NO_SANDBOX_VARIABLE] === '1') return { sandbox: false, reason: `Chromium runs without its sandbox: ${NO_SANDBOX_VARIABLE}=1` };
  return { sandbox: true };
}

export async function launchAuditBrowser(headed: boolean, env: NodeJS.ProcessEnv = process.env, notice: (message: string) => void = () => undefined): Promise<Browser> {
  const executablePath = chromiumPath(env);
  if (!fs.existsSync(executablePath)) {
    throw new Error(`no chromium at ${executablePath}: install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable`);
  }
  const { sandbox, reason } = sandboxChoice(env);
  if (reason) notice(reason);
  try {
    return await chromium.launch({
      executablePath, headless: !headed,
      args: [...(sandbox ? [] : ['--no-sandbox']), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (sandbox && /sandbox/i.test(message)) {
      throw new Error(`Chromium's sandbox cannot start here (${message.split('\n').find((l) => /sandbox/i.test(l))?.trim().slice(0, 200)}): `
        + `set ${NO_SANDBOX_VARIABLE}=1 to run without it, only against sites you trust`);
    }
    throw error;
  }
}
