import { defineTemplate } from '../../build/definition';
import { DEFAULT_PATH, MAX_BATCH_EVENTS, MAX_BODY_BYTES, MAX_UNAUTHENTICATED_EVENTS, SECRET_HEADER } from '../../pinterest/forwarding-protocol';
import { CLICK_ID_COOKIE, CLICK_ID_TIME_COOKIE, CORS_HEADERS, DEFAULT_MAX_AGE_DAYS, DEFAULT_PROXY_HOPS, MAX_PROXY_HOPS } from './src/choices';

const PROTOCOL = 'https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md';
const DOCS = 'https://github.com/pinterest-gtm/pinterest-gtm#pinterest-client-parameters';
const cookie = (name: string) => ({ name, domain: '*', path: '*', secure: 'secure', session: 'any' });

export default defineTemplate({
  kind: 'server-client',
  secretParameters: ['sharedSecret'],
  info: {
    displayName: 'Pinterest Client by pinterest-gtm',
    description: 'Receives events from the Pinterest Tag by pinterest-gtm (or your backend) in a server container, validates them, runs them for the Pinterest Conversions API tag, and keeps the click id in a first-party cookie. Docs: https://github.com/pinterest-gtm/pinterest-gtm',
    categories: ['ADVERTISING', 'CONVERSIONS'],
    brand: { id: 'brand_pinterest_gtm', displayName: 'pinterest-gtm', thumbnail: 'client' },
  },
  parameters: [
    {
      type: 'TEXT', name: 'path', displayName: 'Request path', simpleValueType: true, defaultValue: DEFAULT_PATH,
      help: `The client claims only requests on this path. The web tag's permission allows paths under /pinterest/. <a href="${PROTOCOL}">Protocol</a>`,
      valueValidators: [{ type: 'REGEX', args: ['^/pinterest/[A-Za-z0-9_\\-/]*$'], errorMessage: 'A path under /pinterest/.' }],
    },
    {
      type: 'TEXT', name: 'allowedOrigins', displayName: 'Allowed origins (CORS)', simpleValueType: true,
      help: `Comma-separated origins allowed to POST from a browser, e.g. https://shop.example; a request carrying another Origin is refused. The web tag's image requests and server-to-server POSTs need no CORS. While Site hosts is empty, these origins' hosts are the site's hosts. <a href="https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS">CORS</a>`,
    },
    {
      type: 'TEXT', name: 'siteHosts', displayName: 'Site hosts', simpleValueType: true,
      help: `Comma-separated host names of your site's pages, e.g. shop.example (each also covers its subdomains). The web tag's image requests must come from them: a request the browser marks cross-site, or whose page or Referer is on another host, is refused, so other websites cannot send events through their visitors' browsers. Empty: the hosts of the allowed origins, or else the registrable domain of this server container (sgtm.shop.example serves shop.example). <a href="${PROTOCOL}#requests-from-other-sites">Requests from other sites</a>`,
    },
    {
      type: 'TEXT', name: 'maxEvents', displayName: 'Events per request (max)', simpleValueType: true, defaultValue: String(MAX_BATCH_EVENTS),
      help: `Larger batches are refused with 413. At most ${MAX_BATCH_EVENTS}. Callers without the shared secret may send at most ${MAX_UNAUTHENTICATED_EVENTS}. <a href="${PROTOCOL}">Limits</a>`, valueValidators: [{ type: 'POSITIVE_NUMBER' }],
    },
    {
      type: 'TEXT', name: 'sharedSecret', displayName: 'Shared secret for POST batches (optional)', simpleValueType: true,
      help: `Your backend sends it in the <code>${SECRET_HEADER}</code> header to POST up to the limit above; without it a request carries at most ${MAX_UNAUTHENTICATED_EVENTS} events, and a wrong one is refused with 403. Use 32 or more random characters and keep them in a variable (e.g. a Constant), not typed here, so they stay out of exports and screenshots. The web tag never sends it. <a href="${PROTOCOL}#shared-secret">Shared secret</a>`,
    },
    {
      type: 'TEXT', name: 'maxBodyBytes', displayName: 'Request body size (max bytes)', simpleValueType: true, defaultValue: String(MAX_BODY_BYTES),
      help: `Bodies over this many bytes (UTF-8, not characters) are refused with 413. <a href="${PROTOCOL}#limits">Limits</a>`, valueValidators: [{ type: 'POSITIVE_NUMBER' }],
    },
    {
      type: 'TEXT', name: 'trustedProxyHops', displayName: 'Trusted proxy hops', simpleValueType: true, defaultValue: String(DEFAULT_PROXY_HOPS),
      help: `How many X-Forwarded-For entries, counted from the right, your own proxies append: the visitor's IP address is the leftmost of them, never an entry the caller wrote. 1 for Cloud Run (Google's front end appends the visitor's address), 2 behind Google's external Application Load Balancer (it appends the visitor's and its own address). At most ${MAX_PROXY_HOPS}. Private and reserved addresses are never sent. <a href="${PROTOCOL}#client-address">Client address</a>`,
      valueValidators: [{ type: 'POSITIVE_NUMBER' }],
    },
    {
      type: 'CHECKBOX', name: 'setClickIdCookie', checkboxText: 'Keep the Pinterest click id (_epik) in a first-party cookie set by the server', simpleValueType: true, defaultValue: true,
      help: `Safari limits cookies set by scripts to 7 days; Pinterest attributes clicks for up to 30. <a href="https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies">Pinterest cookies</a>`,
      subParams: [
        { type: 'TEXT', name: 'cookieMaxAgeDays', displayName: 'Lifetime (days)', simpleValueType: true, defaultValue: String(DEFAULT_MAX_AGE_DAYS), help: `Default one year. <a href="${DOCS}">Docs</a>`, valueValidators: [{ type: 'POSITIVE_NUMBER' }], enablingConditions: [{ paramName: 'setClickIdCookie', paramValue: true, type: 'EQUALS' }] },
        { type: 'TEXT', name: 'cookieDomain', displayName: 'Cookie domain', simpleValueType: true, defaultValue: 'auto', help: `auto: the registrable domain of the request. <a href="https://developers.google.com/tag-platform/tag-manager/server-side/api#setcookie">setCookie</a>`, enablingConditions: [{ paramName: 'setClickIdCookie', paramValue: true, type: 'EQUALS' }] },
      ],
    },
  ],
  // Shipped in gtm.js on every page, or run on every event: the .tpl carries the code minified (README, Performance).
  code: 'minified',
  permissions: {
    read_request: {
      requestAccess: 'specific', bodyAllowed: true, pathAllowed: true, queryParametersAllowed: true,
      queryParameterAccess: 'specific', queryParameterWhitelist: [{ queryParameter: 'v' }, { queryParameter: 'e' }],
      headersAllowed: true, headerAccess: 'specific',
      headerWhitelist: ['origin', 'user-agent', SECRET_HEADER, 'x-forwarded-for', 'sec-fetch-site', 'referer', 'host'].map((headerName) => ({ headerName })),
    },
    return_response: {},
    access_response: {
      writeResponseAccess: 'specific', writeStatusAllowed: true, writeBodyAllowed: true, writeHeadersAllowed: true, writeHeaderAccess: 'specific',
      writeHeaderWhitelist: [...CORS_HEADERS, 'content-type', 'x-content-type-options', 'cache-control', 'pragma', 'expires'].map((headerName) => ({ headerName })),
    },
    run_container: {},
    get_cookies: { cookieAccess: 'specific', cookieNames: [CLICK_ID_COOKIE, CLICK_ID_TIME_COOKIE, '_ga'] },
    set_cookies: { allowedCookies: [cookie(CLICK_ID_COOKIE), cookie(CLICK_ID_TIME_COOKIE)] },
    logging: { environments: 'debug' },
  },
  notes: 'Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.',
});
