/**
 * An id for this page view, shared by every pinterest-gtm template on the page (the tag and the Event
 * ID variable are different templates, so templateStorage cannot carry it): the first to run stores
 * it in a window global, later ones read it. What is read back is checked (the page owns `window`): a
 * value of another shape is replaced; when the page will not let the global change, the id falls back to
 * GTM's own start time of this page view (`gtm.start`, which every template reads alike), so the tag and
 * the variable still agree.
 */
import { copyFromDataLayer, copyFromWindow } from '../../gtm-sandbox/import/web';
import type { WebApis } from '../../gtm-sandbox/types/web';
import { PAGE_VIEW_ID_GLOBAL } from './constants';

// The APIs that create the id are required only by the page's first template to run.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/**
 * `<milliseconds>.<9-digit random>`, as pageViewId writes it: 10 to 16 digits, a dot, 9 digits. (Ids built
 * on it are then never shaped like a phone number, which the forwarding protocol refuses.)
 */
export function isPageViewId(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const text = value;
  const dot = text.indexOf('.');
  if (dot < 10 || dot > 16 || text.length !== dot + 10) return false;
  for (let i = 0; i < text.length; i++) if (i !== dot && (text.charAt(i) < '0' || text.charAt(i) > '9')) return false;
  return true;
}

let known: string | undefined;

/** The page view's id, read (or made) once per fire: it does not change while the page lives. */
export function pageViewId(): string {
  if (known === undefined) known = readOrCreate();
  return known;
}

function readOrCreate(): string {
  const existing = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (isPageViewId(existing)) return existing as string;
  const created = require('getTimestampMillis')() + '.' + require('generateRandom')(100000000, 999999999);
  require('setInWindow')(PAGE_VIEW_ID_GLOBAL, created, existing !== undefined);
  const stored = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (isPageViewId(stored)) return stored as string;
  const start = copyFromDataLayer('gtm.start');
  return typeof start === 'number' ? start + '.gtm' : created;
}
