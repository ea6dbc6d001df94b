/** Claims the request for this client; only clients may, and only before the response is sent. @see https://developers.google.com/tag-platform/tag-manager/server-side/api#claimrequest */
import { SandboxError, type ApiImplementation } from '../api';

export const claimRequest: ApiImplementation = (ctx) => () => {
  if (ctx.templateType !== 'CLIENT') throw new SandboxError('claimRequest: only a client may claim the request');
  if (ctx.world.response.returned) throw new SandboxError('claimRequest: the response has already been returned');
  ctx.world.requestClaimed = true;
};
