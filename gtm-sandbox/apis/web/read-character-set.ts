/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#readcharacterset */
import type { ApiImplementation } from '../api';

export const readCharacterSet: ApiImplementation = (ctx) => () => {
  ctx.permissions.assert('readCharacterSet', 'read_character_set', 'reading the character set');
  return ctx.world.characterSet;
};
