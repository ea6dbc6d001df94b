/** The first value of a page URL query key, or all of them. @see https://developers.google.com/tag-platform/tag-manager/templates/api#getqueryparameters */
import { str, type ApiImplementation } from '../api';
import { queryValues } from '../../world/url-component';

export const getQueryParameters: ApiImplementation = (ctx) => (key: unknown, retrieveAll: unknown) => {
  ctx.permissions.assert('getQueryParameters', 'get_url', `reading query key "${str(key)}"`, 'query', str(key));
  const values = queryValues(ctx.world.url, str(key));
  return retrieveAll === true ? values : values[0];
};
