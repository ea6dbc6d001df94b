/** @see https://developers.google.com/tag-platform/tag-manager/templates/api#injecthiddeniframe */
import { str, type ApiImplementation } from '../api';
import { loadEnds } from '../../world/load-resource';

export const injectHiddenIframe: ApiImplementation = (ctx) => (url: unknown, onSuccess: unknown) => {
  const href = str(url);
  ctx.permissions.assert('injectHiddenIframe', 'inject_hidden_iframe', `loading ${href}`, href);
  ctx.world.injectedIframes.push(href);
  loadEnds(ctx.world, ctx.scheduler, href, 'iframe', (ok) => { if (ok) ctx.marshal.callSandbox(onSuccess); });
};
