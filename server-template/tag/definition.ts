import { defineTemplate, type Parameter } from '../../build/definition';
import { TAG_EVENTS, TAG_TO_CAPI } from '../../pinterest/events';
import { CLICK_WINDOW_DAYS, CONSENT_MODE, CUSTOM_FIELDS, DEFAULT_CLICK_COLLECTION, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, EVENT_NAME_SOURCE, LOG_MODE, MAX_RETRIES, UNKNOWN_EVENTS, USER_FIELDS } from './src/choices';

const API = 'https://developers.pinterest.com/docs/api/v5/events-create';
const DOCS = 'https://github.com/pinterest-gtm/pinterest-gtm#conversions-api-tag-parameters';
const DOCS_MATCH = 'https://github.com/pinterest-gtm/pinterest-gtm#enhanced-match-normalisation';
const DOCS_CROSS = 'https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/cross-domain.md';
const crossDomainOn = { paramName: 'crossDomain', paramValue: true, type: 'EQUALS' as const };
const VARIABLE_OR = (pattern: string): string => `^(${pattern}|\\{\\{[^}]+\\}\\})$`;
const CAPI_EVENTS = [...TAG_EVENTS.map((t) => TAG_TO_CAPI[t]), 'app_install', 'app_open'];
const text = (name: string, displayName: string, help: string, extra: Partial<Parameter> = {}): Parameter =>
  ({ type: 'TEXT', name, displayName, simpleValueType: true, help, ...extra }) as Parameter;
const inherit = { paramName: 'eventNameSource', paramValue: EVENT_NAME_SOURCE.inherit, type: 'EQUALS' as const };

