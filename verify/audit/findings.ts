/**
 * Every finding `pinterest-gtm audit` can report, once: a stable id, a severity, what it means and how
 * to fix it. The README's table is generated from this list (verify/audit/findings-table.ts) and a test
 * keeps the two equal. Ids never change once released: CI configurations and dashboards key on them.
 * Sources are cited where each rule is checked (verify/audit/rules/*).
 */
export type Severity = 'error' | 'warning' | 'info';

export interface FindingKind { readonly severity: Severity; readonly means: string; readonly fix: string }

export const FINDINGS = {
  // The audit itself
  'site-unreachable': { severity: 'error', means: 'A page of the audit could not be loaded (network error, timeout or an HTTP error status).', fix: 'Check the URL, that the site is up and reachable from where the audit runs (VPN, basic auth, firewall).' },
  'journey-invalid': { severity: 'error', means: 'The journey file is not a valid journey; the message names the step and line.', fix: 'Correct the step as the message says (see the journey format above).' },
  'step-failed': { severity: 'error', means: 'A journey step could not be done: the text or selector was not found, or it timed out.', fix: 'Update the journey to the site (text, selector, timeout), or fix the page if the element should be there.' },
  'expect-not-met': { severity: 'error', means: 'An `expect` step found no Pinterest event with that name and those parameters.', fix: 'Make the page track the event (tag, trigger, dataLayer push), or correct the expectation.' },
  // The tag
  'tag-missing': { severity: 'error', means: 'A page loads no Pinterest tag although ad consent allows it.', fix: 'Put the base code (or the Pinterest Tag on an All Pages trigger) on every page.' },
  'tag-id-invalid': { severity: 'error', means: 'A tag ID is not 13 digits.', fix: 'Copy the tag ID from Ads Manager (Conversions → Pinterest Tag).' },
  'tag-id-unexpected': { severity: 'error', means: 'A tag ID other than the one given with `--tag-id` is loaded.', fix: 'Remove the stray tag or correct its ID.' },
  'tag-ids-multiple': { severity: 'warning', means: 'Several different tag IDs are loaded (on one page, or on different pages).', fix: 'Keep one tag ID per site unless two ad accounts really must both receive events.' },
  'tag-loaded-twice': { severity: 'error', means: 'The same tag ID is loaded twice on a page (for example hard-coded base code and GTM): page visits and events can be counted twice.', fix: 'Remove one of the two installations.' },
  'page-missing': { severity: 'error', means: 'The tag is loaded but no page visit is sent on the page: neither `pintrk(\'page\')` nor a `pagevisit` track.', fix: 'Send the page visit on every page: `pintrk(\'page\')` right after `load` (the base code does), or `pintrk(\'track\', \'pagevisit\', {event_id})` to pair it with the Conversions API.' },
  'track-before-load': { severity: 'error', means: 'An event is sent before any `pintrk(\'load\', …)` on the page, so it has no tag to go to.', fix: 'Run the base code before any event code (in the <head>, or fire the base tag first in GTM).' },
  'corejs-failed': { severity: 'error', means: 'Pinterest\'s core.js was blocked or failed to load (network error, Content Security Policy, HTTP error).', fix: 'Allow https://s.pinimg.com in script-src and https://ct.pinterest.com in img-src/connect-src; check the URL in the base code.' },
  'tag-not-sending': { severity: 'error', means: 'The page calls `pintrk` but nothing reaches Pinterest\'s tag endpoint.', fix: 'Check that core.js runs (Content Security Policy, script errors, consent tools blocking it).' },
  // Events
  'event-name-invalid': { severity: 'error', means: 'An event name is neither a standard Pinterest event nor a valid custom name (letters and underscores), e.g. `purchase` or `add-to-cart`.', fix: 'Use the standard name (`checkout` for a purchase, `addtocart`, `lead`, …) or a custom name of letters and underscores.' },
  'event-name-custom': { severity: 'info', means: 'An advertiser-defined (custom) event name is used.', fix: 'Fine if intended; campaigns optimise on standard events, so use one where it fits.' },
  'event-data-invalid': { severity: 'error', means: 'The event data (third argument of `pintrk(\'track\', …)`) is not an object.', fix: 'Pass the event data as one object: `pintrk(\'track\', \'checkout\', { value: 10, … })`.' },
  'value-not-number': { severity: 'error', means: '`value` is not a number (for example the string "49.99" or "$49.99").', fix: 'Send `value` as a JavaScript number without currency symbols.' },
  'currency-invalid': { severity: 'error', means: '`currency` is not an ISO 4217 code.', fix: 'Send the three-letter upper-case code, e.g. EUR, USD, GBP.' },
  'currency-missing': { severity: 'warning', means: 'An event has a value but no currency; Pinterest then assumes USD.', fix: 'Send `currency` with every value.' },
  'param-type-invalid': { severity: 'error', means: 'An event parameter has the wrong type (e.g. `order_quantity` not a whole number, `order_id` not text).', fix: 'Send the type Pinterest documents for the parameter.' },
  'param-unknown': { severity: 'info', means: 'An event parameter is not one Pinterest documents (GA4 names such as `items`, `transaction_id`, `coupon` are common).', fix: 'Rename it (items → line_items, transaction_id → order_id, coupon → promo_code) unless it is a deliberate custom property.' },
  'line-items-invalid': { severity: 'error', means: '`line_items` is not a list of objects, or a line item field has the wrong type.', fix: 'Send `line_items` as objects with text `product_id`/`product_name` and number `product_price`/`product_quantity`.' },
  'product-id-missing': { severity: 'error', means: 'A line item has no `product_id`, so catalog sales and dynamic retargeting cannot use it.', fix: 'Send the catalog `id` of each product as `product_id`.' },
  'checkout-order-id-missing': { severity: 'error', means: 'A checkout has no `order_id` (Pinterest needs it for conversion reporting and it makes the event_id stable).', fix: 'Send the order (transaction) ID as `order_id`.' },
  'checkout-value-missing': { severity: 'error', means: 'A checkout has no `value`.', fix: 'Send the order value as a number.' },
  'checkout-currency-missing': { severity: 'error', means: 'A checkout has no `currency`.', fix: 'Send the ISO 4217 currency code.' },
  'checkout-products-missing': { severity: 'error', means: 'A checkout has no line items with product IDs; catalog sales campaigns need them.', fix: 'Send `line_items` with the `product_id` of every product bought.' },
  'ga4-conversion-untracked': { severity: 'warning', means: 'The dataLayer has a GA4 conversion (purchase, add_to_cart, generate_lead, sign_up) but the page sends no matching Pinterest event.', fix: 'Fire the Pinterest tag on that dataLayer event (Automatic mode does it for GA4 ecommerce events).' },
  // Deduplication
  'event-id-missing': { severity: 'error', means: 'An event has no `event_id`, so Pinterest cannot deduplicate it with its Conversions API copy.', fix: 'Send `event_id` in the event data (the Pinterest Event ID variable gives one).' },
  'event-id-misplaced': { severity: 'error', means: '`event_id` is passed as the fourth argument of `pintrk(\'track\', …)`, which is the callback; Pinterest ignores it.', fix: 'Put `event_id` inside the event data object.' },
  'event-id-reused': { severity: 'error', means: 'One event_id is used for different events, so Pinterest drops all but the first.', fix: 'Give every event its own event_id (only a reloaded order page may repeat its checkout id).' },
  'conversion-duplicate': { severity: 'error', means: 'The same conversion is tracked twice on one page: the same event_id, the same order, or a checkout, lead or signup with identical data and no order_id or event_id to tell the copies apart.', fix: 'Fire the event once: look for two tags or two triggers on the same event.' },
  'event-id-unstable': { severity: 'warning', means: 'The same order is tracked on two page views with different event_ids (a reloaded thank-you page), so the copies are not deduplicated.', fix: 'Derive the checkout event_id from the order ID, e.g. `checkout_<order id>`.' },
  // Enhanced Match
  'em-missing': { severity: 'warning', means: 'A checkout, lead or signup is sent without Enhanced Match (`em`).', fix: 'Pass the customer\'s email (hashed) in `pintrk(\'load\', …, { em })` or `pintrk(\'set\', { em })`.' },
  'em-not-hashed': { severity: 'error', means: '`em` holds a raw email address or another value that is not a hash.', fix: 'Send the SHA-256 hex digest of the trimmed, lower-cased email.' },
  // Consent
  'consent-denied-event': { severity: 'error', means: 'The Pinterest tag loads or sends events while ad_storage is denied (Consent Mode) or after the audit rejected cookies.', fix: 'Gate the tag on ad consent (GTM consent settings, or the template\'s Respect Consent Mode), or call `pintrk(\'setconsent\', false)`.' },
  'cookies-while-denied': { severity: 'error', means: 'Pinterest cookies (_epik, _pin_unauth, _derived_epik) are written on a page where ad consent is denied.', fix: 'Do not load the tag before consent; call `pintrk(\'setconsent\', false)` when consent is withdrawn.' },
  'consent-banner-not-found': { severity: 'warning', means: '`--consent accept|reject` was given but no consent button was found to click.', fix: 'Add a `click` step for your banner\'s button to a journey.' },
  // Server side
  'server-container-failed': { severity: 'warning', means: 'A request to the server container\'s /pinterest/ endpoint failed or answered an error status.', fix: 'Check the server container URL in the tag and that the Pinterest client is published.' },
  'server-logs-none': { severity: 'warning', means: '`--server-logs` holds no Conversions API event from this audit (time window and browser).', fix: 'Check that the Conversions API tag logs (Logging: always) and that you pass this run\'s logs.' },
  'browser-only-event': { severity: 'warning', means: 'A browser event has no Conversions API copy with the same event_id and event name.', fix: 'Send the event from the server too, with the same event_id (server forwarding or the GA4 event_id parameter).' },
  'server-only-event': { severity: 'warning', means: 'A Conversions API event of this session has no browser copy with the same event_id and name.', fix: 'Track the event in the browser as well, or check why the browser copy was not sent (consent, blocked core.js).' },
  'pair-name-mismatch': { severity: 'error', means: 'A browser and a server event share an event_id but their event names do not correspond, so Pinterest does not deduplicate them.', fix: 'Map the event to the same Pinterest event on both sides (e.g. addtocart ↔ add_to_cart).' },
  'capi-error': { severity: 'error', means: 'The Conversions API answered an error for an event of this session.', fix: 'Look the code up in Pinterest\'s API errors and fix the request (token, ad account, event data).' },
  // Catalog
  'product-not-in-catalog': { severity: 'error', means: 'A product ID sent by the tag is not an `id` in the catalog feed.', fix: 'Send the catalog `id` exactly (the message suggests the likely fix).' },
  'feed-problems': { severity: 'warning', means: 'The catalog feed has missing or invalid required fields, or duplicate ids.', fix: 'Run `pinterest-gtm catalog-check` for the list with line numbers.' },
} as const satisfies Record<string, FindingKind>;

export type FindingId = keyof typeof FINDINGS;

/** One finding: where it was seen (page view, journey step, event) and what exactly was wrong. */
export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: string;
  readonly fix: string;
  readonly url?: string;
  readonly page?: number;
  readonly step?: number;
  readonly event?: string;
}

export function finding(id: FindingId, message: string, where: { url?: string; page?: number; step?: number; event?: string } = {}): Finding {
  const kind: FindingKind = FINDINGS[id];
  return { id, severity: kind.severity, message, fix: kind.fix, ...where };
}

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];
