// A scripted dataLayer and page-view global; the variable must return the id the tag uses.
const PAGE_VIEW_ID = '1700000000000.123456789';
let dataLayer = {};
let pageViewGlobal = PAGE_VIEW_ID;
let globalsSet = [];
const readPath = (root, key) => (root[key] !== undefined ? root[key] : key.split('.').reduce((value, part) => (value === undefined || value === null ? undefined : value[part]), root));
mock('copyFromDataLayer', (key) => readPath(dataLayer, key));
// The page's path; the global holds "<page load id> <page view number> <path>" once a page visit was asked for.
let path = '/';
mock('getUrl', (component) => (component === 'path' ? path : undefined));
mock('copyFromWindow', (key) => (key === '_pinterest_gtm_pvid' ? pageViewGlobal : undefined));
let frozenGlobal = false;
mock('setInWindow', (key, value, override) => {
  globalsSet.push([key, value, override]);
  if (!frozenGlobal && (pageViewGlobal === undefined || override)) pageViewGlobal = value;
  return true;
});
const mockData = { eventName: 'auto' };
