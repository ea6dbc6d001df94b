/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#getreferrerurl */
import { str, type ApiImplementation } from '../api';
import { urlComponent } from '../../world/url-component';

export const getReferrerUrl: ApiImplementation = (ctx) => (component: unknown) => {
  const part = component === undefined || component === null ? undefined : str(component);
  ctx.permissions.assert('getReferrerUrl', 'get_referrer', 'reading the referrer', part);
  return ctx.world.referrer ? urlComponent(ctx.world.referrer, part) : '';
};
