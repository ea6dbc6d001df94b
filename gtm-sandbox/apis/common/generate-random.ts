/** An integer in [min, max]. @see https://developers.google.com/tag-platform/tag-manager/templates/api#generaterandom */
import type { ApiImplementation } from '../api';

export const generateRandom: ApiImplementation = (ctx) => (min: unknown, max: unknown) => {
  const lo = Math.ceil(Number(min));
  const hi = Math.floor(Number(max));
  return lo + Math.floor(ctx.world.random() * (hi - lo + 1));
};
