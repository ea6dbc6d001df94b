/**
 * Every permission type on both sides: what its declared settings allow and what they refuse, as
 * queryPermission(permission, ...args) asks (https://developers.google.com/tag-platform/tag-manager/templates/permissions,
 * https://developers.google.com/tag-platform/tag-manager/server-side/permissions). The permission
 * tests and the checker's mutation check both run this table.
 */
import type { PermissionSettings } from '../../gtm-sandbox/permissions/codec';

/** [label, settings, query arguments, allowed] */
export type PermissionCase = [string, PermissionSettings, unknown[], boolean];

const globals = (key: string, read: boolean, write: boolean, execute: boolean): PermissionSettings => ({ keys: [{ key, read, write, execute }] });
const urls = (...patterns: string[]): PermissionSettings => ({ allowedUrls: 'specific', urls: patterns });
const ANY_COOKIE = { name: '_epik', domain: '*', path: '*', secure: 'any', session: 'any' };

export const PERMISSION_CASES: Record<string, PermissionCase[]> = {
  access_globals: [
    ['read of a declared readable key', globals('pintrk', true, false, false), ['read', 'pintrk'], true],
    ['write of a read-only key', globals('pintrk', true, false, false), ['write', 'pintrk'], false],
    ['readwrite needs both', globals('pintrk', true, false, false), ['readwrite', 'pintrk'], false],
    ['readwrite with both', globals('pintrk', true, true, false), ['readwrite', 'pintrk'], true],
    ['execute of an executable key', globals('fbq.callMethod', false, false, true), ['execute', 'fbq.callMethod'], true],
    ['execute of a key not executable', globals('fbq', true, true, false), ['execute', 'fbq'], false],
    ['a key below a declared one is another key', globals('pintrk', true, true, true), ['read', 'pintrk.queue'], false],
    ['an undeclared key', globals('pintrk', true, true, true), ['read', 'fbq'], false],
  ],
  access_local_storage: [
    ['read of a readable key', { keys: [{ key: 'pin_ldp', read: true, write: false }] }, ['read', 'pin_ldp'], true],
    ['write of a read-only key', { keys: [{ key: 'pin_ldp', read: true, write: false }] }, ['write', 'pin_ldp'], false],
    ['another key', { keys: [{ key: 'pin_ldp', read: true, write: true }] }, ['read', 'other'], false],
  ],
  access_consent: [
    ['read of a readable type', { consentTypes: [{ consentType: 'ad_storage', read: true, write: false }] }, ['read', 'ad_storage'], true],
    ['write of a read-only type', { consentTypes: [{ consentType: 'ad_storage', read: true, write: false }] }, ['write', 'ad_storage'], false],
    ['another type', { consentTypes: [{ consentType: 'ad_storage', read: true, write: true }] }, ['read', 'analytics_storage'], false],
  ],
  get_cookies: [
    ['a named cookie', { cookieAccess: 'specific', cookieNames: ['_epik'] }, ['_epik'], true],
    ['another cookie', { cookieAccess: 'specific', cookieNames: ['_epik'] }, ['_fbp'], false],
    ['any cookie', { cookieAccess: 'any' }, ['_fbp'], true],
  ],
  set_cookies: [
    ['a declared cookie', { allowedCookies: [ANY_COOKIE] }, ['_epik', { secure: true }], true],
    ['another name', { allowedCookies: [ANY_COOKIE] }, ['_fbp', {}], false],
    ['a name * allows any name', { allowedCookies: [{ ...ANY_COOKIE, name: '*' }] }, ['_fbp', {}], true],
    ['secure required, not secure', { allowedCookies: [{ ...ANY_COOKIE, secure: 'secure' }] }, ['_epik', { secure: false }], false],
    ['another domain', { allowedCookies: [{ ...ANY_COOKIE, domain: 'shop.example' }] }, ['_epik', { domain: 'evil.example' }], false],
    ['the declared domain', { allowedCookies: [{ ...ANY_COOKIE, domain: 'shop.example' }] }, ['_epik', { domain: 'shop.example' }], true],
    ['another path', { allowedCookies: [{ ...ANY_COOKIE, path: '/shop' }] }, ['_epik', { path: '/' }], false],
    ['a session cookie where only session cookies are allowed', { allowedCookies: [{ ...ANY_COOKIE, session: 'session' }] }, ['_epik', {}], true],
    ['a persistent cookie where only session cookies are allowed', { allowedCookies: [{ ...ANY_COOKIE, session: 'session' }] }, ['_epik', { 'max-age': 60 }], false],
  ],
  get_url: [
    ['the whole URL with any part', { urlParts: 'any' }, [], true],
    ['the whole URL with specific parts', { urlParts: 'specific', path: true }, [], false],
    ['an allowed component', { urlParts: 'specific', path: true }, ['path'], true],
    ['a component not allowed', { urlParts: 'specific', path: true }, ['host'], false],
    ['an allowed query key', { urlParts: 'specific', query: true, queriesAllowed: 'specific', queryKeys: ['epik'] }, ['query', 'epik'], true],
    ['a query key not allowed', { urlParts: 'specific', query: true, queriesAllowed: 'specific', queryKeys: ['epik'] }, ['query', 'gclid'], false],
  ],
  get_referrer: [
    ['the whole referrer with any part', { urlParts: 'any' }, [], true],
    ['a component not allowed', { urlParts: 'specific', host: true }, ['query'], false],
  ],
  inject_script: [
    ['a declared URL', { urls: ['https://s.pinimg.com/ct/core.js'] }, ['https://s.pinimg.com/ct/core.js'], true],
    ['another URL', { urls: ['https://s.pinimg.com/ct/core.js'] }, ['https://evil.example/core.js'], false],
    ['a path below a pattern ending in /', { urls: ['https://cdn.example/lib/'] }, ['https://cdn.example/lib/v2/a.js'], true],
    ['a path escaping a pattern with ..', { urls: ['https://cdn.example/lib/'] }, ['https://cdn.example/lib/../evil.js'], false],
    ['no pattern at all', {}, ['https://cdn.example/a.js'], false],
  ],
  inject_hidden_iframe: [
    ['a subdomain of a wildcard host', { urls: ['https://*.frames.example/fcgi-bin/*'] }, ['https://a.frames.example/fcgi-bin/x'], true],
    ['a look-alike of a wildcard host', { urls: ['https://*.frames.example/fcgi-bin/*'] }, ['https://evilframes.example/fcgi-bin/x'], false],
  ],
  send_pixel: [
    ['any URL', { allowedUrls: 'any' }, ['https://anything.example/p'], true],
    ['a matching pattern', urls('https://ct.pinterest.com/v3/*'), ['https://ct.pinterest.com/v3/?tid=1'], true],
    ['another host', urls('https://ct.pinterest.com/v3/*'), ['https://ct.pinterest.com.evil.example/v3/'], false],
  ],
  send_pixel_from_browser: [
    ['a matching pattern', urls('https://ct.pinterest.com/*'), ['https://ct.pinterest.com/v3/'], true],
    ['another scheme', urls('https://ct.pinterest.com/*'), ['http://ct.pinterest.com/v3/'], false],
  ],
  send_http: [
    ['a matching pattern', urls('https://api.pinterest.com/v5/*'), ['https://api.pinterest.com/v5/ad_accounts/1/events'], true],
    ['another path', urls('https://api.pinterest.com/v5/*'), ['https://api.pinterest.com/v3/x'], false],
    ['a Google domain when allowed', { allowedUrls: 'specific', urls: [], allowGoogleDomains: true }, ['https://www.googleapis.com/x'], true],
    ['a Google look-alike', { allowedUrls: 'specific', urls: [], allowGoogleDomains: true }, ['https://www.googleapis.com.evil.example/x'], false],
    ['a Google domain when not allowed', { allowedUrls: 'specific', urls: [], allowGoogleDomains: false }, ['https://www.googleapis.com/x'], false],
  ],
  logging: [
    ['all environments', { environments: 'all' }, [], true],
    ['debug only, outside debug mode', { environments: 'debug' }, [], false],
  ],
  read_data_layer: [
    ['a key under a pattern', { allowedKeys: 'specific', keyPatterns: ['ecommerce.*'] }, ['ecommerce.items'], true],
    ['a look-alike key', { allowedKeys: 'specific', keyPatterns: ['ecommerce.*'] }, ['ecommerce2'], false],
    ['any key', { allowedKeys: 'any' }, ['user'], true],
  ],
  write_data_layer: [
    ['a declared key', { keyPatterns: ['ads_data_redaction'] }, ['ads_data_redaction'], true],
    ['another key', { keyPatterns: ['ads_data_redaction'] }, ['user_data'], false],
  ],
  read_event_data: [
    ['a key under a pattern', { eventDataAccess: 'specific', keyPatterns: ['user_data.*'] }, ['user_data.email_address'], true],
    ['another key', { eventDataAccess: 'specific', keyPatterns: ['user_data.*'] }, ['ip_override'], false],
    ['all event data needs any', { eventDataAccess: 'specific', keyPatterns: ['*'] }, [], false],
    ['all event data with any', { eventDataAccess: 'any' }, [], true],
  ],
  read_request: [
    ['anything with any', { requestAccess: 'any' }, ['body'], true],
    ['the body when allowed', { requestAccess: 'specific', bodyAllowed: true }, ['body'], true],
    ['the body when not', { requestAccess: 'specific', pathAllowed: true }, ['body'], false],
    ['a listed header', { requestAccess: 'specific', headersAllowed: true, headerAccess: 'specific', headerWhitelist: [{ headerName: 'User-Agent' }] }, ['header', 'user-agent'], true],
    ['an unlisted header', { requestAccess: 'specific', headersAllowed: true, headerAccess: 'specific', headerWhitelist: [{ headerName: 'User-Agent' }] }, ['header', 'cookie'], false],
    ['a listed query parameter', { requestAccess: 'specific', queryParametersAllowed: true, queryParameterAccess: 'specific', queryParameterWhitelist: [{ queryParameter: 'v' }] }, ['queryParameter', 'v'], true],
    ['an unlisted query parameter', { requestAccess: 'specific', queryParametersAllowed: true, queryParameterAccess: 'specific', queryParameterWhitelist: [{ queryParameter: 'v' }] }, ['queryParameter', 'e'], false],
    ['the remote address when not allowed', { requestAccess: 'specific', bodyAllowed: true }, ['remoteAddress'], false],
  ],
  access_response: [
    ['anything with any', { writeResponseAccess: 'any' }, ['body'], true],
    ['the status when allowed', { writeResponseAccess: 'specific', writeStatusAllowed: true }, ['status'], true],
    ['the body when not', { writeResponseAccess: 'specific', writeStatusAllowed: true }, ['body'], false],
    // GTM's export format: the list is writeHeaderWhitelist (CTassisF/GTM-HSTS-Header).
    ['a listed header', { writeResponseAccess: 'specific', writeHeadersAllowed: true, writeHeaderAccess: 'specific', writeHeaderWhitelist: [{ headerName: 'Content-Type' }] }, ['header', 'content-type'], true],
    ['an unlisted header', { writeResponseAccess: 'specific', writeHeadersAllowed: true, writeHeaderAccess: 'specific', writeHeaderWhitelist: [{ headerName: 'Content-Type' }] }, ['header', 'set-cookie'], false],
    ['headers listed under a name GTM does not read', { writeResponseAccess: 'specific', writeHeadersAllowed: true, writeHeaderAccess: 'specific', headerWhitelist: [{ headerName: 'Content-Type' }] }, ['header', 'content-type'], false],
  ],
  use_message: [
    ['a listed type and action', { allowedActions: 'specific', messageTypes: [{ type: 'send_pixel', action: 'listen' }] }, ['listen', 'send_pixel'], true],
    ['another action', { allowedActions: 'specific', messageTypes: [{ type: 'send_pixel', action: 'listen' }] }, ['send', 'send_pixel'], false],
    ['listen_and_send', { allowedActions: 'specific', messageTypes: [{ type: 'x', action: 'listen_and_send' }] }, ['send', 'x'], true],
  ],
  access_bigquery: [
    ['a declared table', { allowedTables: [{ projectId: 'p', datasetId: 'd', tableId: 't', operation: 'write' }] }, ['write', { projectId: 'p', datasetId: 'd', tableId: 't' }], true],
    ['another table', { allowedTables: [{ projectId: 'p', datasetId: 'd', tableId: 't', operation: 'write' }] }, ['write', { projectId: 'p', datasetId: 'd', tableId: 'other' }], false],
  ],
  access_firestore: [
    ['a document under a path', { allowedOptions: [{ projectId: '*', path: 'users/**', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'users/u1' }], true],
    ['a write where only reads are allowed', { allowedOptions: [{ projectId: '*', path: 'users/**', operation: 'read', databaseId: '(default)' }] }, ['write', { path: 'users/u1' }], false],
    ['another collection', { allowedOptions: [{ projectId: '*', path: 'users/**', operation: 'read_write', databaseId: '(default)' }] }, ['read', { path: 'orders/o1' }], false],
    ['a collection\'s documents as published templates declare them (users/*)', { allowedOptions: [{ projectId: '*', path: 'users/*', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'users/u1' }], true],
    ['users/* is not another collection', { allowedOptions: [{ projectId: '*', path: 'users/*', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'users_old/u1' }], false],
    ['* is every path', { allowedOptions: [{ projectId: '*', path: '*', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'orders/o1' }], true],
    ['a declared project', { allowedOptions: [{ projectId: 'shop-prod', path: '*', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'a/b', projectId: 'shop-prod' }], true],
    ['another project', { allowedOptions: [{ projectId: 'shop-prod', path: '*', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'a/b', projectId: 'other' }], false],
    ['GOOGLE_CLOUD_PROJECT for a request naming no project', { allowedOptions: [{ projectId: 'GOOGLE_CLOUD_PROJECT', path: '*', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'a/b' }], true],
    ['another database', { allowedOptions: [{ projectId: '*', path: '*', operation: 'read', databaseId: '(default)' }] }, ['read', { path: 'a/b', databaseId: 'analytics' }], false],
  ],
  use_google_credentials: [
    ['a declared scope', { allowedScopes: ['https://www.googleapis.com/auth/datastore'] }, [['https://www.googleapis.com/auth/datastore']], true],
    ['another scope', { allowedScopes: ['https://www.googleapis.com/auth/datastore'] }, [['https://www.googleapis.com/auth/cloud-platform']], false],
  ],
  use_custom_private_keys: [
    ['a declared key id', { keyIds: ['k1'] }, ['k1'], true],
    ['another key id', { keyIds: ['k1'] }, ['k2'], false],
  ],
};

/** Permissions that carry no settings: declared allows, undeclared refuses. */
export const PRESENCE_PERMISSIONS = [
  'access_template_storage', 'read_title', 'read_character_set', 'read_container_data', 'read_event_metadata',
  'read_analytics_storage', 'return_response', 'run_container',
];

/** [pattern, URL, matches]: URL match patterns, read as a browser reads the URL. */
export const URL_CASES: [string, string, boolean][] = [
  // Exact, scheme
  ['https://s.pinimg.com/ct/core.js', 'https://s.pinimg.com/ct/core.js', true],
  ['https://s.pinimg.com/ct/core.js', 'https://s.pinimg.com/ct/other.js', false],
  ['https://s.pinimg.com/ct/core.js', 'http://s.pinimg.com/ct/core.js', false],
  ['https://s.pinimg.com/ct/core.js', 'HTTPS://S.PINIMG.COM/ct/core.js', true],
  ['https://s.pinimg.com/ct/core.js', 'https://s.pinimg.com/ct/core.js?v=1#x', true],
  // Wildcard hosts
  ['https://*.example.com/', 'https://sgtm.example.com/pinterest/events?e=1', true],
  ['https://*.example.com/', 'https://a.b.example.com/', true],
  ['https://*.example.com/', 'https://evilexample.com/', false],
  ['https://*.example.com/', 'https://example.com/', false],
  ['https://*.example.com/', 'https://example.com.evil.net/', false],
  ['https://*.example.com/', 'https://evil.net/.example.com/', false],
  ['https://*.example.com/', 'https://evil.net\\.example.com/', false],
  ['https://*.example.com/', 'https://sgtm.example.com@evil.net/', false],
  ['https://*/pinterest/*', 'https://sgtm.shop.example/pinterest/events?v=1', true],
  ['https://*/pinterest/*', 'https://sgtm.shop.example/collect', false],
  // Paths
  ['https://api.pinterest.com/v5/*', 'https://api.pinterest.com/v5/ad_accounts/1/events', true],
  ['https://api.pinterest.com/v5/*', 'https://api.pinterest.com/v3/x', false],
  ['https://api.pinterest.com/v5/*', 'https://api.pinterest.com/v5/../v3/x', false],
  ['https://cdn.example/lib/', 'https://cdn.example/lib/a/b.js', true],
  ['https://cdn.example/lib/', 'https://cdn.example/library.js', false],
  ['https://cdn.example/lib/', 'https://cdn.example/lib/%2e%2e/evil.js', false],
  ['https://cdn.example/a*.js', 'https://cdn.example/a/b.js', true],
  ['https://cdn.example/a*.js', 'https://cdn.example/a.json', false],
  ['https://cdn.example', 'https://cdn.example/any/path', true],
  // Several wildcards: each part in order, none overlapping, the last at the end
  ['https://cdn.example/*/v*/x.js', 'https://cdn.example/a/v2/x.js', true],
  ['https://cdn.example/*/v*/x.js', 'https://cdn.example//v/x.js', true],
  ['https://cdn.example/*/v*/x.js', 'https://cdn.example/a/x.js', false],
  ['https://cdn.example/*ab*ba', 'https://cdn.example/aba', false],
  ['https://cdn.example/*ab*ba', 'https://cdn.example/abba', true],
  ['https://cdn.example/a*a', 'https://cdn.example/a', false],
  // Ports
  ['https://shop.example/', 'https://shop.example:443/x', true],
  ['https://shop.example/', 'https://shop.example:8443/x', false],
  ['https://shop.example:8443/', 'https://shop.example:8443/x', true],
  ['https://shop.example:8443/', 'https://shop.example/x', false],
  ['https://*.example.com/', 'https://a.example.com:8443/', false],
  ['http://127.0.0.1:8790/', 'http://127.0.0.1:8790/v5/events', true],
  ['http://127.0.0.1:8790/', 'http://127.0.0.1:8791/v5/events', false],
  // Not URLs
  ['not a pattern', 'https://a.b/', false],
  ['https://a.b/', 'not a url', false],
  ['https://a.b/', '//a.b/x.js', false],
  ['https://a.b/', 'javascript:alert(1)//https://a.b/', false],
];

/** [pattern, key, matches]: dotted key patterns. */
export const KEY_CASES: [string, string, boolean][] = [
  ['ecommerce', 'ecommerce.items', true],
  ['ecommerce.*', 'ecommerce', true],
  ['ecommerce.*', 'ecommerce.items.0', true],
  ['ecommerce.*', 'ecommerce2', false],
  ['ecommerce', 'ecommerce2', false],
  ['gtm.uniqueEventId', 'gtm.uniqueEventId', true],
  ['gtm.uniqueEventId', 'gtm', false],
  ['*', 'anything.at.all', true],
];
