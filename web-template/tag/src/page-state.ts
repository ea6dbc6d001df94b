/**
 * What the tag remembers for the page (the tag IDs loaded, the page view whose page visit was sent,
 * whether the consent listener is registered), in one templateStorage entry, read once per fire and
 * written back only when it changed. templateStorage lives as long as the page
 * (https://developers.google.com/tag-platform/tag-manager/templates/api#templatestorage).
 */
import { templateStorage } from '../../../gtm-sandbox/import/web';
import { toList, toText } from '../../../pinterest/values';

const KEY = 'pageState';

export interface PageState {
  loaded: string[];
  /** The page-visit id (web-template/shared/page-view-id.ts) whose page visit this tag sent. */
  visited: string;
  consentWatch: boolean;
  /** The state as read, to write back only a change. */
  readonly opened: string;
}

const fingerprint = (s: { loaded: string[]; visited: string; consentWatch: boolean }): string => s.loaded.join(',') + '|' + s.visited + '|' + s.consentWatch;

export function openPageState(): PageState {
  const item = templateStorage.getItem(KEY);
  // Only this template writes the entry; anything else reads as a new page.
  const stored = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const state = { loaded: (toList(stored.loaded) as string[]).slice(0), visited: toText(stored.visited) ?? '', consentWatch: stored.consentWatch === true };
  return { loaded: state.loaded, visited: state.visited, consentWatch: state.consentWatch, opened: fingerprint(state) };
}

export function savePageState(state: PageState): void {
  if (fingerprint(state) !== state.opened) templateStorage.setItem(KEY, { loaded: state.loaded, visited: state.visited, consentWatch: state.consentWatch });
}
