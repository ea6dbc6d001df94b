/**
 * The client's answers: a short JSON error (only fixed texts and protocol field paths, never request
 * values), 204 for a POST, or a 1×1 pixel for the web tag's image request. Errors and 204s say
 * `X-Content-Type-Options: nosniff`, so no browser reads an answer as anything but what it is
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options), and are not cached.
 * https://developers.google.com/tag-platform/tag-manager/server-side/api#returnresponse
 */
import type { ServerApis } from '../../../gtm-sandbox/types/server';

// The response APIs are required when the client answers (see main.ts).
declare function require<N extends keyof ServerApis>(name: N): ServerApis[N];

/** The status with nosniff and no-store; the header setter, for more. */
function statusLine(status: number): ServerApis['setResponseHeader'] {
  const setResponseHeader = require('setResponseHeader');
  require('setResponseStatus')(status);
  setResponseHeader('x-content-type-options', 'nosniff');
  setResponseHeader('cache-control', 'no-store');
  return setResponseHeader;
}

export function answerError(status: number, message: string): void {
  statusLine(status)('content-type', 'application/json; charset=utf-8');
  require('setResponseBody')(require('JSON').stringify({ error: message }) as string);
  require('returnResponse')();
}

export function answerDone(asPixel: boolean): void {
  if (asPixel) require('setPixelResponse')();
  else statusLine(204);
  require('returnResponse')();
}
