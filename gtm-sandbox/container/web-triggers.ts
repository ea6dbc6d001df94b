/**
 * Which web triggers fire for a dataLayer event: built-in All Pages (gtm.js) and Consent
 * Initialization, page view / DOM ready / window loaded, and custom events with their filters.
 * https://support.google.com/tagmanager/answer/7679319
 */
import { conditionHolds } from './conditions';
import type { ExportTrigger } from './export-format';
import type { ResolveVariable } from './parameters';

export const ALL_PAGES = '2147479553';
export const CONSENT_INITIALIZATION = '2147479572';

const LIFECYCLE: Record<string, string> = { PAGEVIEW: 'gtm.js', DOM_READY: 'gtm.dom', WINDOW_LOADED: 'gtm.load', CONSENT_INIT: 'gtm.init_consent', INIT: 'gtm.init' };

export function triggerFires(id: string, triggers: readonly ExportTrigger[], event: string, resolve: ResolveVariable): boolean {
  if (id === ALL_PAGES) return event === 'gtm.js';
  if (id === CONSENT_INITIALIZATION) return event === 'gtm.init_consent';
  const trigger = triggers.find((t) => t.triggerId === id);
  if (!trigger) return false;
  const filters = (trigger.filter ?? []).every((c) => conditionHolds(c, resolve));
  if (trigger.type === 'CUSTOM_EVENT') return (trigger.customEventFilter ?? []).every((c) => conditionHolds(c, resolve)) && filters;
  const lifecycle = LIFECYCLE[trigger.type];
  return lifecycle !== undefined && lifecycle === event && filters;
}
