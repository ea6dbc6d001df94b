/** Defaults the definition and the code share. Pure (no sandbox APIs): definition.ts imports it. */
export const DEFAULT_MAX_AGE_DAYS = 365;
export const CLICK_ID_COOKIE = '_epik';
/** When the server-set _epik was written (ms), so an older event never overwrites a newer click id. */
export const CLICK_ID_TIME_COOKIE = '_pin_gtm_epik_ts';
export const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age', 'vary'];
/**
 * X-Forwarded-For entries appended by proxies we trust, by default 1: Cloud Run's front end, server-side
 * GTM's automatic setup (server-template/client/src/visitor-ip.ts). At most MAX_PROXY_HOPS.
 */
export const DEFAULT_PROXY_HOPS = 1;
export const MAX_PROXY_HOPS = 10;
