/**
 * The client's answers: a short JSON error (only fixed texts and protocol field paths, never request
 * values), 204 for a POST, or a 1×1 pixel for the web tag's image request. Errors and 204s say
 * `X-Content-Type-Options: nosniff`, so no browser reads an answer as anything but what it is
 * (https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/X-Content-Type-Options).
 * https://developers.google.com/tag-platform/tag-manager/server-side/api#returnresponse
 */
import { JSON, returnResponse, setPixelResponse, setResponseBody, setResponseHeader, setResponseStatus } from '../../../gtm-sandbox/import/server';

export function answerError(status: number, message: string): void {
  setResponseStatus(status);
  setResponseHeader('content-type', 'application/json; charset=utf-8');
  setResponseHeader('x-content-type-options', 'nosniff');
  setResponseHeader('cache-control', 'no-store');
  setResponseBody(JSON.stringify({ error: message }) as string);
  returnResponse();
}

export function answerDone(asPixel: boolean): void {
  if (asPixel) {
    setPixelResponse();
  } else {
    setResponseStatus(204);
    setResponseHeader('x-content-type-options', 'nosniff');
    setResponseHeader('cache-control', 'no-store');
  }
  returnResponse();
}
