/** The page URL or one component of it. @see https://developers.google.com/tag-platform/tag-manager/templates/api#geturl */
import { str, type ApiImplementation } from '../api';
import { urlComponent } from '../../world/url-component';

export const getUrl: ApiImplementation = (ctx) => (component: unknown) => {
  const part = component === undefined || component === null ? undefined : str(component);
  ctx.permissions.assert('getUrl', 'get_url', `reading the URL${part ? ` ${part}` : ''}`, part);
  return urlComponent(ctx.world.url, part);
};
