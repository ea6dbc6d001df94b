/** setDefaultConsentState / updateConsentState; listeners hear changes. @see https://developers.google.com/tag-platform/tag-manager/templates/api#updateconsentstate */
import { type ApiContext, type ApiImplementation } from '../api';
import type { ConsentState } from '../../types/values';

function apply(ctx: ApiContext, api: string, settings: unknown, isDefault: boolean): void {
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

export const setDefaultConsentState: ApiImplementation = (ctx) => (settings: unknown) => apply(ctx, 'setDefaultConsentState', settings, true);
export const updateConsentState: ApiImplementation = (ctx) => (settings: unknown) => apply(ctx, 'updateConsentState', settings, false);
