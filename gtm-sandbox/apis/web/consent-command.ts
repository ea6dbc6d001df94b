/**
 * What setDefaultConsentState and updateConsentState share: each granted/denied type needs write
 * access, a default never overrides a state already set, listeners hear real changes (unset counts as
 * granted), and the command is queued on the dataLayer as gtag's `consent` command.
 * @see https://developers.google.com/tag-platform/tag-manager/templates/api#updateconsentstate
 */
import type { ApiContext } from '../api';
import type { ConsentState } from '../../types/values';

export function applyConsentCommand(ctx: ApiContext, api: string, settings: unknown, isDefault: boolean): void {
  const s = (ctx.marshal.toHost(settings) ?? {}) as Record<string, unknown>;
  for (const [type, state] of Object.entries(s)) {
    if (state !== 'granted' && state !== 'denied') continue;
    ctx.permissions.assert(api, 'access_consent', `writing consent "${type}"`, 'write', type);
    const before = ctx.world.consent.get(type);
    if (isDefault && before !== undefined) continue;
    ctx.world.consent.set(type, state as ConsentState);
    const wasGranted = before !== 'denied';
    if (wasGranted !== (state === 'granted')) {
      for (const l of ctx.world.consentListeners.filter((x) => x.type === type)) ctx.scheduler.later(() => l.listener(type, state === 'granted'));
    }
  }
  ctx.world.dataLayerPushes.push(['consent', isDefault ? 'default' : 'update', s]);
}
