import { defineTemplate, type Parameter } from '../../build/definition';
import { CORE_JS_URL } from '../../pinterest/tag-script';
import { ADVERTISER_DEFINED, AUTO, BASE_CODE_ONLY, PAGE_VIEW_ID_GLOBAL } from '../shared/constants';
import { eventItems } from '../shared/event-menu';

const EVENT_CODES = 'https://help.pinterest.com/en/business/article/add-event-codes';
const DOCS = 'https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters';
const VARIABLE_OR = (pattern: string): string => `^(${pattern}|\\{\\{[^}]+\\}\\})$`;

const tracksEvent = { paramName: 'eventName', paramValue: BASE_CODE_ONLY, type: 'NOT_EQUALS' as const };
const text = (name: string, displayName: string, help: string, extra: Partial<Parameter> = {}): Parameter =>
  ({ type: 'TEXT', name, displayName, simpleValueType: true, help, ...extra }) as Parameter;

export default defineTemplate({
  kind: 'web-tag',
  info: {
    displayName: 'Pinterest Tag by pinterest-gtm',
    description: 'The Pinterest Tag with a shared event_id for deduplication with the Conversions API, every GA4 ecommerce item as a line item, several tag IDs, hashed Enhanced Match, Consent Mode and optional forwarding to a server container. Docs: https://github.com/pinterest-gtm/pinterest-gtm',
    categories: ['ADVERTISING', 'CONVERSIONS', 'REMARKETING'],
    brand: { id: 'brand_pinterest_gtm', displayName: 'pinterest-gtm', thumbnail: 'tag' },
  },
  parameters: [
    {
      type: 'GROUP', name: 'tagGroup', displayName: 'Tag', groupStyle: 'NO_ZIPPY', subParams: [
        text('tagId', 'Pinterest Tag ID(s)', `The 13-digit tag ID from Ads Manager (Conversions → Pinterest Tag). Several IDs, comma-separated, are each loaded once per page. <a href="${DOCS}">Docs</a>`, {
          valueHint: '2612345678901', alwaysInSummary: true,
          valueValidators: [{ type: 'NON_EMPTY' }, { type: 'REGEX', args: [VARIABLE_OR('\\s*\\d{13}(\\s*,\\s*\\d{13})*\\s*')], errorMessage: 'Enter one or more 13-digit tag IDs, separated by commas.' }],
        }),
        {
          type: 'SELECT', name: 'eventName', displayName: 'Event', simpleValueType: true, defaultValue: AUTO, selectItems: eventItems, alwaysInSummary: true,
          help: `Which event to track. <b>Automatic</b> maps the GA4 event being pushed by the README's event table (purchase → checkout, add_to_cart → addtocart, page_view → the page visit, …) and tracks nothing for events that are not conversions (refund, remove_from_cart, …). <b>Base code only</b> loads the tag and sends the page visit of the page view. <a href="${EVENT_CODES}">Pinterest events</a>`,
        },
        text('customEventName', 'Custom event name', `An advertiser-defined event name: letters and underscores only. <a href="${EVENT_CODES}">Pinterest help</a>`, {
          enablingConditions: [{ paramName: 'eventName', paramValue: ADVERTISER_DEFINED, type: 'EQUALS' }],
          valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('[a-zA-Z_]+')], errorMessage: 'Letters and underscores only.' }],
        }),
        text('eventId', 'Event ID (optional)', `Leave empty to use pinterest-gtm's rule: checkout with an order ID → <code>checkout_&lt;order ID&gt;</code>; a page visit → the ID of its page view; otherwise an ID unique to this page load and dataLayer event. The <b>Pinterest Event ID</b> variable returns the same ID for your server-side events. <a href="${DOCS}">Deduplication</a>`, {
          enablingConditions: [tracksEvent],
        }),
      ],
    },
    {
      type: 'GROUP', name: 'eventGroup', displayName: 'Event data', groupStyle: 'ZIPPY_OPEN', enablingConditions: [tracksEvent], subParams: [
        {
          type: 'CHECKBOX', name: 'readEcommerce', checkboxText: 'Read GA4 ecommerce data from the dataLayer (always on in Automatic mode)', simpleValueType: true, defaultValue: true,
          help: 'Takes value, currency, transaction_id, coupon and every item of the GA4 <code>ecommerce</code> object, and search_term and video_title. Fields below win over the dataLayer. <a href="https://developers.google.com/analytics/devguides/collection/ga4/ecommerce">GA4 ecommerce</a>',
        },
        text('value', 'Value', `The order or lead value, a number such as 49.90. <a href="${EVENT_CODES}">Event data</a>`, { valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('-?\\d+(\\.\\d+)?')], errorMessage: 'A number such as 49.90.' }] }),
        text('currency', 'Currency', 'ISO 4217 code, for example EUR. <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO 4217</a>', { valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('[A-Za-z]{3}')], errorMessage: 'Three letters, for example USD.' }] }),
        text('defaultCurrency', 'Default currency', 'Used when the event has a value but no currency (ISO 4217, for example EUR). Without either, the value is left out: Pinterest cannot read an amount in an unknown currency. <a href="https://www.iso.org/iso-4217-currency-codes.html">ISO 4217</a>', { valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('[A-Za-z]{3}')], errorMessage: 'Three letters, for example USD.' }] }),
        text('orderId', 'Order ID', `The order (transaction) ID. Pinterest needs it for checkout reporting, and it makes the checkout event_id stable across reloads. <a href="${DOCS}">Deduplication</a>`),
        text('orderQuantity', 'Order quantity', `Number of items; computed from the line items when empty. <a href="${EVENT_CODES}">Event data</a>`, { valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('\\d+')], errorMessage: 'A whole number.' }] }),
        text('promoCode', 'Promo code', `The coupon used. <a href="${EVENT_CODES}">Event data</a>`),
        text('searchQuery', 'Search query', `For search events. <a href="${EVENT_CODES}">Event data</a>`),
        text('leadType', 'Lead type', `For lead and signup events. <a href="${EVENT_CODES}">Event data</a>`),
        text('videoTitle', 'Video title', `For watchvideo events. <a href="${EVENT_CODES}">Event data</a>`),
        {
          type: 'SIMPLE_TABLE', name: 'customProperties', displayName: 'Custom properties', newRowButtonText: 'Add property',
          help: `Any other event data, sent as is (they win over everything above). At most 40 per event: later rows are left out (the server forwarding protocol takes 50 event data keys, the tag's own included). <a href="${EVENT_CODES}">Event data</a>`,
          simpleTableColumns: [
            { name: 'name', displayName: 'Name', type: 'TEXT', isUnique: true, valueValidators: [{ type: 'NON_EMPTY' }, { type: 'REGEX', args: [VARIABLE_OR('[A-Za-z_][A-Za-z0-9_]{0,63}')], errorMessage: 'Letters, digits and underscores, starting with a letter.' }] },
            { name: 'value', displayName: 'Value', type: 'TEXT' },
          ],
        },
      ],
    },
    {
      type: 'GROUP', name: 'matchGroup', displayName: 'Enhanced Match', groupStyle: 'ZIPPY_CLOSED', subParams: [
        text('email', 'Email', 'The customer\'s email, raw or SHA-256 hashed. It is normalised and hashed inside GTM before it reaches Pinterest and is never logged. <a href="https://help.pinterest.com/en/business/article/enhanced-match">Enhanced Match</a>'),
        text('externalId', 'External ID', 'Your own customer ID (loyalty or account ID), hashed with SHA-256 inside GTM. <a href="https://help.pinterest.com/en/business/article/enhanced-match">Enhanced Match</a>'),
      ],
    },
    {
      type: 'GROUP', name: 'privacyGroup', displayName: 'Consent and privacy', groupStyle: 'ZIPPY_CLOSED', subParams: [
        {
          type: 'RADIO', name: 'consentMode', displayName: 'Consent', simpleValueType: true, defaultValue: 'respect',
          radioItems: [
            { value: 'respect', displayValue: 'Respect Consent Mode: wait for ad_storage; on revocation call pintrk("setconsent", false)' },
            { value: 'always', displayValue: 'Fire regardless (your triggers or consent settings already gate this tag)' },
          ],
          help: 'With Consent Mode, nothing is loaded or sent while ad_storage is denied; the event is sent if consent is granted later on the page. While ad_user_data is denied, no Enhanced Match data (email, external ID) is sent; it is set when ad_user_data is granted. <a href="https://developers.google.com/tag-platform/security/concepts/consent-mode">Consent Mode</a>',
        },
        {
          type: 'CHECKBOX', name: 'limitedDataProcessing', checkboxText: 'Limited Data Processing (US state privacy laws)', simpleValueType: true, defaultValue: false,
          help: 'Sends <code>pintrk("set", {opt_out_type: "LDP", st, country})</code> before any event, with the state and country hashed as Pinterest\'s guide shows; for users to whom a US state privacy law applies. <a href="https://developers.pinterest.com/docs/track-conversions/use-limited-data-processing-flag/">LDP</a>',
          subParams: [
            text('ldpState', 'State', 'Two-letter state code, e.g. CA; hashed inside GTM. <a href="https://help.pinterest.com/en/business/article/limited-data-processing">LDP</a>', { enablingConditions: [{ paramName: 'limitedDataProcessing', paramValue: true, type: 'EQUALS' }] }),
            text('ldpCountry', 'Country', 'Two-letter country code, e.g. US; hashed inside GTM. <a href="https://help.pinterest.com/en/business/article/limited-data-processing">LDP</a>', { enablingConditions: [{ paramName: 'limitedDataProcessing', paramValue: true, type: 'EQUALS' }] }),
          ],
        },
      ],
    },
    {
      type: 'GROUP', name: 'serverGroup', displayName: 'Server forwarding', groupStyle: 'ZIPPY_CLOSED', subParams: [
        text('serverUrl', 'Server container endpoint', `Optional. Also sends the event (same event_id, hashed user data) to the pinterest-gtm client in your server container, e.g. https://sgtm.example.com/pinterest/events. An https URL without a port whose path starts with /pinterest/ and holds only letters, digits, /, - and _. Type it, or use a constant or a lookup of constants: never a variable the page can influence (a URL from the page would receive hashed user data and the click id); other URLs are refused at run time. <a href="${DOCS}">Server forwarding</a>`, {
          valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('https://[A-Za-z0-9.-]+/pinterest/[A-Za-z0-9/_-]*')], errorMessage: 'An https URL without a port whose path starts with /pinterest/ (letters, digits, /, - and _).' }],
        }),
      ],
    },
    {
      type: 'GROUP', name: 'advancedGroup', displayName: 'Advanced', groupStyle: 'ZIPPY_CLOSED', subParams: [
        {
          type: 'CHECKBOX', name: 'sendPageView', checkboxText: 'Send the page visit once per page view', simpleValueType: true, defaultValue: true,
          help: 'The first fire of each page view (the loaded page, and each single-page-app route) sends <code>pintrk("track", "pagevisit", {event_id})</code> with the page view\'s event_id, which the Pinterest Event ID variable returns for page_view, so the Conversions API\'s page_visit deduplicates with it. Turn off only if another tag already sends page visits. <a href="https://help.pinterest.com/en/business/article/add-event-codes">Event codes</a>',
        },
      ],
    },
  ],
  // Shipped in gtm.js on every page, or run on every event: the .tpl carries the code minified (README, Performance).
  code: 'minified',
  // The tag's own objects: built event data and its line items, partner data forms, the page state (kept in
  // templateStorage by this code only), prepared user fields, the page view id read. None reaches pintrk,
  // the network or the dataLayer by these names.
  internalProperties: ['data', 'wire', 'lines', 'ldp', 'forwarded', 'region', 'loaded', 'visited', 'storageWatch', 'matchWatch', 'pendingMatch', 'hashed', 'plain', 'skip', 'id', 'view', 'enhancedMatch', 'route'],
  permissions: {
    access_globals: {
      keys: [
        { key: 'pintrk', read: true, write: true, execute: false },
        { key: 'pintrk.queue', read: true, write: true, execute: false },
        { key: PAGE_VIEW_ID_GLOBAL, read: true, write: true, execute: false },
      ],
    },
    inject_script: { urls: [CORE_JS_URL] },
    read_data_layer: { allowedKeys: 'specific', keyPatterns: ['event', 'ecommerce', 'ecommerce.*', 'gtm.uniqueEventId', 'gtm.start', 'search_term', 'video_title'] },
    access_consent: { consentTypes: [{ consentType: 'ad_storage', read: true, write: false }, { consentType: 'ad_user_data', read: true, write: false }] },
    access_template_storage: {},
    get_url: { urlParts: 'specific', protocol: true, host: true, port: true, path: true, query: true, queriesAllowed: 'specific', queryKeys: ['epik'] },
    get_cookies: { cookieAccess: 'specific', cookieNames: ['_epik'] },
    send_pixel: { allowedUrls: 'specific', urls: ['https://*/pinterest/*'] },
    logging: { environments: 'debug' },
  },
  notes: 'Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.',
});
