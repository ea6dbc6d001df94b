/** The body, as text, or decoded from base64 when the encoding says so. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setresponsebody */
import { str, type ApiImplementation } from '../api';
import { writeResponse } from './response-writer';

export const setResponseBody: ApiImplementation = (ctx) => (body: unknown, encoding: unknown) => {
  writeResponse(ctx, 'setResponseBody', 'writing the response body', ['body'], (r) => {
    r.body = encoding === 'base64' ? Buffer.from(str(body), 'base64').toString('latin1') : str(body);
  });
};
