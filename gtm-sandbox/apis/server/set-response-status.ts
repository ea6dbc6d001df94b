/** @see https://developers.google.com/tag-platform/tag-manager/server-side/api#setresponsestatus */
import type { ApiImplementation } from '../api';
import { writeResponse } from './response-writer';

export const setResponseStatus: ApiImplementation = (ctx) => (status: unknown) => {
  writeResponse(ctx, 'setResponseStatus', 'writing the response status', ['status'], (r) => { r.status = Number(status); });
};
