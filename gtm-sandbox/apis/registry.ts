/**
 * The emulator's implementations, one per GTM API name, per container type. An API the catalog knows
 * but that has no implementation yet fails loudly when required (never a silent stub).
 */
import type { ContainerContext } from '../api-catalog';
import type { ApiImplementation } from './api';
import { addEventCallback } from './common/add-event-callback';
import { fromBase64, toBase64 } from './common/base64';
import { callLater } from './common/call-later';
import { generateRandom } from './common/generate-random';
import { getContainerVersion } from './common/get-container-version';
import { getCookieValues } from './common/get-cookie-values';
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
import { sha256, sha256Sync } from './common/sha256';
import { getTimestamp, getTimestampMillis } from './common/time';
import { decodeUri, decodeUriComponent, encodeUri, encodeUriComponent } from './common/uri';
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
import { injectHiddenIframe } from './web/inject-hidden-iframe';
import { injectScript } from './web/inject-script';
import { isConsentGranted } from './web/is-consent-granted';
import { localStorage } from './web/local-storage';
import { readCharacterSet, readTitle } from './web/read-title';
import { sendPixel } from './web/send-pixel';
import { setInWindow } from './web/set-in-window';
import { templateStorage } from './web/template-storage';
import { setDefaultConsentState, updateConsentState } from './web/update-consent-state';

const COMMON: Record<string, ApiImplementation> = {
  addEventCallback, callLater, decodeUri, decodeUriComponent, encodeUri, encodeUriComponent, fromBase64, toBase64,
  generateRandom, getContainerVersion, getTimestamp, getTimestampMillis, getType, JSON: JSONApi, logToConsole,
  makeInteger, makeNumber, makeString, makeTableMap, Math: MathApi, Object: ObjectApi, parseUrl, queryPermission,
  getCookieValues, setCookie, sha256,
};

export const IMPLEMENTATIONS: Readonly<Record<ContainerContext, Readonly<Record<string, ApiImplementation>>>> = {
  web: {
    ...COMMON, addConsentListener, aliasInWindow, callInWindow, copyFromDataLayer, copyFromWindow, createArgumentsQueue,
    createQueue, getQueryParameters, getReferrerQueryParameters, getReferrerUrl, getUrl, injectHiddenIframe, injectScript,
    isConsentGranted, localStorage, readCharacterSet, readTitle, sendPixel, setInWindow, templateStorage,
    setDefaultConsentState, updateConsentState,
  },
  server: { ...COMMON, sha256Sync },
};
