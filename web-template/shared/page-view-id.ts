/**
 * The page load's id, and the page-visit id of each page view, shared by every pinterest-gtm template on
 * the page (the tag and the Event ID variable are different templates, so templateStorage cannot carry
 * them): the first to run stores them in window globals, later ones read them. What is read back is checked
 * (the page owns `window`): a value of another shape is replaced; when the page will not let the global
 * change, the id falls back to GTM's own start time of this page load (`gtm.start`, which every template
 * reads alike), so the tag and the variable still agree.
 */
import { copyFromDataLayer, copyFromWindow } from '../../gtm-sandbox/import/web';
import type { WebApis } from '../../gtm-sandbox/types/web';
import { PAGE_VIEW_ID_GLOBAL, ROUTE_GLOBAL } from './constants';

// The APIs that make or move the ids are required only where they are used.
declare function require<N extends keyof WebApis>(name: N): WebApis[N];

/** `<milliseconds>.<9-digit random>`, as readOrCreate writes it: 10 to 16 digits, a dot, 9 digits. */
export function isPageViewId(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const dot = value.indexOf('.');
  if (dot < 10 || dot > 16 || value.length !== dot + 10) return false;
  for (let i = 0; i < value.length; i++) if (i !== dot && (value.charAt(i) < '0' || value.charAt(i) > '9')) return false;
  return true;
}

let known: string | undefined;

/** The page load's id, read (or made) once per fire: it does not change while the page lives. */
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

/**
 * The page view number of the current path: 1 for the loaded page, one more each time the path changes
 * (a single-page app's route: history.pushState changes the path, not the page load). A page view is keyed
 * by its path, as GA4 counts history changes by default (a change of the query or fragment alone is not a
 * new page view, https://support.google.com/analytics/answer/9216061): every page event of one route (gtm.js,
 * the page_view of that URL, its view_item) reads the same number. Kept as "<number> <path>" in a window
 * global; anything else found there starts again at 1.
 */
function pageViewNumber(): number {
  const path = '' + require('getUrl')('path');
  const stored = copyFromWindow(ROUTE_GLOBAL);
  const text = typeof stored === 'string' ? stored : '';
  const space = text.indexOf(' ');
  const number = space > 0 && space < 7 ? +text.slice(0, space) : 0;
  const current = number >= 1 && number - number % 1 === number ? number : 0;
  if (current > 0 && text.slice(space + 1) === path) return current;
  require('setInWindow')(ROUTE_GLOBAL, current + 1 + ' ' + path, true);
  return current + 1;
}

/** The page-visit id of the current page view: `<page load id>.page<n>`. */
export function pageVisitId(): string {
  return pageViewId() + '.page' + pageViewNumber();
}
