/**
 * An id for this page view, shared by every pinterest-gtm template on the page (the tag and the Event
 * ID variable are different templates, so templateStorage cannot carry it): the first to run stores
 * it in a window global, later ones read it.
 */
import { copyFromWindow, generateRandom, getTimestampMillis, getType, makeString, setInWindow } from '../../gtm-sandbox/import/web';
import { PAGE_VIEW_ID_GLOBAL } from './constants';

export function pageViewId(): string {
  const existing = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (getType(existing) === 'string' && existing !== '') return existing as string;
  const created = makeString(getTimestampMillis()) + '.' + makeString(generateRandom(100000000, 999999999));
  setInWindow(PAGE_VIEW_ID_GLOBAL, created, false);
  const stored = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  return getType(stored) === 'string' ? (stored as string) : created;
}
