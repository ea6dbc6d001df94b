/** Asks the browser to load a URL through the response; false once the response is sent. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#sendpixelfrombrowser */
import { str, type ApiImplementation } from '../api';

export const sendPixelFromBrowser: ApiImplementation = (ctx) => (url: unknown) => {
  ctx.permissions.assert('sendPixelFromBrowser', 'send_pixel_from_browser', `sending a pixel to ${str(url)}`, str(url));
  if (ctx.world.response.returned) return false;
  ctx.world.pixels.push(str(url));
  return true;
};
