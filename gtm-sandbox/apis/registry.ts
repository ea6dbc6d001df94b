/**
 * The emulator's implementations, one file per GTM API, named after it, per container type. An API
 * the catalog knows but that has no implementation here fails loudly when required.
 */
import type { ContainerContext } from '../api-catalog';
import type { ApiImplementation } from './api';
import { addEventCallback } from './common/add-event-callback';
import { callLater } from './common/call-later';
import { decodeUri } from './common/decode-uri';
import { decodeUriComponent } from './common/decode-uri-component';
import { encodeUri } from './common/encode-uri';
import { encodeUriComponent } from './common/encode-uri-component';
import { fromBase64 } from './common/from-base64';
import { generateRandom } from './common/generate-random';
import { getContainerVersion } from './common/get-container-version';
import { getCookieValues } from './common/get-cookie-values';
import { getTimestampMillis } from './common/get-timestamp-millis';
import { getTimestamp } from './common/get-timestamp';
import { getType } from './common/get-type';
import { JSONApi } from './common/json';
import { logToConsole } from './common/log-to-console';
import { makeInteger } from './common/make-integer';
import { makeNumber } from './common/make-number';
import { makeString } from './common/make-string';
import { makeTableMap } from './common/make-table-map';
import { MathApi } from './common/math';
import { ObjectApi } from './common/object';
import { parseUrl } from './common/parse-url';
import { queryPermission } from './common/query-permission';
import { setCookie } from './common/set-cookie';
import { sha256 } from './common/sha256';
import { toBase64 } from './common/to-base64';
import { addConsentListener } from './web/add-consent-listener';
import { aliasInWindow } from './web/alias-in-window';
import { callInWindow } from './web/call-in-window';
import { copyFromDataLayer } from './web/copy-from-data-layer';
import { copyFromWindow } from './web/copy-from-window';
import { createArgumentsQueue } from './web/create-arguments-queue';
import { createQueue } from './web/create-queue';
import { getQueryParameters } from './web/get-query-parameters';
import { getReferrerQueryParameters } from './web/get-referrer-query-parameters';
import { getReferrerUrl } from './web/get-referrer-url';
import { getUrl } from './web/get-url';
import { gtagSet } from './web/gtag-set';
import { injectHiddenIframe } from './web/inject-hidden-iframe';
import { injectScript } from './web/inject-script';
import { isConsentGranted } from './web/is-consent-granted';
import { localStorage } from './web/local-storage';
import { readAnalyticsStorage } from './web/read-analytics-storage';
import { readCharacterSet } from './web/read-character-set';
import { readTitle } from './web/read-title';
import { sendPixel } from './web/send-pixel';
import { setDefaultConsentState } from './web/set-default-consent-state';
import { setInWindow } from './web/set-in-window';
import { templateStorage } from './web/template-storage';
import { updateConsentState } from './web/update-consent-state';
import { addMessageListener } from './server/add-message-listener';
import { BigQueryApi } from './server/big-query';
import { claimRequest } from './server/claim-request';
import { computeEffectiveTldPlusOne } from './server/compute-effective-tld-plus-one';
import { createRegex } from './server/create-regex';
import { extractEventsFromMpv1 } from './server/extract-events-from-mpv1';
import { extractEventsFromMpv2 } from './server/extract-events-from-mpv2';
import { FirestoreApi } from './server/firestore';
import { getAllEventData } from './server/get-all-event-data';
import { getClientName } from './server/get-client-name';
import { getEventData } from './server/get-event-data';
import { getGoogleAuth } from './server/get-google-auth';
import { getGoogleScript } from './server/get-google-script';
import { getRemoteAddress } from './server/get-remote-address';
import { getRequestBody } from './server/get-request-body';
import { getRequestHeader } from './server/get-request-header';
import { getRequestMethod } from './server/get-request-method';
import { getRequestPath } from './server/get-request-path';
import { getRequestQueryParameter } from './server/get-request-query-parameter';
import { getRequestQueryParameters } from './server/get-request-query-parameters';
import { getRequestQueryString } from './server/get-request-query-string';
import { hasMessageListener } from './server/has-message-listener';
import { hmacSha256 } from './server/hmac-sha256';
import { isRequestMpv1 } from './server/is-request-mpv1';
import { isRequestMpv2 } from './server/is-request-mpv2';
import { PromiseApi } from './server/promise';
import { returnResponse } from './server/return-response';
import { runContainer } from './server/run-container';
import { sendEventToGoogleAnalytics } from './server/send-event-to-google-analytics';
import { sendHttpGet } from './server/send-http-get';
import { sendHttpRequest } from './server/send-http-request';
import { sendMessage } from './server/send-message';
import { sendPixelFromBrowser } from './server/send-pixel-from-browser';
import { setPixelResponse } from './server/set-pixel-response';
import { setResponseBody } from './server/set-response-body';
import { setResponseHeader } from './server/set-response-header';
import { setResponseStatus } from './server/set-response-status';
import { sha256Sync } from './server/sha256-sync';
import { templateDataStorage } from './server/template-data-storage';
import { testRegex } from './server/test-regex';

const COMMON: Record<string, ApiImplementation> = {
  addEventCallback, callLater, decodeUri, decodeUriComponent, encodeUri, encodeUriComponent, fromBase64,
  generateRandom, getContainerVersion, getCookieValues, getTimestampMillis,
  getTimestamp, getType, JSON: JSONApi, logToConsole, makeInteger, makeNumber, makeString, makeTableMap,
  Math: MathApi, Object: ObjectApi, parseUrl, queryPermission, setCookie, sha256, toBase64,
};

export const IMPLEMENTATIONS: Readonly<Record<ContainerContext, Readonly<Record<string, ApiImplementation>>>> = {
  web: {
    ...COMMON,
    addConsentListener, aliasInWindow, callInWindow, copyFromDataLayer, copyFromWindow, createArgumentsQueue,
    createQueue, getQueryParameters, getReferrerQueryParameters, getReferrerUrl, getUrl, gtagSet, injectHiddenIframe,
    injectScript, isConsentGranted, localStorage, readAnalyticsStorage, readCharacterSet, readTitle, sendPixel,
    setDefaultConsentState, setInWindow, templateStorage, updateConsentState,
  },
  server: {
    ...COMMON,
    addMessageListener, BigQuery: BigQueryApi, claimRequest, computeEffectiveTldPlusOne, createRegex,
    extractEventsFromMpv1, extractEventsFromMpv2, Firestore: FirestoreApi, getAllEventData, getClientName,
    getEventData, getGoogleAuth, getGoogleScript, getRemoteAddress, getRequestBody, getRequestHeader, getRequestMethod,
    getRequestPath, getRequestQueryParameter, getRequestQueryParameters, getRequestQueryString, hasMessageListener,
    hmacSha256, isRequestMpv1, isRequestMpv2, Promise: PromiseApi, returnResponse, runContainer,
    sendEventToGoogleAnalytics, sendHttpGet, sendHttpRequest, sendMessage, sendPixelFromBrowser, setPixelResponse,
    setResponseBody, setResponseHeader, setResponseStatus, sha256Sync, templateDataStorage, testRegex,
  },
};
