/**
 * Web-only sandbox APIs. Each one's permission is in gtm-sandbox/api-catalog.ts.
 * @see https://developers.google.com/tag-platform/tag-manager/templates/api
 */
import type { CommonApis } from './common';
import type { ConsentState, HashEncoding, SandboxFunction, SandboxValue } from './values';


export interface WebCookieOptions {
  domain?: string; path?: string; 'max-age'?: number; expires?: string; secure?: boolean;
  samesite?: 'Strict' | 'Lax' | 'None';
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface TemplateStorage {
  getItem(key: string): SandboxValue;
  setItem(key: string, value: unknown): void;
  removeItem(key: string): void;
  clear(): void;
}

export interface AnalyticsStorage {
  client_id: string;
  sessions: { measurement_id: string; session_id: string; session_number: number }[];
}

export type ConsentSettings = Record<string, ConsentState | string[] | number | undefined>;

export interface WebApis extends CommonApis {
  /** Calls listener(consentType, granted) when the consent type changes. @see https://developers.google.com/tag-platform/tag-manager/templates/api#addconsentlistener */
  addConsentListener(consentType: string, listener: (consentType: string, granted: boolean) => void): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#aliasinwindow */
  aliasInWindow(toPath: string, fromPath: string): boolean;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#callinwindow */
  callInWindow(pathToFunction: string, ...args: unknown[]): SandboxValue;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#copyfromdatalayer */
  copyFromDataLayer(key: string, dataLayerVersion?: number): SandboxValue;
  /** A deep copy of a window value. @see https://developers.google.com/tag-platform/tag-manager/templates/api#copyfromwindow */
  copyFromWindow(key: string): SandboxValue;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#createargumentsqueue */
  createArgumentsQueue(fnKey: string, arrayKey: string): SandboxFunction;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#createqueue */
  createQueue(arrayKey: string): (value: unknown) => void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#getcookievalues */
  getCookieValues(name: string, decode?: boolean): string[];
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#getqueryparameters */
  getQueryParameters(queryKey: string, retrieveAll?: boolean): string | string[] | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#getreferrerqueryparameters */
  getReferrerQueryParameters(queryKey: string, retrieveAll?: boolean): string | string[] | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#getreferrerurl */
  getReferrerUrl(component?: 'protocol' | 'host' | 'port' | 'path' | 'query' | 'extension'): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#geturl */
  getUrl(component?: 'protocol' | 'host' | 'port' | 'path' | 'query' | 'extension' | 'fragment'): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#gtagset */
  gtagSet(keyOrObject: string | Record<string, unknown>, value?: unknown): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#injecthiddeniframe */
  injectHiddenIframe(url: string, onSuccess?: () => void): void;
  /** Loads a script once per cacheToken. @see https://developers.google.com/tag-platform/tag-manager/templates/api#injectscript */
  injectScript(url: string, onSuccess: () => void, onFailure: () => void, cacheToken?: string): void;
  /** Unset consent counts as granted. @see https://developers.google.com/tag-platform/tag-manager/templates/api#isconsentgranted */
  isConsentGranted(consentType: string): boolean;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#localstorage */
  localStorage: StorageLike;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#readanalyticsstorage */
  readAnalyticsStorage(cookieOptions?: { cookie_prefix?: string; cookie_domain?: string; cookie_path?: string }): AnalyticsStorage | undefined;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#readcharacterset */
  readCharacterSet(): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#readtitle */
  readTitle(): string;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#sendpixel */
  sendPixel(url: string, onSuccess?: () => void, onFailure?: () => void): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#setcookie */
  setCookie(name: string, value: string, options?: WebCookieOptions, encode?: boolean): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#setdefaultconsentstate */
  setDefaultConsentState(settings: ConsentSettings): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#updateconsentstate */
  updateConsentState(settings: ConsentSettings): void;
  /** @see https://developers.google.com/tag-platform/tag-manager/templates/api#setinwindow */
  setInWindow(key: string, value: unknown, overrideExisting?: boolean): boolean;
  /** Asynchronous; base64 unless outputEncoding is 'hex'. @see https://developers.google.com/tag-platform/tag-manager/templates/api#sha256 */
  sha256(input: string, onSuccess: (digest: string) => void, onFailure?: () => void, options?: { outputEncoding?: HashEncoding }): void;
  /** Page-lifetime storage shared by every instance of the template, by reference. @see https://developers.google.com/tag-platform/tag-manager/templates/api#templatestorage */
  templateStorage: TemplateStorage;
}
