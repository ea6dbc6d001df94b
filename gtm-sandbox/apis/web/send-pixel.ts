/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#sendpixel */
import { str, type ApiImplementation } from '../api';
import { loadEnds } from '../../world/load-resource';

export const sendPixel: ApiImplementation = (ctx) => (url: unknown, onSuccess: unknown, onFailure: unknown) => {
  const href = str(url);
  ctx.permissions.assert('sendPixel', 'send_pixel', `sending a pixel to ${href}`, href);
  ctx.world.pixels.push(href);
  loadEnds(ctx.world, ctx.scheduler, href, 'pixel', (ok) => { ctx.marshal.callSandbox(ok ? onSuccess : onFailure); });
};
