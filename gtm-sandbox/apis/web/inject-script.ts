/**
 * Loads a script; with a cache token a URL loads once per page and later callers' callbacks queue on
 * that load. @see https://developers.google.com/tag-platform/tag-manager/templates/api#injectscript
 */
import { str, type ApiContext, type ApiImplementation } from '../api';
import { loadEnds } from '../../world/load-resource';

interface Load { outcome: 'pending' | 'success' | 'failure'; waiting: { onSuccess: unknown; onFailure: unknown }[] }
const loadsByWorld = new WeakMap<object, Map<string, Load>>();

export const injectScript: ApiImplementation = (ctx) => (url: unknown, onSuccess: unknown, onFailure: unknown, cacheToken: unknown) => {
  const href = str(url);
  ctx.permissions.assert('injectScript', 'inject_script', `loading ${href}`, href);
  const loads = loadsByWorld.get(ctx.world) ?? new Map<string, Load>();
  loadsByWorld.set(ctx.world, loads);
  const token = cacheToken === undefined || cacheToken === null ? null : `${str(cacheToken)} ${href}`;
  const existing = token ? loads.get(token) : undefined;
  if (existing) {
    if (existing.outcome === 'pending') existing.waiting.push({ onSuccess, onFailure });
    else settle(ctx, existing.outcome, onSuccess, onFailure);
    return;
  }
  const load: Load = { outcome: 'pending', waiting: [{ onSuccess, onFailure }] };
  if (token) loads.set(token, load);
  ctx.world.injectedScripts.push(href);
  loadEnds(ctx.world, ctx.scheduler, href, 'script', (ok) => {
    load.outcome = ok ? 'success' : 'failure';
    for (const w of load.waiting.splice(0)) settle(ctx, load.outcome, w.onSuccess, w.onFailure);
  });
};

function settle(ctx: ApiContext, outcome: 'success' | 'failure', onSuccess: unknown, onFailure: unknown): void {
  ctx.scheduler.later(() => { ctx.marshal.callSandbox(outcome === 'success' ? onSuccess : onFailure); });
}
