/** Reads a key of the dataLayer model for the current event ('ecommerce.items'). @see https://developers.google.com/tag-platform/tag-manager/templates/api#copyfromdatalayer */
import { str, type ApiImplementation } from '../api';
import { getPath } from '../../world/window-path';

export const copyFromDataLayer: ApiImplementation = (ctx) => (key: unknown) => {
  ctx.permissions.assert('copyFromDataLayer', 'read_data_layer', `reading "${str(key)}"`, str(key));
  return getPath(ctx.world.dataLayer, str(key));
};
