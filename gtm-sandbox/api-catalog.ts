/**
 * The registry of GTM sandbox APIs: which container types have each one and which permission it
 * needs. The compiler derives permissions from it, the emulator registers one implementation per entry,
 * and the `satisfies` clauses keep it in step with the typed declarations in types/.
 *
 * Permission mapping: "Required by" on
 * https://developers.google.com/tag-platform/tag-manager/templates/permissions (web) and
 * https://developers.google.com/tag-platform/tag-manager/server-side/permissions (server).
 */
import type { CommonApis } from './types/common';
import type { ServerApis } from './types/server';
import type { WebApis } from './types/web';

export type ContainerContext = 'web' | 'server';

export interface ApiInfo {
  /** Permission publicId the API checks; null when it needs none. */
  readonly permission: string | null;
}

type Catalog<T> = { readonly [K in keyof T]: ApiInfo };
const needs = (permission: string | null): ApiInfo => ({ permission });

const COMMON: Catalog<CommonApis> = {
  addEventCallback: needs('read_event_metadata'),
  callLater: needs(null), decodeUri: needs(null), decodeUriComponent: needs(null), encodeUri: needs(null),
  encodeUriComponent: needs(null), fromBase64: needs(null), toBase64: needs(null), generateRandom: needs(null),
  getContainerVersion: needs('read_container_data'), getTimestamp: needs(null), getTimestampMillis: needs(null),
  getType: needs(null), JSON: needs(null), logToConsole: needs('logging'), makeInteger: needs(null),
  makeNumber: needs(null), makeString: needs(null), makeTableMap: needs(null), Math: needs(null),
  Object: needs(null), parseUrl: needs(null), queryPermission: needs(null),
};

export const WEB_APIS: Catalog<WebApis> = {
  ...COMMON,
  addConsentListener: needs('access_consent'), aliasInWindow: needs('access_globals'),
  callInWindow: needs('access_globals'), copyFromDataLayer: needs('read_data_layer'),
  copyFromWindow: needs('access_globals'), createArgumentsQueue: needs('access_globals'),
  createQueue: needs('access_globals'), getCookieValues: needs('get_cookies'),
  getQueryParameters: needs('get_url'), getReferrerQueryParameters: needs('get_referrer'),
  getReferrerUrl: needs('get_referrer'), getUrl: needs('get_url'), gtagSet: needs('write_data_layer'),
  injectHiddenIframe: needs('inject_hidden_iframe'), injectScript: needs('inject_script'),
  isConsentGranted: needs('access_consent'), localStorage: needs('access_local_storage'),
  readAnalyticsStorage: needs('read_analytics_storage'), readCharacterSet: needs('read_character_set'),
  readTitle: needs('read_title'), sendPixel: needs('send_pixel'), setCookie: needs('set_cookies'),
  setDefaultConsentState: needs('access_consent'), updateConsentState: needs('access_consent'),
  setInWindow: needs('access_globals'), sha256: needs(null), templateStorage: needs('access_template_storage'),
};

export const SERVER_APIS: Catalog<ServerApis> = {
  ...COMMON,
  addMessageListener: needs('use_message'), hasMessageListener: needs('use_message'),
  sendMessage: needs('use_message'), claimRequest: needs(null), computeEffectiveTldPlusOne: needs(null),
  createRegex: needs(null), testRegex: needs(null), extractEventsFromMpv1: needs('read_request'),
  extractEventsFromMpv2: needs('read_request'), isRequestMpv1: needs('read_request'),
  isRequestMpv2: needs('read_request'), getAllEventData: needs('read_event_data'),
  getEventData: needs('read_event_data'), getClientName: needs('read_container_data'),
  getGoogleAuth: needs('use_google_credentials'), getGoogleScript: needs('send_http'),
  getRemoteAddress: needs('read_request'), getRequestBody: needs('read_request'),
  getRequestHeader: needs('read_request'), getRequestMethod: needs('read_request'),
  getRequestPath: needs('read_request'), getRequestQueryParameter: needs('read_request'),
  getRequestQueryParameters: needs('read_request'), getRequestQueryString: needs('read_request'),
  hmacSha256: needs('use_custom_private_keys'), returnResponse: needs('return_response'),
  runContainer: needs('run_container'), sendEventToGoogleAnalytics: needs('send_http'),
  sendHttpGet: needs('send_http'), sendHttpRequest: needs('send_http'),
  sendPixelFromBrowser: needs('send_pixel_from_browser'), setCookie: needs('set_cookies'),
  getCookieValues: needs('get_cookies'), setPixelResponse: needs('access_response'),
  setResponseBody: needs('access_response'), setResponseHeader: needs('access_response'),
  setResponseStatus: needs('access_response'), sha256: needs(null), sha256Sync: needs(null),
  templateDataStorage: needs('access_template_storage'), BigQuery: needs('access_bigquery'),
  Firestore: needs('access_firestore'), Promise: needs(null),
};

export const APIS_BY_CONTEXT: Readonly<Record<ContainerContext, Readonly<Record<string, ApiInfo>>>> = {
  web: WEB_APIS,
  server: SERVER_APIS,
};

export function apiInfo(context: ContainerContext, name: string): ApiInfo | undefined {
  const table = APIS_BY_CONTEXT[context];
  return Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
}

/** The reference page of an API, for diagnostics and generated docs. */
export function apiDocUrl(context: ContainerContext, name: string): string {
  const base = context === 'web'
    ? 'https://developers.google.com/tag-platform/tag-manager/templates/api'
    : 'https://developers.google.com/tag-platform/tag-manager/server-side/api';
  return `${base}#${name.toLowerCase()}`;
}

/** Known names closest to a misspelt one (edit distance), for "did you mean" notes. */
export function nearestApiNames(name: string, limit = 3): string[] {
  const all = new Set([...Object.keys(WEB_APIS), ...Object.keys(SERVER_APIS)]);
  return [...all]
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter((c) => c.distance <= Math.max(2, Math.floor(name.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((c) => c.candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
