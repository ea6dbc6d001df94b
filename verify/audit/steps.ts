/**
 * Runs one journey step in the audited tab. Text targets are found as a visitor sees them (a button or
 * link by its name, else exact visible text); fields by label or placeholder; `selector` is CSS.
 * A step that cannot be done throws a StepError naming what was missing.
 */
import type { Locator, Page } from 'playwright-core';
import { finding, type Finding } from './findings';
import { findExpected, sentEvents } from './expectations';
import type { JourneyStep } from './journey';
import type { Observer } from './observer';

export class StepError extends Error {
  constructor(message: string, readonly unreachable = false) { super(message); }
}

export interface StepContext {
  readonly page: Page;
  readonly observer: Observer;
  readonly startUrl: URL;
  readonly timeoutMs: number;
  /** Where the next `expect` starts looking (events before it were matched already). */
  expectFrom: number;
  /** When the previous step started: `wait: { request }` accepts requests since then or on the current page. */
  previousStepAt: number;
}

const EXPECT_TIMEOUT_MS = 5000;

function byText(page: Page, text: string): Locator {
  return page.getByRole('button', { name: text }).or(page.getByRole('link', { name: text })).or(page.getByText(text, { exact: true })).first();
}

function field(page: Page, s: { field?: string; selector?: string }): Locator {
  return s.selector !== undefined ? page.locator(s.selector).first() : page.getByLabel(s.field ?? '').or(page.getByPlaceholder(s.field ?? '')).first();
}

const missing = (what: string, error: unknown): StepError => new StepError(`${what} not found or not usable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);

export async function goto(page: Page, url: URL, timeout: number): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new StepError(`${url.href} is not an http(s) URL`, true);
  let response;
  try { response = await page.goto(url.href, { waitUntil: 'load', timeout }); } catch (error) {
    throw new StepError(`${url.href} could not be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, true);
  }
  if (response && response.status() >= 400) throw new StepError(`${url.href} answered HTTP ${response.status()}`, true);
}

async function waitFor(ctx: StepContext, step: Extract<JourneyStep, { action: 'wait' }>, timeout: number): Promise<void> {
  if (step.ms !== undefined) { await ctx.page.waitForTimeout(step.ms); return; }
  if (step.text !== undefined) {
    await ctx.page.getByText(step.text).first().waitFor({ state: 'visible', timeout }).catch((e) => { throw missing(`text ${JSON.stringify(step.text)}`, e); });
    return;
  }
  const wanted = step.request ?? '';
  const until = Date.now() + timeout;
  const since = Math.min(ctx.previousStepAt, ctx.observer.lastNavigationAt);
  while (!ctx.observer.requestLog.some((r) => r.time >= since && r.url.includes(wanted))) {
    if (Date.now() > until) throw new StepError(`no request to a URL containing ${JSON.stringify(wanted)} within ${timeout} ms`);
    await ctx.page.waitForTimeout(100);
  }
}

async function expectEvent(ctx: StepContext, step: Extract<JourneyStep, { action: 'expect' }>, index: number): Promise<Finding[]> {
  const until = Date.now() + (step.timeout ?? EXPECT_TIMEOUT_MS);
  for (;;) {
    await ctx.observer.flush();
    const found = findExpected(sentEvents(ctx.observer.views), ctx.expectFrom, step);
    if (found >= 0) { ctx.expectFrom = found + 1; return []; }
    if (Date.now() > until) {
      const detail = [Object.keys(step.params).length > 0 ? `params ${JSON.stringify(step.params).slice(0, 200)}` : '', step.has.length > 0 ? `with ${step.has.join(', ')}` : ''].filter(Boolean).join(' ');
      return [finding('expect-not-met', `no ${JSON.stringify(step.event)} event${detail ? ` (${detail})` : ''} was sent`, { step: index, url: ctx.page.url(), event: step.event.slice(0, 60) })];
    }
    await ctx.page.waitForTimeout(200);
  }
}

/** Runs the step; answers findings it produced itself (expect); throws StepError when it cannot be done. */
export async function runStep(ctx: StepContext, step: JourneyStep, index: number): Promise<Finding[]> {
  const timeout = step.timeout ?? ctx.timeoutMs;
  const { page } = ctx;
  switch (step.action) {
    case 'goto': await goto(page, new URL(step.url, ctx.startUrl), timeout); return [];
    case 'click': {
      const target = step.selector !== undefined ? page.locator(step.selector).first() : byText(page, step.text ?? '');
      await target.click({ timeout }).catch((e) => { throw missing(step.selector !== undefined ? `selector ${JSON.stringify(step.selector)}` : `text ${JSON.stringify(step.text)}`, e); });
      return [];
    }
    case 'fill': await field(page, step).fill(step.value, { timeout }).catch((e) => { throw missing(`field ${JSON.stringify(step.field ?? step.selector)}`, e); }); return [];
    case 'select': await field(page, step).selectOption(step.option, { timeout }).catch((e) => { throw missing(`option ${JSON.stringify(step.option)} of ${JSON.stringify(step.field ?? step.selector)}`, e); }); return [];
    case 'wait': await waitFor(ctx, step, timeout); return [];
    case 'push': await page.evaluate(`(window.dataLayer = window.dataLayer || []).push(${JSON.stringify(step.message)})`); return [];
    default: return expectEvent(ctx, step, index);
  }
}
