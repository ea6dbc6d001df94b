/** Sets a header; null or undefined removes it. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setresponseheader */
import { str, type ApiImplementation } from '../api';
import { writeResponse } from './response-writer';

export const setResponseHeader: ApiImplementation = (ctx) => (name: unknown, value: unknown) => {
  const header = str(name).toLowerCase();
  writeResponse(ctx, 'setResponseHeader', `writing the response header "${header}"`, ['header', header], (r) => {
    if (value === null || value === undefined) delete r.headers[header];
    else r.headers[header] = str(value);
  });
};
