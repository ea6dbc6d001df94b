/**
 * Typed imports of the web sandbox APIs for template sources: `import { addConsentListener } from 'gtm-sandbox/import/web'`.
 * The compiler keeps each `require()` that the template uses, at the top of the template, and drops
 * the rest (build/shape-output.ts), so a template asks only for the permissions it needs.
 */

import type { WebApis } from '../types/web';
export * from './common';

declare function require<N extends keyof WebApis>(name: N): WebApis[N];

export const addConsentListener = require('addConsentListener');
export const aliasInWindow = require('aliasInWindow');
export const callInWindow = require('callInWindow');
export const copyFromDataLayer = require('copyFromDataLayer');
export const copyFromWindow = require('copyFromWindow');
export const createArgumentsQueue = require('createArgumentsQueue');
export const createQueue = require('createQueue');
export const getCookieValues = require('getCookieValues');
export const getQueryParameters = require('getQueryParameters');
export const getReferrerQueryParameters = require('getReferrerQueryParameters');
export const getReferrerUrl = require('getReferrerUrl');
export const getUrl = require('getUrl');
export const gtagSet = require('gtagSet');
export const injectHiddenIframe = require('injectHiddenIframe');
export const injectScript = require('injectScript');
export const isConsentGranted = require('isConsentGranted');
export const localStorage = require('localStorage');
export const readAnalyticsStorage = require('readAnalyticsStorage');
export const readCharacterSet = require('readCharacterSet');
export const readTitle = require('readTitle');
export const sendPixel = require('sendPixel');
export const setCookie = require('setCookie');
export const setDefaultConsentState = require('setDefaultConsentState');
export const updateConsentState = require('updateConsentState');
export const setInWindow = require('setInWindow');
export const sha256 = require('sha256');
export const templateStorage = require('templateStorage');
