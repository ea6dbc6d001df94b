/**
 * Loads a script; with a cache token a URL loads once per page and later callers' callbacks queue on
 * that load. @see https://developers.google.com/tag-platform/tag-manager/templates/api#injectscript
 */
import { str, type ApiContext, type ApiImplementation } from '../api';
import { loadEnds } from '../../world/load-resource';

/** A caller of a load: its own run's context (its scheduler and marshal), its callbacks, and the end of its wait. */
interface Waiter { ctx: ApiContext; onSuccess: unknown; onFailure: unknown; settled: () => void }
/** `ends`: the load will end (a real page's, or a World outcome other than 'never', as in the Tests tab). */
interface Load { outcome: 'pending' | 'success' | 'failure'; waiting: Waiter[]; ends: boolean }
const loadsByWorld = new WeakMap<object, Map<string, Load>>();

/**
 * A caller waiting on a load another run started: its own run stays open until the load ends (tracked on
 * its scheduler), and its callback runs in its own run, as each tag's callbacks do in GTM.
 */
function waiter(ctx: ApiContext, load: Load, onSuccess: unknown, onFailure: unknown): Waiter {
  let settled: () => void = () => undefined;
  if (load.ends) ctx.scheduler.track(new Promise<void>((resolve) => { settled = resolve; }));
  return { ctx, onSuccess, onFailure, settled };
}

export const injectScript: ApiImplementation = (ctx) => (url: unknown, onSuccess: unknown, onFailure: unknown, cacheToken: unknown) => {
  const href = str(url);
  ctx.permissions.assert('injectScript', 'inject_script', `loading ${href}`, href);
  const loads = loadsByWorld.get(ctx.world) ?? new Map<string, Load>();
  loadsByWorld.set(ctx.world, loads);
  const token = cacheToken === undefined || cacheToken === null ? null : `${str(cacheToken)} ${href}`;
  const existing = token ? loads.get(token) : undefined;
  if (existing) {
    if (existing.outcome === 'pending') existing.waiting.push(waiter(ctx, existing, onSuccess, onFailure));
    else settle(ctx, existing.outcome, onSuccess, onFailure);
    return;
  }
  const load: Load = { outcome: 'pending', waiting: [], ends: !!ctx.world.loadResource || ctx.world.loadOutcome(href, 'script') !== 'never' };
  if (token) loads.set(token, load);
  ctx.world.injectedScripts.push(href);
  loadEnds(ctx.world, ctx.scheduler, href, 'script', (ok) => {
    load.outcome = ok ? 'success' : 'failure';
    settle(ctx, load.outcome, onSuccess, onFailure);
    for (const w of load.waiting.splice(0)) {
      settle(w.ctx, load.outcome, w.onSuccess, w.onFailure);
      w.settled();
    }
  });
};

function settle(ctx: ApiContext, outcome: 'success' | 'failure', onSuccess: unknown, onFailure: unknown): void {
  ctx.scheduler.later(() => { ctx.marshal.callSandbox(outcome === 'success' ? onSuccess : onFailure); });
}
