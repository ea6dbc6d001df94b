/**
 * The environment a template runs against. APIs read and change it; tests and the CLI observe it.
 * `World` is the interface (a browser page implements it later, see the container-runtime issue);
 * `createWorld()` is the in-memory simulation used offline.
 */
import type { ConsentState } from '../types/values';
import { withCookies } from './cookie-header';
import { mergeIntoModel } from './data-layer-model';

export interface CookieWrite { name: string; value: string; options: Record<string, unknown> }
export interface HttpRequestRecord { url: string; method: string; headers: Record<string, string>; body: string | undefined; timeout: number }
export interface ScriptedResponse { url: string; status?: number; headers?: Record<string, string>; body?: string; error?: 'failed' | 'timed_out' }
export interface LogLine { values: unknown[] }
export interface WindowCall { fn: string; args: unknown[] }

export interface ServerRequest {
  method: string; path: string; query: Record<string, string | string[]>; headers: Record<string, string | string[]>;
  body: string; remoteAddress: string;
}
export interface ServerResponse { status: number; headers: Record<string, string>; body: string; returned: boolean }

export interface World {
  // Page (web).
  url: string;
  referrer: string;
  title: string;
  characterSet: string;
  /** Window globals, as host values (functions allowed). */
  readonly window: Record<string, unknown>;
  /** The dataLayer model for the event being processed (copyFromDataLayer reads it). */
  dataLayer: Record<string, unknown>;
  readonly dataLayerPushes: unknown[];
  /** name → values: the page's cookies (web); on the server they were added to the request's Cookie header. */
  readonly cookies: Map<string, string[]>;
  readonly cookiesSet: CookieWrite[];
  readonly consent: Map<string, ConsentState>;
  readonly consentListeners: { type: string; listener: (type: string, granted: boolean) => void }[];
  readonly localStorage: Map<string, string>;
  /** templateStorage (web, by reference) and templateDataStorage (server, copies), shared per template. */
  readonly templateStorage: Map<string, unknown>;
  readonly injectedScripts: string[];
  readonly injectedIframes: string[];
  readonly pixels: string[];
  readonly windowCalls: WindowCall[];
  /** How script, iframe and pixel loads end; default success; 'never' leaves them pending. */
  loadOutcome: (url: string, kind: 'script' | 'iframe' | 'pixel') => 'success' | 'failure' | 'never';
  /** A real page loads them itself (browser runtime); answers whether the load succeeded. */
  loadResource?: (url: string, kind: 'script' | 'iframe' | 'pixel') => Promise<boolean>;
  /** A real page writes cookies itself (browser runtime). */
  writeCookie?: (write: CookieWrite) => void;
  readonly logs: LogLine[];
  debugMode: boolean;
  containerId: string;
  /** Milliseconds since the epoch, for getTimestampMillis. */
  now: () => number;
  random: () => number;

  // Server.
  request: ServerRequest;
  eventData: Record<string, unknown>;
  readonly http: HttpRequestRecord[];
  readonly responses: ScriptedResponse[];
  /**
   * Live outgoing HTTP (gtm-sandbox serve): when set, requests go through it instead of the scripted
   * responses. It rejects with 'timed_out' or 'failed' as GTM's promise does.
   */
  transport?: (request: HttpRequestRecord) => Promise<{ status: number; headers: Record<string, string>; body: string }>;
  readonly response: ServerResponse;
  readonly events: Record<string, unknown>[];
  /** Tags runContainer fires for each event, as host callbacks. */
  containerTags: ((event: Record<string, unknown>) => Promise<void> | void)[];
  readonly bigQuery: { table: string; rows: unknown[] }[];
  readonly firestore: Map<string, Record<string, unknown>>;
  readonly messageListeners: Map<string, ((type: string, message: unknown) => void)[]>;
  clientName: string;
  /** Set by claimRequest: this client answers the request. */
  requestClaimed: boolean;
  /** hmacSha256 keys (id → base64 secret), as server-side GTM reads them from SGTM_CREDENTIALS. */
  readonly privateKeys: Map<string, string>;
  /** Events handed to sendEventToGoogleAnalytics. */
  readonly analyticsEvents: Record<string, unknown>[];
}

export interface WorldOptions {
  url?: string; referrer?: string; title?: string; window?: Record<string, unknown>; dataLayer?: Record<string, unknown>;
  cookies?: Record<string, string | string[]>; consent?: Record<string, ConsentState>; debugMode?: boolean;
  request?: Partial<ServerRequest>; eventData?: Record<string, unknown>; responses?: ScriptedResponse[]; now?: number;
  privateKeys?: Record<string, string>;
  /** Shared with other runs of the same template (a container runtime keeps one per template). */
  templateStorage?: Map<string, unknown>;
  /** Firestore's documents, shared by every run of a container, as a real database outlives requests. */
  firestore?: Map<string, Record<string, unknown>>;
}

export function createWorld(options: WorldOptions = {}): World {
  const cookies = new Map<string, string[]>();
  for (const [name, value] of Object.entries(options.cookies ?? {})) cookies.set(name, Array.isArray(value) ? value : [value]);
  const fixedNow = options.now;
  return {
    url: options.url ?? 'https://shop.example/',
    referrer: options.referrer ?? '',
    title: options.title ?? '',
    characterSet: 'UTF-8',
    window: { ...(options.window ?? {}) },
    dataLayer: mergeIntoModel({}, options.dataLayer ?? {}),
    dataLayerPushes: [],
    cookies,
    cookiesSet: [],
    consent: new Map(Object.entries(options.consent ?? {})),
    consentListeners: [],
    localStorage: new Map(),
    templateStorage: options.templateStorage ?? new Map(),
    injectedScripts: [],
    injectedIframes: [],
    pixels: [],
    windowCalls: [],
    loadOutcome: () => 'success',
    logs: [],
    debugMode: options.debugMode ?? false,
    containerId: 'GTM-SANDBOX',
    now: () => fixedNow ?? Date.now(),
    random: Math.random,
    // `cookies` also reach a server template the way a browser sends them: in the Cookie header.
    request: withCookies({
      method: 'GET', path: '/', query: {}, headers: {}, body: '', remoteAddress: '203.0.113.7',
      ...(options.request ?? {}),
    }, cookies),
    eventData: { ...(options.eventData ?? {}) },
    http: [],
    responses: [...(options.responses ?? [])],
    response: { status: 200, headers: {}, body: '', returned: false },
    events: [],
    containerTags: [],
    bigQuery: [],
    firestore: options.firestore ?? new Map(),
    messageListeners: new Map(),
    clientName: 'Pinterest',
    requestClaimed: false,
    privateKeys: new Map(Object.entries(options.privateKeys ?? {})),
    analyticsEvents: [],
  };
}

/** The same World answering a new request: nothing claimed, the response not built or returned yet. */
export function startNewRequest(world: World): void {
  world.requestClaimed = false;
  Object.assign(world.response, { status: 200, headers: {}, body: '', returned: false });
}
