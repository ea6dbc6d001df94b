/**
 * Watches one audited tab the way a Tag Helper does: pintrk calls and dataLayer reads from the page
 * script, requests to core.js, Pinterest's tag endpoint and the server container, and Pinterest's
 * cookies. Every record from the page is checked and bounded before it is kept.
 */
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import { NO_CONSENT_MODE, PINTEREST_COOKIES, type ConsentState, type ConsentValue, type ObservedRequest, type PageView } from './observations';
import { BINDING, FLUSH, PAGE_SCRIPT } from './page-script';
import { requestKind, tagPayload, unrouted, withoutQuery, type Route } from './requests';

const LIMITS = { calls: 2000, dataLayer: 1000, requests: 2000, requestLog: 10000 };
const CONSENT_VALUES: ConsentValue[] = ['granted', 'denied', 'unknown'];

interface PageRecord { kind: 'start' | 'pintrk' | 'flush'; docId: string; url: string; consent: ConsentState; dataLayer: unknown[]; args?: unknown[] }

function pageRecord(value: unknown): PageRecord | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const r = value as Record<string, unknown>;
  const c = r.consent as Record<string, unknown> | undefined;
  if (!['start', 'pintrk', 'flush'].includes(String(r.kind)) || typeof r.docId !== 'string' || r.docId.length > 100 || typeof r.url !== 'string') return undefined;
  const consent: ConsentState = c && typeof c === 'object'
    ? { adStorage: CONSENT_VALUES.find((v) => v === c.adStorage) ?? 'unknown', adUserData: CONSENT_VALUES.find((v) => v === c.adUserData) ?? 'unknown' }
    : NO_CONSENT_MODE;
  return {
    kind: r.kind as PageRecord['kind'], docId: r.docId, url: r.url.slice(0, 4000), consent,
    dataLayer: Array.isArray(r.dataLayer) ? r.dataLayer.slice(0, 200) : [], args: Array.isArray(r.args) ? r.args.slice(0, 10) : undefined,
  };
}

export class Observer {
  readonly views: PageView[] = [];
  /** Every request URL (as the page asked for it) with its time, for `wait: { request }`. */
  readonly requestLog: { time: number; url: string }[] = [];
  /** When the main frame last started loading a document. */
  lastNavigationAt = 0;
  step: number | undefined;
  private readonly byDoc = new Map<string, PageView>();
  private readonly byRequest = new Map<Request, ObservedRequest>();
  private current: PageView | undefined;
  /**
   * Requests made after the main frame started navigating and before the new document reported itself:
   * they belong to the new page view (its own subresources: an image tag in the HTML is requested early).
   */
  private pending: ObservedRequest[] | undefined;
  private page: Page | undefined;
  private cookies: string[] = [];
  private cookieChain: Promise<void> = Promise.resolve();

  constructor(private readonly context: BrowserContext, private readonly routes: Route[], private readonly serverOrigins: string[]) {}

  /** Before the audited page exists: the binding and the page script apply to every document it loads. */
  async attach(): Promise<void> {
    await this.context.exposeBinding(BINDING, (source: { page: Page | null; frame: Frame }, record: unknown) => {
      if (this.page !== undefined && source.page === this.page && source.frame === this.page.mainFrame()) this.onRecord(record);
    });
    await this.context.addInitScript({ content: PAGE_SCRIPT });
  }

  watch(page: Page): void {
    this.page = page;
    page.on('request', (r) => this.onRequest(r));
    page.on('response', (res) => { const o = this.byRequest.get(res.request()); if (o) o.status = res.status(); });
    page.on('requestfailed', (r) => { const o = this.byRequest.get(r); if (o) o.failure = r.failure()?.errorText ?? 'failed'; });
  }

