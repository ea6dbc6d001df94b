/**
 * What the set-response APIs share: the permission check and the rule that a response already sent
 * is no longer changed (GTM's behaviour there is undocumented; docs/emulator-fidelity.md).
 */
import type { ApiContext } from '../api';
import type { ServerResponse } from '../../world/world';

export function writeResponse(ctx: ApiContext, api: string, detail: string, args: unknown[], change: (r: ServerResponse) => void): void {
  ctx.permissions.assert(api, 'access_response', detail, ...args);
  if (!ctx.world.response.returned) change(ctx.world.response);
}
