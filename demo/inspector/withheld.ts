/**
 * Tag fires that GTM held back for consent. A tag whose consent settings require consent types
 * ("Require additional consent for tag to fire") does not fire while one of them is denied, and fires
 * when they are granted (https://support.google.com/tagmanager/answer/10718549); Tag Assistant shows
 * such a tag as not fired for consent (https://developers.google.com/tag-platform/devguides/consent-debugging).
 * No traffic shows it, so the shop's pages report what the gtm.js stand-in records: each tag run it
 * held back (`window.pinterestGtmSandboxRuns`, result "blocked by consent"), whether a later run released
 * it, and the consent state the page's dataLayer holds. The reports are page input: only tags of the web
 * container are taken, every text is bounded, and at most MAX_FIRES are kept.
 */
import type { ContainerExport } from '../../gtm-sandbox/container/export-format';

export interface WithheldFire {
  /** Unique in the store, in the order fires were reported. */
  id: number; time: number; tag: string; event: string; page: string;
  /** The consent types the tag's settings require, and those the page held denied. */
  needs: string[]; denied: string[]; released: boolean;
}
export interface WithheldStore {
  readonly fires: readonly WithheldFire[];
  /** Takes one page's report; answers how many fires it took and why it skipped others. */
  report(body: unknown, now: number): { taken: number; skipped: string[] };
}

export const MAX_FIRES = 300;
export const MAX_REPORT_BYTES = 16 * 1024;
const MAX_PER_REPORT = 50;
const CONSENT_TYPES = new Set(['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage']);

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const shortText = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v !== '' && v.length <= max ? v : undefined);
const pathOf = (url: string): string => { try { return new URL(url).pathname.slice(0, 200); } catch { return ''; } };

/** The consent types each tag of the container requires (consentSettings NEEDED), by tag name. */
function requiredConsent(container: ContainerExport): Map<string, string[]> {
  return new Map((container.containerVersion.tag ?? []).map((tag) => [tag.name, tag.consentSettings?.consentStatus === 'NEEDED'
    ? (tag.consentSettings.consentType?.list ?? []).map((p) => String(p.value)) : []]));
}

export function createWithheldStore(container: ContainerExport): WithheldStore {
  const needs = requiredConsent(container);
  const fires: WithheldFire[] = [];
  const byKey = new Map<string, WithheldFire>();
  let ids = 0;
  return {
    fires,
    report(body, now) {
      const skipped: string[] = [];
      const pageLoad = isObject(body) ? shortText(body.pageLoad, 40) : undefined;
      if (!isObject(body) || pageLoad === undefined || !/^[a-z0-9]+$/.test(pageLoad) || !Array.isArray(body.fires)) return { taken: 0, skipped: ['not a report'] };
      const consent = isObject(body.consent) ? body.consent : {};
      const denied = Object.keys(consent).filter((type) => CONSENT_TYPES.has(type) && consent[type] === 'denied');
      const page = pathOf(shortText(body.page, 2000) ?? '');
      let taken = 0;
      for (const fire of body.fires.slice(0, MAX_PER_REPORT)) {
        const tag = isObject(fire) ? shortText(fire.tag, 200) : undefined;
        const event = isObject(fire) ? shortText(fire.event, 100) : undefined;
        const index = isObject(fire) && Number.isInteger(fire.index) ? fire.index as number : -1;
        if (tag === undefined || !needs.has(tag) || event === undefined || index < 0 || index > 100_000) { skipped.push('not a tag fire of the web container'); continue; }
        const key = `${pageLoad}#${index}`;
        const known = byKey.get(key);
        const required = needs.get(tag) ?? [];
        if (known) known.released = known.released || (isObject(fire) && fire.released === true);
        else {
          const entry: WithheldFire = { id: ++ids, time: now, tag, event, page, needs: required, denied: required.filter((t) => denied.includes(t)), released: isObject(fire) && fire.released === true };
          fires.push(entry);
          byKey.set(key, entry);
          if (fires.length > MAX_FIRES) {
            const dropped = fires.shift();
            for (const [k, v] of byKey) if (v === dropped) { byKey.delete(k); break; }
          }
        }
        taken++;
      }
      return { taken, skipped };
    },
  };
}
