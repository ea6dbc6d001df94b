/** Defaults the definition and the code share. Pure (no sandbox APIs): definition.ts imports it. */
export const DEFAULT_MAX_AGE_DAYS = 365;
export const CLICK_ID_COOKIE = '_epik';
/** When the server-set _epik was written (ms), so an older event never overwrites a newer click id. */
export const CLICK_ID_TIME_COOKIE = '_pin_gtm_epik_ts';
export const CORS_HEADERS = ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'access-control-max-age', 'vary'];
