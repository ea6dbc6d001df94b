/**
 * What the tag remembers for the page (the tag IDs loaded, the page visit it sent last, whether the consent
 * listener is registered), as one text in one templateStorage entry, read once per fire and written back
 * only when it changed. templateStorage lives as long as the page
 * (https://developers.google.com/tag-platform/tag-manager/templates/api#templatestorage); only this template
 * writes the entry, and anything else found there reads as a new page.
 */
import { templateStorage } from '../../../gtm-sandbox/import/web';

const KEY = 'pageState';

export interface PageState {
  loaded: string[];
  /** The page-visit id (web-template/shared/page-view-id.ts) whose page visit this tag sent last. */
  visited: string;
  consentWatch: boolean;
  /** The state as read, to write back only a change. */
  readonly opened: string;
}

/** "<tag ids, comma-separated>|<page-visit id>|<1 when the consent listener is registered>": none of them holds a "|". */
const text = (s: { loaded: string[]; visited: string; consentWatch: boolean }): string => s.loaded.join(',') + '|' + s.visited + '|' + (s.consentWatch ? '1' : '');

export function openPageState(): PageState {
  const stored = templateStorage.getItem(KEY);
  const opened = typeof stored === 'string' ? stored : '||';
  const parts = opened.split('|');
  return { loaded: parts[0] === '' ? [] : parts[0].split(','), visited: parts[1], consentWatch: parts[2] === '1', opened: opened };
}

export function savePageState(state: PageState): void {
  if (text(state) !== state.opened) templateStorage.setItem(KEY, text(state));
}
