/**
 * The simulated page a web template fires on, from a PageInput: gtm-sandbox's World with the input's
 * URL, dataLayer, window, consent and cookies, a fixed clock, a seeded generateRandom, core.js loads
 * that fail when asked, and consent updates applied the way the web container runtime applies them
 * (gtm-sandbox/container/web-container.ts: listeners hear each change of state).
 */
import type { ConsentState } from '../../gtm-sandbox/types/values';
import { createWorld, type World } from '../../gtm-sandbox/world/world';
import { createRng } from '../prng';
import type { PageInput } from './page-inputs';

export function pageWorld(page: PageInput, now: number, randomSeed: string): World {
  const world = createWorld({
    // GTM numbers every dataLayer message itself; a page (or a shrunk input) cannot leave it out.
    url: page.url, referrer: page.referrer, window: page.window, dataLayer: { 'gtm.uniqueEventId': 1, ...page.dataLayer },
    consent: page.consent as Record<string, ConsentState>, cookies: page.cookies, debugMode: page.debugMode, now,
  });
  const random = createRng(randomSeed);
  world.random = () => random.next();
  world.loadOutcome = (_url, kind) => (page.coreJsFails && kind === 'script' ? 'failure' : 'success');
  return world;
}

/** A later consent command on the page: the new state, then every listener of that type whose state changed. */
export function applyConsentUpdates(world: World, updates: PageInput['consentUpdates']): void {
  for (const update of updates) {
    const before = world.consent.get(update.type);
    world.consent.set(update.type, update.state as ConsentState);
    if ((before !== 'denied') === (update.state === 'granted')) continue;
    for (const listener of world.consentListeners.filter((l) => l.type === update.type)) listener.listener(update.type, update.state === 'granted');
  }
}
