/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#getreferrerqueryparameters */
import { str, type ApiImplementation } from '../api';
import { queryValues } from '../../world/url-component';

export const getReferrerQueryParameters: ApiImplementation = (ctx) => (key: unknown, retrieveAll: unknown) => {
  ctx.permissions.assert('getReferrerQueryParameters', 'get_referrer', `reading referrer query key "${str(key)}"`, 'query', str(key));
  const values = queryValues(ctx.world.referrer, str(key));
  return retrieveAll === true ? values : values[0];
};
