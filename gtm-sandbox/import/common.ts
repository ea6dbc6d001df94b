/**
 * Typed imports of the common (web and server) sandbox APIs for template sources: `import { callLater } from 'gtm-sandbox/import/common'`.
 * The compiler keeps each `require()` that the template uses, at the top of the template, and drops
 * the rest (build/shape-output.ts), so a template asks only for the permissions it needs.
 */

import type { CommonApis } from '../types/common';


declare function require<N extends keyof CommonApis>(name: N): CommonApis[N];

export const callLater = require('callLater');
export const decodeUri = require('decodeUri');
export const decodeUriComponent = require('decodeUriComponent');
export const encodeUri = require('encodeUri');
export const encodeUriComponent = require('encodeUriComponent');
export const fromBase64 = require('fromBase64');
export const toBase64 = require('toBase64');
export const generateRandom = require('generateRandom');
export const getContainerVersion = require('getContainerVersion');
export const getTimestamp = require('getTimestamp');
export const getTimestampMillis = require('getTimestampMillis');
export const getType = require('getType');
export const JSON = require('JSON');
export const logToConsole = require('logToConsole');
export const makeInteger = require('makeInteger');
export const makeNumber = require('makeNumber');
export const makeString = require('makeString');
export const makeTableMap = require('makeTableMap');
export const Math = require('Math');
export const Object = require('Object');
export const parseUrl = require('parseUrl');
export const queryPermission = require('queryPermission');
export const addEventCallback = require('addEventCallback');