export default defineTemplate({
  kind: 'server-tag',
  secretParameters: ['accessToken'],
  info: {
    displayName: 'Pinterest Conversions API by pinterest-gtm',
    description: 'Sends server events to the Pinterest Conversions API with the event_id the Pinterest Tag used, so Pinterest deduplicates them; spec-exact hashing, click id, consent, retries and JSON logs. Docs: https://github.com/pinterest-gtm/pinterest-gtm',
    categories: ['ADVERTISING', 'CONVERSIONS'],
    brand: { id: 'brand_pinterest_gtm', displayName: 'pinterest-gtm', thumbnail: 'conversions-api' },
  },
  parameters: [
    {
      type: 'GROUP', name: 'accountGroup', displayName: 'Account', groupStyle: 'NO_ZIPPY', subParams: [
        text('adAccountId', 'Ad account ID', `Digits only, from Ads Manager (Business Access → Ad accounts). <a href="${API}">Conversions API</a>`, {
          alwaysInSummary: true, valueValidators: [{ type: 'NON_EMPTY' }, { type: 'REGEX', args: [VARIABLE_OR('\\d{1,18}')], errorMessage: 'Digits only, at most 18.' }],
        }),
        text('accessToken', 'Conversion access token', 'Generate it in Ads Manager → Conversions → Conversions API. Keep it in a variable rather than typing it here; it is only ever sent in the Authorization header and never logged. <a href="https://help.pinterest.com/en/business/article/the-pinterest-api-for-conversions">Pinterest help</a>', {
          valueValidators: [{ type: 'NON_EMPTY' }],
        }),
        { type: 'CHECKBOX', name: 'testMode', checkboxText: 'Test mode (adds test=true: Pinterest validates but does not record)', simpleValueType: true, defaultValue: false, help: `Turn it off in production. <a href="${API}">test parameter</a>` },
      ],
    },
    {
      type: 'GROUP', name: 'eventGroup', displayName: 'Event name', groupStyle: 'ZIPPY_OPEN', subParams: [
        {
          type: 'RADIO', name: 'eventNameSource', displayName: 'Event name', simpleValueType: true, defaultValue: EVENT_NAME_SOURCE.inherit,
          help: `Inherit maps GA4 and Pinterest names (purchase → checkout, add_to_cart → add_to_cart, …). <a href="${DOCS}">Mapping</a>`,
          radioItems: [
            { value: EVENT_NAME_SOURCE.inherit, displayValue: 'Inherit from the event' },
            { value: EVENT_NAME_SOURCE.standard, displayValue: 'Standard event', subParams: [{ type: 'SELECT', name: 'eventNameStandard', displayName: 'Standard event', simpleValueType: true, defaultValue: 'checkout', selectItems: CAPI_EVENTS.map((e) => ({ value: e, displayValue: e })), help: `<a href="${API}">Event names</a>` }] },
            { value: EVENT_NAME_SOURCE.custom, displayValue: 'Custom event name', subParams: [text('customEventName', 'Custom event name', `Letters and underscores only. <a href="https://help.pinterest.com/en/business/article/add-event-codes">Custom events</a>`, { valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('[a-zA-Z_]+')], errorMessage: 'Letters and underscores only.' }] })] },
          ],
        },
        {
          type: 'SIMPLE_TABLE', name: 'eventNameMapping', displayName: 'Mapping overrides', enablingConditions: [inherit], newRowButtonText: 'Add mapping',
          help: `Checked before the built-in mapping: an incoming event name and the Pinterest event to send (a standard name such as lead, or an advertiser-defined name of letters and underscores). <a href="${DOCS}">Mapping</a>`,
          simpleTableColumns: [
            { name: 'ga4Event', displayName: 'Incoming event name', type: 'TEXT', isUnique: true, valueValidators: [{ type: 'NON_EMPTY' }] },
            {
              name: 'pinterestEvent', displayName: 'Pinterest event', type: 'TEXT',
              valueValidators: [{ type: 'NON_EMPTY' }, { type: 'REGEX', args: [VARIABLE_OR('[a-zA-Z_]{1,100}')], errorMessage: 'Letters and underscores only, e.g. newsletter_signup.' }],
            },
          ],
        },
        text('advertiserEventNames', 'Advertiser-defined event names', `Comma-separated, e.g. quote_request, newsletter_signup: events with one of these names (as sent, letters and underscores) are sent under it. Any other name that is not in the event table follows the setting below, whoever sent it: the Pinterest client is a public endpoint, and each name it passed on would become an event in your account. <a href="${DOCS}">Mapping</a>`, {
          enablingConditions: [inherit],
          valueValidators: [{ type: 'REGEX', args: ['^([a-zA-Z_]{1,100}( *, *[a-zA-Z_]{1,100})*|\\{\\{[^}]+\\}\\})?$'], errorMessage: 'Names of letters and underscores, separated by commas.' }],
        }),
        {
          type: 'SELECT', name: 'unknownEvents', displayName: 'Events with no Pinterest meaning', simpleValueType: true, defaultValue: UNKNOWN_EVENTS.skip, enablingConditions: [inherit],
          selectItems: [
            { value: UNKNOWN_EVENTS.skip, displayValue: 'Skip them' },
            { value: UNKNOWN_EVENTS.custom, displayValue: 'Send as custom' },
            { value: UNKNOWN_EVENTS.passthrough, displayValue: 'Send with their own name (advertiser-defined)' },
          ],
          help: `For names that are neither in the event table, nor Pinterest names, nor mapped or listed above, from any client (the Pinterest client included). Events the table marks as not conversions (refund, scroll, session_start, …) are always skipped. <a href="${DOCS}">Mapping</a>`,
        },
      ],
    },
    {
      type: 'GROUP', name: 'dataGroup', displayName: 'Event data', groupStyle: 'ZIPPY_CLOSED', subParams: [
        {
          type: 'SIMPLE_TABLE', name: 'userDataOverrides', displayName: 'User data overrides', newRowButtonText: 'Add user data',
          help: `Win over the event's user data. Raw values are normalised and hashed; SHA-256 values pass through. <a href="${API}">user_data</a>`,
          simpleTableColumns: [
            { name: 'field', displayName: 'Field', type: 'SELECT', selectItems: USER_FIELDS.map((f) => ({ value: f, displayValue: f })) },
            { name: 'value', displayName: 'Value', type: 'TEXT' },
          ],
        },
        text('defaultCountry', 'Default country', `Two-letter ISO 3166-1 code, e.g. US. For events without an address country: phone numbers written without their country code get this country's calling code (without it they are left out), and state names are read as this country's. <a href="${DOCS_MATCH}">Enhanced Match normalisation</a>`, {
          // Optional: the pattern also takes the empty value, in case GTM runs REGEX validators on it.
          valueValidators: [{ type: 'REGEX', args: ['^([A-Za-z]{2}|\\{\\{[^}]+\\}\\})?$'], errorMessage: 'Two letters, e.g. US (ISO 3166-1 alpha-2), or leave it empty.' }],
        }),
        {
          type: 'SIMPLE_TABLE', name: 'customDataOverrides', displayName: 'Custom data overrides', newRowButtonText: 'Add custom data',
          help: `Win over the event's ecommerce data. content_ids: comma-separated or a JSON array; contents: a JSON array. <a href="${API}">custom_data</a>`,
          simpleTableColumns: [
            { name: 'field', displayName: 'Field', type: 'SELECT', selectItems: CUSTOM_FIELDS.map((f) => ({ value: f, displayValue: f })) },
            { name: 'value', displayName: 'Value', type: 'TEXT' },
          ],
        },
        text('defaultCurrency', 'Default currency', `Used when an event has a value but no currency (ISO 4217, for example EUR). Without either the value is left out: an amount in an unknown currency would be read in your account's currency. <a href="${API}">currency</a>`, {
          valueValidators: [{ type: 'REGEX', args: [VARIABLE_OR('[A-Za-z]{3}')], errorMessage: 'Three letters, for example USD.' }],
        }),
        text('partnerName', 'Partner name', `Only if Pinterest assigned you one (format ss-&lt;partner&gt;); advertisers leave it empty. <a href="${API}">partner_name</a>`),
      ],
    },
    {
      type: 'GROUP', name: 'consentGroup', displayName: 'Consent', groupStyle: 'ZIPPY_CLOSED', subParams: [
        {
          type: 'RADIO', name: 'consentMode', displayName: 'When the event says ad_storage or ad_user_data is denied', simpleValueType: true, defaultValue: CONSENT_MODE.respect,
          help: 'Reads x-ga-gcs and x-ga-gcd, which the GA4 client copies from the page\'s Consent Mode, and the page\'s consent that the Pinterest client forwards. Limited Data Processing is not an answer to a denial: it is Pinterest\'s flag for US state privacy laws, sent when the event carries <code>opt_out_type: LDP</code> (the web tag\'s LDP setting forwards it) or the custom data overrides set it. <a href="https://developers.google.com/tag-platform/security/concepts/consent-mode">Consent Mode</a>',
          radioItems: [
            { value: CONSENT_MODE.respect, displayValue: 'Send nothing (and log why)' },
            { value: CONSENT_MODE.always, displayValue: 'Send anyway (consent is handled elsewhere)' },
          ],
        },
      ],
    },
    {
      type: 'GROUP', name: 'crossDomainGroup', displayName: 'Cross-domain click id', groupStyle: 'ZIPPY_CLOSED', subParams: [
        {
          type: 'CHECKBOX', name: 'crossDomain', checkboxText: 'Carry the Pinterest click id across my domains (Firestore)', simpleValueType: true, defaultValue: false,
          help: `For a visitor who clicks an ad on one of your domains and buys on another: the click id of the ad click is kept in Firestore under the SHA-256 of GA's client id (event data client_id, which Google's linker carries across your domains), and an event without a click id on another of your domains gets it back, for ${CLICK_WINDOW_DAYS} days (Pinterest's default click-through attribution window), as its click_id and as the _epik cookie. Only with ad_storage consent. Needs GA4's "Configure your domains" and Firestore in the container's Google Cloud project. <a href="${DOCS_CROSS}">Cross-domain</a>`,
          subParams: [
            text('crossDomainDomains', 'Your domains', `Comma-separated registrable domains, lower-case, without https:// or a path, e.g. shop.example, checkout.example (each covers its subdomains). Nothing is stored or read for pages on other hosts. <a href="${DOCS_CROSS}">Cross-domain</a>`, {
              enablingConditions: [crossDomainOn],
              valueValidators: [{ type: 'REGEX', args: ['^([a-z0-9-]+(\\.[a-z0-9-]+)+( *, *[a-z0-9-]+(\\.[a-z0-9-]+)+)*|\\{\\{[^}]+\\}\\})$'], errorMessage: 'Lower-case domains separated by commas, e.g. shop.example, checkout.example.' }],
            }),
            text('crossDomainCollection', 'Firestore collection', `The template's permission allows ${DEFAULT_CLICK_COLLECTION} only: to use another collection, change the permission's path too. Documents: click_id and time, named by the SHA-256 of the client id. <a href="${DOCS_CROSS}">Cross-domain</a>`, {
              defaultValue: DEFAULT_CLICK_COLLECTION, enablingConditions: [crossDomainOn],
            }),
            text('crossDomainProjectId', 'Google Cloud project ID', `Empty: the container's project. <a href="https://developers.google.com/tag-platform/tag-manager/server-side/api#firestore">Firestore</a>`, { enablingConditions: [crossDomainOn] }),
          ],
        },
      ],
    },
    {
      type: 'GROUP', name: 'loggingGroup', displayName: 'Logging', groupStyle: 'ZIPPY_CLOSED', subParams: [
        {
          type: 'RADIO', name: 'logMode', displayName: 'Console logs (JSON lines)', simpleValueType: true, defaultValue: LOG_MODE.debug,
          help: 'Request, response and messages with the request\'s trace id. The access token and the IP address are never logged. <a href="https://cloud.google.com/logging/docs/structured-logging">Structured logging</a>',
          radioItems: [
            { value: LOG_MODE.off, displayValue: 'Off' }, { value: LOG_MODE.debug, displayValue: 'In Preview only' }, { value: LOG_MODE.always, displayValue: 'Always' },
          ],
        },
        {
          type: 'CHECKBOX', name: 'bigQueryLogging', checkboxText: 'Also write log rows to BigQuery', simpleValueType: true, defaultValue: false,
          help: 'Rows: timestamp, type, trace_id, event_name, message. <a href="https://developers.google.com/tag-platform/tag-manager/server-side/api#bigquery">BigQuery API</a>',
          subParams: [
            text('bigQueryProjectId', 'Project ID', 'Empty: the container\'s Google Cloud project. <a href="https://cloud.google.com/bigquery/docs">BigQuery</a>', { enablingConditions: [{ paramName: 'bigQueryLogging', paramValue: true, type: 'EQUALS' }] }),
            text('bigQueryDatasetId', 'Dataset ID', 'An existing dataset. <a href="https://cloud.google.com/bigquery/docs">BigQuery</a>', { enablingConditions: [{ paramName: 'bigQueryLogging', paramValue: true, type: 'EQUALS' }] }),
            text('bigQueryTableId', 'Table ID', 'An existing table with the columns above. <a href="https://cloud.google.com/bigquery/docs">BigQuery</a>', { enablingConditions: [{ paramName: 'bigQueryLogging', paramValue: true, type: 'EQUALS' }] }),
          ],
        },
      ],
    },
    {
      type: 'GROUP', name: 'advancedGroup', displayName: 'Advanced', groupStyle: 'ZIPPY_CLOSED', subParams: [
        text('maxRetries', 'Retries', `For 429, 5xx, timeouts and network errors, with the same event_id (0 to ${MAX_RETRIES}). <a href="${API}">Errors</a>`, { defaultValue: String(DEFAULT_MAX_RETRIES), valueValidators: [{ type: 'REGEX', args: ['^[0-' + MAX_RETRIES + ']$'], errorMessage: '0 to ' + MAX_RETRIES + '.' }] }),
        text('timeoutMs', 'Timeout (ms)', `Per attempt. <a href="https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttprequest">sendHttpRequest</a>`, { defaultValue: String(DEFAULT_TIMEOUT_MS), valueValidators: [{ type: 'POSITIVE_NUMBER' }] }),
      ],
    },
  ],
  // Shipped in gtm.js on every page, or run on every event: the .tpl carries the code minified (README, Performance).
  code: 'minified',
  permissions: {
    // getAllEventData (one call per event instead of one per key) needs access to any key: GTM's permission
    // check for it names no key (https://developers.google.com/tag-platform/tag-manager/server-side/permissions#read_event_data).
    // The code reads only the keys it uses (src/main.ts).
    read_event_data: { eventDataAccess: 'any' },
    send_http: { allowedUrls: 'specific', urls: ['https://api.pinterest.com/v5/ad_accounts/*'] },
    get_cookies: { cookieAccess: 'specific', cookieNames: ['_epik'] },
    // Cross-domain click id (src/cross-domain.ts): the _epik cookie, and the documents of one collection.
    set_cookies: { allowedCookies: [{ name: '_epik', domain: '*', path: '*', secure: 'secure', session: 'any' }] },
    access_firestore: { allowedOptions: [{ projectId: '*', path: DEFAULT_CLICK_COLLECTION + '/**', operation: 'read_write', databaseId: '(default)' }] },
    read_request: { requestAccess: 'specific', headersAllowed: true, headerAccess: 'specific', headerWhitelist: [{ headerName: 'trace-id' }] },
    read_container_data: {},
    access_bigquery: { allowedTables: [{ projectId: '*', datasetId: '*', tableId: '*', operation: 'write' }] },
    logging: { environments: 'all' },
  },
  notes: 'Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.',
});
