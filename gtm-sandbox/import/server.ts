/**
 * Typed imports of the server sandbox APIs for template sources: `import { addMessageListener } from 'gtm-sandbox/import/server'`.
 * The compiler keeps each `require()` that the template uses, at the top of the template, and drops
 * the rest (build/shape-output.ts), so a template asks only for the permissions it needs.
 */

import type { ServerApis } from '../types/server';
export * from './common';

declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

export const addMessageListener = require('addMessageListener');
export const hasMessageListener = require('hasMessageListener');
export const sendMessage = require('sendMessage');
export const claimRequest = require('claimRequest');
export const computeEffectiveTldPlusOne = require('computeEffectiveTldPlusOne');
export const createRegex = require('createRegex');
export const testRegex = require('testRegex');
export const extractEventsFromMpv1 = require('extractEventsFromMpv1');
export const extractEventsFromMpv2 = require('extractEventsFromMpv2');
export const isRequestMpv1 = require('isRequestMpv1');
export const isRequestMpv2 = require('isRequestMpv2');
export const getAllEventData = require('getAllEventData');
export const getEventData = require('getEventData');
export const getClientName = require('getClientName');
export const getGoogleAuth = require('getGoogleAuth');
export const getGoogleScript = require('getGoogleScript');
export const getRemoteAddress = require('getRemoteAddress');
export const getRequestBody = require('getRequestBody');
export const getRequestHeader = require('getRequestHeader');
export const getRequestMethod = require('getRequestMethod');
export const getRequestPath = require('getRequestPath');
export const getRequestQueryParameter = require('getRequestQueryParameter');
export const getRequestQueryParameters = require('getRequestQueryParameters');
export const getRequestQueryString = require('getRequestQueryString');
export const hmacSha256 = require('hmacSha256');
export const returnResponse = require('returnResponse');
export const runContainer = require('runContainer');
export const sendEventToGoogleAnalytics = require('sendEventToGoogleAnalytics');
export const sendHttpGet = require('sendHttpGet');
export const sendHttpRequest = require('sendHttpRequest');
export const sendPixelFromBrowser = require('sendPixelFromBrowser');
export const setCookie = require('setCookie');
export const getCookieValues = require('getCookieValues');
export const setPixelResponse = require('setPixelResponse');
export const setResponseBody = require('setResponseBody');
export const setResponseHeader = require('setResponseHeader');
export const setResponseStatus = require('setResponseStatus');
export const sha256 = require('sha256');
export const sha256Sync = require('sha256Sync');
export const templateDataStorage = require('templateDataStorage');
export const BigQuery = require('BigQuery');
export const Firestore = require('Firestore');
export const Promise = require('Promise');
