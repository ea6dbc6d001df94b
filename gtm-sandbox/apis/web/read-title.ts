/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#readtitle */
import type { ApiImplementation } from '../api';

export const readTitle: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('readTitle', 'read_title', 'reading the title');
  return ctx.world.title;
};
