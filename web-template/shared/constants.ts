/** Names the web templates share with their definitions. Pure (no sandbox APIs): definition.ts files import it. */

/** The window global holding the page load's id, the page view number and its path (web-template/shared/page-view-id.ts). */
export const PAGE_VIEW_ID_GLOBAL = '_pinterest_gtm_pvid';

/** eventName field values besides the standard tag events. */
export const BASE_CODE_ONLY = 'none';
export const AUTO = 'auto';
export const ADVERTISER_DEFINED = 'advertiserDefined';
