/** A 1×1 transparent GIF with no-cache headers and status 200. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setpixelresponse */
import type { ApiImplementation } from '../api';
import { writeResponse } from './response-writer';

const GIF_1X1 = atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7');

export const setPixelResponse: ApiImplementation = (ctx) => () => {
  writeResponse(ctx, 'setPixelResponse', 'writing a pixel response', ['status'], (r) => {
    ctx.permissions.assert('setPixelResponse', 'access_response', 'writing the response body', 'body');
    ctx.permissions.assert('setPixelResponse', 'access_response', 'writing the response headers', 'header');
    r.status = 200;
    r.body = GIF_1X1;
    r.headers['content-type'] = 'image/gif';
    r.headers['cache-control'] = 'no-store, no-cache, must-revalidate, max-age=0';
    r.headers.pragma = 'no-cache';
    r.headers.expires = 'Fri, 01 Jan 1990 00:00:00 GMT';
  });
};
