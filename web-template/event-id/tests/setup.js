// A scripted dataLayer and page-view global; the variable must return the id the tag uses.
const PAGE_VIEW_ID = '1700000000000.123456789';
let dataLayer = {};
let pageViewGlobal = PAGE_VIEW_ID;
let globalsSet = [];
const readPath = (root, key) => (root[key] !== undefined ? root[key] : key.split('.').reduce((value, part) => (value === undefined || value === null ? undefined : value[part]), root));
mock('copyFromDataLayer', (key) => readPath(dataLayer, key));
// The page view number global (web-template/shared/page-view-id.ts), and the page's path.
let routeGlobal;
let path = '/';
mock('getUrl', (component) => (component === 'path' ? path : undefined));
mock('copyFromWindow', (key) => (key === '_pinterest_gtm_pvid' ? pageViewGlobal : key === '_pinterest_gtm_route' ? routeGlobal : undefined));
let frozenGlobal = false;
mock('setInWindow', (key, value, override) => {
  if (key === '_pinterest_gtm_route') { routeGlobal = value; return true; }
  globalsSet.push([key, value, override]);
  if (!frozenGlobal && (pageViewGlobal === undefined || override)) pageViewGlobal = value;
  return true;
});
const mockData = { eventName: 'auto' };
