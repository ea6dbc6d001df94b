/**
 * `pinterest-gtm audit`: the runbook's QA pass in a real browser. Runs the journey (or the start page
 * and the pages one link deep), watching the tag as Pinterest's Tag Helper would, then judges what it
 * saw (rules/), pairs it with the Conversions API logs and checks product ids against the feed. A step
 * that fails stops the journey; everything seen so far is still judged and reported.
 */
import type { Browser } from 'playwright-core';
import { DEFAULTS, type AuditOptions, type AuditResult, type StepRecord } from './audit-types';
import { launchAuditBrowser } from './browser';
import { clickConsent } from './consent-banner';
import { linksOnPage, sameSiteLinks } from './crawl';
import { checkFeed } from './feed-check';
import { finding, type Finding } from './findings';
import type { JourneyStep } from './journey';
import { analyse, mergeFindings } from './rules/analyse';
import { ruleContext } from './rules/context';
import { openSession, settle, type Session } from './session';
import { serverFindings } from './server-findings';
import { runStep, StepError, type StepContext } from './steps';

const message = (e: unknown): string => (e instanceof Error ? e.message.split('\n')[0] : String(e));

async function journey(session: Session, options: AuditOptions, result: AuditResult, progress: (m: string) => void): Promise<Finding[]> {
  const { page, observer } = session;
  const start = new URL(options.startUrl);
  const crawl = options.journey === undefined;
  const steps: JourneyStep[] = options.journey ? [...options.journey] : [{ action: 'goto', url: start.href, line: 0, label: 'start page' }];
  const ctx: StepContext = { page, observer, startUrl: start, timeoutMs: options.stepTimeoutMs, expectFrom: 0, previousStepAt: Date.now() };
  const own: Finding[] = [];
  let bannerFound = false;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const before = observer.views.length;
    const startedAt = Date.now();
    const where = options.journeyFile && step.line > 0 ? `${options.journeyFile}:${step.line}: ` : '';
    const record: StepRecord = { index: i, label: step.label, ...(step.line > 0 ? { line: step.line } : {}), ok: true, pages: [] };
    result.steps.push(record);
    observer.step = i;
    progress(step.label);
    let stop = false;
    try {
      own.push(...(await runStep(ctx, step, i)));
    } catch (error) {
      const e = error instanceof StepError ? error : new StepError(message(error));
      record.ok = false;
      record.error = e.message;
      progress(`${where}${step.label} failed: ${e.message}`);
      if (e.unreachable) {
        observer.failedPage(step.action === 'goto' ? new URL(step.url, start).href : page.url(), e.message, before);
        own.push(finding('site-unreachable', `${where}${step.label}: ${e.message}`, { step: i }));
      } else {
        own.push(finding('step-failed', `${where}${step.label}: ${e.message}`, { step: i, url: page.url() }));
      }
      stop = !crawl || i === 0;
    }
    ctx.previousStepAt = startedAt;
    const navigated = observer.views.length > before;
    await settle(page, options.settleMs, navigated);
    if (options.consent !== 'none' && record.ok && observer.views.length > before) {
      const time = Date.now();
      if (await clickConsent(page, options.consent, bannerFound ? 0 : DEFAULTS.bannerWaitMs).catch(() => false)) {
        observer.markConsent(options.consent, time);
        bannerFound = true;
        progress(`clicked "${options.consent}" on the consent banner`);
        await settle(page, options.settleMs, false);
      }
    }
    await observer.flush();
    record.pages = observer.views.length > before ? observer.views.slice(before).map((v) => v.index) : observer.views.length > 0 ? [observer.views.length - 1] : [];
    record.url = page.url();
    if (options.screenshots) record.screenshot = await page.screenshot({ type: 'jpeg', quality: 60, timeout: 10_000 }).catch(() => undefined);
    if (crawl && i === 0 && record.ok) {
      const links = sameSiteLinks(await linksOnPage(page), start, options.maxPages);
      steps.push(...links.map((url, n): JourneyStep => ({ action: 'goto', url, line: 0, label: `link ${n + 1}` })));
    }
    if (stop) break;
  }
  await observer.flush();
  if (options.consent !== 'none' && !bannerFound) {
    own.push(finding('consent-banner-not-found', `no "${options.consent}" button found on the consent banner`));
  }
  return own;
}

export async function runAudit(options: AuditOptions, deps: { browser?: Browser; progress?: (m: string) => void } = {}): Promise<AuditResult> {
  const progress = deps.progress ?? (() => undefined);
  const result: AuditResult = { startUrl: options.startUrl, startedAt: Date.now(), finishedAt: 0, userAgent: '', steps: [], views: [], findings: [] };
  const findings: Finding[] = [];
  let browser = deps.browser;
  try {
    browser ??= await launchAuditBrowser(options.headed, process.env, progress);
    const session = await openSession(browser, options.routes, options.serverOrigins);
    result.userAgent = session.userAgent;
    try {
      findings.push(...(await journey(session, options, result, progress)));
    } finally {
      result.views = session.observer.views;
      await session.context.close().catch(() => undefined);
    }
  } catch (error) {
    result.aborted = message(error);
  } finally {
    if (!deps.browser) await browser?.close().catch(() => undefined);
  }
  result.finishedAt = Date.now();
  findings.push(...analyse(result.views, { tagId: options.tagId }));
  const events = ruleContext(result.views, {}).events;
  try {
    if (options.serverLogs) {
      progress(`pairing with ${options.serverLogs}`);
      const server = await serverFindings(options.serverLogs, events, result, options.serverWaitMs);
      result.pairing = server.pairing;
      findings.push(...server.findings);
    }
    if (options.feed) {
      progress(`checking product ids against ${options.feed}`);
      const feed = await checkFeed(options.feed, events, result.views, progress);
      result.catalog = feed.summary;
      findings.push(...feed.findings);
    }
  } catch (error) {
    result.aborted ??= message(error);
  }
  result.findings = mergeFindings(findings);
  return result;
}
