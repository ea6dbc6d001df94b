/**
 * What the tag remembers for the page (the tag IDs loaded, whether the page visit was sent, whether the
 * consent listener is registered), in one templateStorage entry, read once per fire and written back
 * only when it changed: one getItem (and on the page's first fire one setItem) instead of a getItem and a
 * setItem per fact. templateStorage lives as long as the page
 * (https://developers.google.com/tag-platform/tag-manager/templates/api#templatestorage).
 */
import { templateStorage } from '../../../gtm-sandbox/import/web';
import { toList, toObject } from '../../../pinterest/values';

const KEY = 'pageState';

export interface PageState {
  loaded: string[];
  pageSent: boolean;
  consentWatch: boolean;
  /** The state as read, to write back only a change. */
  readonly opened: string;
}

const fingerprint = (s: { loaded: string[]; pageSent: boolean; consentWatch: boolean }): string => s.loaded.join(',') + '|' + s.pageSent + '|' + s.consentWatch;

export function openPageState(): PageState {
  const stored = toObject(templateStorage.getItem(KEY)) ?? {};
  const state = { loaded: (toList(stored.loaded) as string[]).slice(0), pageSent: stored.pageSent === true, consentWatch: stored.consentWatch === true };
  return { loaded: state.loaded, pageSent: state.pageSent, consentWatch: state.consentWatch, opened: fingerprint(state) };
}

export function savePageState(state: PageState): void {
  if (fingerprint(state) !== state.opened) templateStorage.setItem(KEY, { loaded: state.loaded, pageSent: state.pageSent, consentWatch: state.consentWatch });
}
