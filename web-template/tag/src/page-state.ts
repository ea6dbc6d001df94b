/**
 * What the tag remembers for the page (the tag IDs loaded, the page visit it sent last, the consent
 * listeners registered, the Enhanced Match waiting for ad_user_data), in one object in templateStorage.
 * templateStorage keeps values by reference for the page's lifetime
 * (https://developers.google.com/tag-platform/tag-manager/templates/api#templatestorage), so the object
 * is read once per fire and changed in place; it is stored on the page's first fire only. Only this
 * template writes its storage.
 */
import { templateStorage } from '../../../gtm-sandbox/import/web';
import type { PartnerData } from './partner-data';

export interface PageState {
  loaded: string[];
  /** The page-visit id (web-template/shared/page-view-id.ts) whose page visit this tag sent last. */
  visited: string;
  /** The ad_storage listener (setconsent) is registered. */
  storageWatch?: boolean;
  /** The ad_user_data listener is registered; it sends `pendingMatch`, the newest Enhanced Match held back. */
  matchWatch?: boolean;
  pendingMatch?: PartnerData;
}

export function pageState(): PageState {
  let state = templateStorage.getItem('page') as PageState | undefined;
  if (!state) templateStorage.setItem('page', state = { loaded: [], visited: '' });
  return state;
}
