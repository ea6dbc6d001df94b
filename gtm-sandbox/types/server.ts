/**
 * Server-only sandbox APIs (server-side GTM). Each one's permission is in gtm-sandbox/api-catalog.ts.
 * @see https://developers.google.com/tag-platform/tag-manager/server-side/api
 */
import type { CommonApis } from './common';
import type { HashEncoding, SandboxFunction, SandboxObject, SandboxPromise, SandboxValue } from './values';

export interface HttpResponse { statusCode: number; headers: Record<string, string>; body: string }
export interface HttpOptions {
  method?: string; headers?: Record<string, string>; timeout?: number; authorization?: unknown;
}
export type LegacyHttpCallback = (statusCode: number, headers: Record<string, string>, body: string) => void;

export interface ServerCookieOptions {
  domain?: string; path?: string; 'max-age'?: number; expires?: string; secure?: boolean;
  httpOnly?: boolean; sameSite?: 'Strict' | 'Lax' | 'None'; samesite?: 'Strict' | 'Lax' | 'None';
  fallbackDomain?: string;
}

export interface SandboxRegex { readonly pattern: string; readonly flags: string }

export interface PromiseApi {
  create<T>(executor: (resolve: (value: T) => void, reject: (reason: unknown) => void) => void): SandboxPromise<T>;
  all<T>(promises: SandboxPromise<T>[]): SandboxPromise<T[]>;
}

export interface BigQueryApi {
  insert(
    connection: { projectId?: string; datasetId: string; tableId: string },
    rows: SandboxObject[],
    options?: { ignoreUnknownValues?: boolean; skipInvalidRows?: boolean },
  ): SandboxPromise<void>;
}

export interface FirestoreDocument { id: string; data: SandboxObject }
export interface FirestoreApi {
  read(path: string, options?: { projectId?: string; databaseId?: string }): SandboxPromise<FirestoreDocument>;
  write(path: string, input: SandboxObject, options?: { projectId?: string; databaseId?: string; merge?: boolean }): SandboxPromise<string>;
  query(collection: string, queryConditions: [string, string, unknown][], options?: { projectId?: string; databaseId?: string; limit?: number }): SandboxPromise<FirestoreDocument[]>;
  runTransaction(callback: (transaction: { read: FirestoreApi['read']; write: FirestoreApi['write'] }) => SandboxPromise<unknown>, options?: { projectId?: string; databaseId?: string }): SandboxPromise<unknown>;
}

export interface TemplateDataStorage {
  getItemCopy(key: string): SandboxValue;
  setItemCopy(key: string, value: unknown): void;
  removeItem(key: string): void;
  clear(): void;
}


export interface ServerApis extends CommonApis {
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#addmessagelistener */
  addMessageListener(messageType: string, callback: (messageType: string, message: SandboxValue) => void): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#hasmessagelistener */
  hasMessageListener(messageType: string): boolean;
  /** Listeners run synchronously. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendmessage */
  sendMessage(messageType: string, message: unknown): void;
  /** Clients only, and only before the client returns. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#claimrequest */
  claimRequest(): void;
  /** '' when invalid. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#computeeffectivetldplusone */
  computeEffectiveTldPlusOne(domainOrUrl: string): string;
  /** RE2 syntax; null when the pattern is invalid. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#createregex */
  createRegex(pattern: string, flags?: string): SandboxRegex | null;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#testregex */
  testRegex(regex: SandboxRegex, input: string): boolean;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#extracteventsfrommpv1 */
  extractEventsFromMpv1(): SandboxObject[];
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#extracteventsfrommpv2 */
  extractEventsFromMpv2(): SandboxObject[];
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#isrequestmpv1 */
  isRequestMpv1(): boolean;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#isrequestmpv2 */
  isRequestMpv2(): boolean;
  /** A copy of the event data. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getalleventdata */
  getAllEventData(): SandboxObject;
  /** A copy of one value; keyPath like 'user_data.address.0.city'. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#geteventdata */
  getEventData(keyPath: string): SandboxValue;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getclientname */
  getClientName(): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getgoogleauth */
  getGoogleAuth(scopes: { scopes: string[] }): SandboxObject;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getgooglescript */
  getGoogleScript(script: 'ANALYTICS' | 'GTAG' | 'GTM', options?: { id?: string; debug?: boolean; timeout?: number }): SandboxPromise<{ script: string; metadata: SandboxObject }>;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getremoteaddress */
  getRemoteAddress(): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestbody */
  getRequestBody(): string | undefined;
  /** Repeated headers joined with ', '. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestheader */
  getRequestHeader(headerName: string): string | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestmethod */
  getRequestMethod(): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestpath */
  getRequestPath(): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestqueryparameter */
  getRequestQueryParameter(name: string): string | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestqueryparameters */
  getRequestQueryParameters(): Record<string, string | string[]>;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getrequestquerystring */
  getRequestQueryString(): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#hmacsha256 */
  hmacSha256(data: string, keyId: string, options?: { outputEncoding?: 'hex' | 'base64' | 'base64url' }): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#returnresponse */
  returnResponse(): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#runcontainer */
  runContainer(event: SandboxObject, onComplete?: (bindToEvent: <F extends SandboxFunction>(fn: F) => F) => void, onStart?: (bindToEvent: <F extends SandboxFunction>(fn: F) => F) => void): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendeventtogoogleanalytics */
  sendEventToGoogleAnalytics(event: SandboxObject): SandboxPromise<{ location?: string }>;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttpget */
  sendHttpGet(url: string, options?: HttpOptions): SandboxPromise<HttpResponse>;
  /**
   * Promise form, or the legacy callback form `(url, callback, options, body)`.
   * @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttprequest
   */
  sendHttpRequest(url: string, options?: HttpOptions, body?: string): SandboxPromise<HttpResponse>;
  sendHttpRequest(url: string, callback: LegacyHttpCallback, options?: HttpOptions, body?: string): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendpixelfrombrowser */
  sendPixelFromBrowser(url: string): boolean;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setcookie */
  setCookie(name: string, value: string, options?: ServerCookieOptions, noEncode?: boolean): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#getcookievalues */
  getCookieValues(name: string, noDecode?: boolean): string[];
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setpixelresponse */
  setPixelResponse(): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setresponsebody */
  setResponseBody(body: string, encoding?: 'utf8' | 'base64'): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setresponseheader */
  setResponseHeader(name: string, value: string | null): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setresponsestatus */
  setResponseStatus(statusCode: number): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sha256 */
  sha256(input: string, onSuccess: (digest: string) => void, options?: { outputEncoding?: HashEncoding }): void;
  /** base64 unless outputEncoding is 'hex'. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sha256sync */
  sha256Sync(input: string, options?: { outputEncoding?: HashEncoding }): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#templatedatastorage */
  templateDataStorage: TemplateDataStorage;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#bigquery */
  BigQuery: BigQueryApi;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#firestore */
  Firestore: FirestoreApi;
  /** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#promise */
  Promise: PromiseApi;
}
