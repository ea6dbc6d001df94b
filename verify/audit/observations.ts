/**
 * What the audit observed in the browser, as plain data: the input of every rule (verify/audit/rules),
 * so the rules are tested without a browser. Everything here came from a web page and is untrusted.
 */
export type ConsentValue = 'granted' | 'denied' | 'unknown';

/** Consent Mode state of the page (from the dataLayer's consent commands, or Google's tag data). */
export interface ConsentState { readonly adStorage: ConsentValue; readonly adUserData: ConsentValue }

/** One call of `window.pintrk(...)`, captured before any page script ran (verify/audit/page-script.ts). */
export interface PintrkCall { readonly time: number; readonly args: unknown[]; readonly consent: ConsentState }

export type RequestKind = 'core-js' | 'tag' | 'server';

/** A request to core.js, to Pinterest's tag endpoint, or to the server container's /pinterest/ endpoint. */
export interface ObservedRequest {
  readonly kind: RequestKind;
  readonly time: number;
  /** The URL as the page asked for it (before any --route), without its query string. */
  readonly url: string;
  status?: number;
  failure?: string;
  /** Tag requests: the decoded `event`, `tid`, `ed` (event data) and `pd` (partner data). */
  readonly event?: string;
  readonly tagId?: string;
  readonly eventData?: Record<string, unknown>;
  readonly partnerData?: Record<string, unknown>;
  consent?: ConsentState;
}

/** One document loaded in the audited tab (a navigation or a reload starts a new page view). */
export interface PageView {
  readonly index: number;
  url: string;
  readonly step?: number;
  readonly startedAt: number;
  readonly calls: PintrkCall[];
  readonly requests: ObservedRequest[];
  /** dataLayer messages as pushed (sanitised copies). */
  readonly dataLayer: unknown[];
  consent: ConsentState;
  /** Pinterest cookie names present when the page view started and when it was last seen. */
  cookiesBefore: string[];
  cookiesAfter: string[];
  /** When the audit clicked a consent banner button on this page, and which. */
  auditConsent?: { readonly choice: 'accept' | 'reject'; readonly time: number };
  /** Set when the page could not be loaded: the rules then judge nothing else on it. */
  loadError?: string;
}

export const PINTEREST_COOKIES = ['_epik', '_pin_unauth', '_derived_epik'];

export const NO_CONSENT_MODE: ConsentState = { adStorage: 'unknown', adUserData: 'unknown' };
