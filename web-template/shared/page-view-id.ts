/**
 * The page load's id, and the page-visit id of each page view, shared by every pinterest-gtm template on
 * the page (the tag and the Event ID variable are different templates, so templateStorage cannot carry
 * them) in one window global, read once per fire: "<page load id> <page view number> <path>". The first
 * template to run makes it; what is read back is checked (the page owns `window`) and a value of another
 * shape is replaced. When the page will not let the global change, the id falls back to GTM's own start
 * time of this page load (`gtm.start`, which every template reads alike), so the tag and the variable agree.
 *
 * A page view is keyed by its path: the loaded page is page view 1, and each change of the path (a
 * single-page app's route, history.pushState) is the next, as GA4 counts history changes by default (a
 * change of the query or fragment alone is not a new page view, https://support.google.com/analytics/answer/9216061).
 */
import { copyFromDataLayer, copyFromWindow } from '../../gtm-sandbox/import/web';
import type { WebApis } from '../../gtm-sandbox/types/web';
import { PAGE_VIEW_ID_GLOBAL } from './constants';

// The APIs that make or move the ids are required only where they are used.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** `<milliseconds>.<9-digit random>`: 10 to 16 digits, a dot, 9 digits. The page owns `window`: anything else is replaced. */
export const isPageViewId = (value: string): boolean => !!value.match('^\\d{10,16}\\.\\d{9}$');

/** The global as read this fire: the page load's id ('' when none is usable), the page view number and its route (URL path). */
let page: { id: string; view: number; route: string } | undefined;

function read(): { id: string; view: number; route: string } {
  if (page) return page;
  const value = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  // The page owns the global: only text is read (an object may not even convert to text).
  const parts = (typeof value === 'string' ? value : '').split(' ');
  const view = +(parts[1] || '');
  const usable = isPageViewId(parts[0]);
  // The view number is a whole number ≥ 1 (NaN, Infinity and fractions fail `view % 1 === 0`), else none (0).
  return page = { id: usable ? parts[0] : '', view: usable && view > 0 && view % 1 === 0 ? view : 0, route: parts.slice(2).join(' ') };
}

/**
 * Writes the global: a new page load id when none is usable, with the page view when known. When the page
 * will not let it change (read back, as setInWindow's answer cannot tell), every template of the page falls
 * back to gtm.start, and so agrees.
 */
function write(current: { id: string; view: number; route: string }): void {
  const created = !current.id;
  if (created) current.id = require('getTimestampMillis')() + '.' + require('generateRandom')(100000000, 999999999);
  const value = current.id + (current.view > 0 ? ' ' + current.view + ' ' + current.route : '');
  require('setInWindow')(PAGE_VIEW_ID_GLOBAL, value, true);
  if (created && copyFromWindow(PAGE_VIEW_ID_GLOBAL) !== value) {
    const start = copyFromDataLayer('gtm.start');
    if (typeof start === 'number') current.id = start + '.gtm';
  }
}

/** The page load's id: it does not change while the page lives. */
export function pageViewId(): string {
  const current = read();
  if (!current.id) write(current);
  return current.id;
}

/** The page-visit id of the current page view: `<page load id>.page<n>`. */
export function pageVisitId(): string {
  const current = read();
  const path = '' + require('getUrl')('path');
  // Without a usable page load id the view is 0 too (read above).
  if (current.view === 0 || current.route !== path) {
    current.view++;
    current.route = path;
    write(current);
  }
  return current.id + '.page' + current.view;
}
