/**
 * How a script, iframe or pixel load ends: the real page's own load (browser runtime) or the World's
 * scripted outcome, always after the current code; 'never' leaves it pending (the Tests tab, where
 * nothing is loaded, docs/emulator-fidelity.md).
 */
import type { Scheduler } from '../runtime/scheduler';
import type { World } from './world';

export function loadEnds(world: World, scheduler: Scheduler, url: string, kind: 'script' | 'iframe' | 'pixel', then: (ok: boolean) => void): void {
  if (world.loadResource) {
    scheduler.track(world.loadResource(url, kind).then((ok) => { scheduler.later(() => then(ok)); }, () => { scheduler.later(() => then(false)); }));
    return;
  }
  const outcome = world.loadOutcome(url, kind);
  if (outcome !== 'never') scheduler.later(() => then(outcome === 'success'));
}