  private onRecord(value: unknown): void {
    const record = pageRecord(value);
    // Only web pages: not the browser's own error page after a failed load, nor about:blank.
    if (!record || !/^https?:/i.test(record.url)) return;
    const now = Date.now();
    let view = this.byDoc.get(record.docId);
    if (!view) {
      view = {
        index: this.views.length, url: record.url, step: this.step, startedAt: now, calls: [], requests: [], dataLayer: [],
        consent: record.consent, cookiesBefore: [], cookiesAfter: [],
      };
      const created = view;
      this.cookieChain = this.cookieChain.then(() => { created.cookiesBefore = [...this.cookies]; created.cookiesAfter = [...this.cookies]; });
      this.views.push(view);
      this.byDoc.set(record.docId, view);
      this.current = view;
      this.adoptPending(view, record.consent);
    }
    view.consent = record.consent;
    view.dataLayer.push(...record.dataLayer.slice(0, Math.max(0, LIMITS.dataLayer - view.dataLayer.length)));
    if (record.kind === 'pintrk' && record.args && view.calls.length < LIMITS.calls) view.calls.push({ time: now, args: record.args, consent: record.consent });
    if (record.kind === 'flush') this.snapshotCookies(view);
  }

  private onRequest(request: Request): void {
    const url = unrouted(request.url(), this.routes);
    const now = Date.now();
    if (this.requestLog.length < LIMITS.requestLog) this.requestLog.push({ time: now, url });
    if (request.isNavigationRequest() && request.frame() === this.page?.mainFrame()) {
      this.pending ??= [];
      this.lastNavigationAt = now;
      return;
    }
    const kind = requestKind(url, this.serverOrigins);
    const into = this.pending ?? this.current?.requests;
    if (!kind || !into || into.length >= LIMITS.requests) return;
    const payload = kind === 'tag' ? tagPayload(url, request.postData()) : {};
    const observed: ObservedRequest = { kind, time: now, url: withoutQuery(url), ...(this.pending ? {} : { consent: this.current?.consent }), ...payload };
    into.push(observed);
    this.byRequest.set(request, observed);
  }

  /** Requests waiting for their document, with the consent state it reported first. */
  private adoptPending(view: PageView, consent: ConsentState): void {
    for (const r of this.pending ?? []) {
      r.consent ??= consent;
      view.requests.push(r);
    }
    this.pending = undefined;
  }

  private snapshotCookies(view: PageView): void {
    this.cookieChain = this.cookieChain.then(async () => {
      const names = (await this.context.cookies().catch(() => [])).map((c) => c.name).filter((n) => PINTEREST_COOKIES.includes(n));
      this.cookies = [...new Set(names)];
      view.cookiesAfter = this.cookies;
    });
  }

  /** Asks the page for what it has not reported yet (dataLayer, consent) and reads the cookies. */
  async flush(): Promise<void> {
    await this.page?.evaluate(`typeof window.${FLUSH} === 'function' && window.${FLUSH}()`).catch(() => undefined);
    // After a load, a new document has reported itself long ago: what is still pending (a navigation that
    // became a download or a 204) belongs to the page that stayed.
    if (this.current && this.pending) this.adoptPending(this.current, this.current.consent);
    if (this.current) this.snapshotCookies(this.current);
    await this.cookieChain;
  }

  /** The audit clicked the consent banner at `time` (taken just before the click). */
  markConsent(choice: 'accept' | 'reject', time: number): void {
    if (this.current) this.current.auditConsent = { choice, time };
  }

  /** A page that could not be loaded (the document of `since` onwards, or a placeholder): judged for nothing else. */
  failedPage(url: string, error: string, since: number): PageView {
    const loaded = this.views[since];
    this.pending = undefined;
    if (loaded) { loaded.loadError = error; return loaded; }
    const view: PageView = {
      index: this.views.length, url, step: this.step, startedAt: Date.now(), calls: [], requests: [], dataLayer: [],
      consent: NO_CONSENT_MODE, cookiesBefore: [...this.cookies], cookiesAfter: [...this.cookies], loadError: error,
    };
    this.views.push(view);
    return view;
  }

  /** Page views started since `since` (an index into views). */
  viewsSince(since: number): PageView[] { return this.views.slice(since); }
}
