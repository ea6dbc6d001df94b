/**
 * The audit's rules on observations built by hand: each planted mistake gives exactly its finding, a
 * clean page gives none, and hostile page data never throws or leaks an email into a message.
 */
import { analyse } from '../../verify/audit/rules/analyse';
import { FINDINGS } from '../../verify/audit/findings';
import type { PageView } from '../../verify/audit/observations';
import { DENIED, EMAIL, GRANTED, HASHED_EMAIL, TAG_ID, baseCode, checkoutData, coreJs, ids, pages, tagRequest, track, view } from './builders';

const lead = track('lead', { event_id: 'lead-1', lead_type: 'Demo' });
const cases: [string, PageView[], string[], { tagId?: string }?][] = [
  ['a clean checkout page', [view([...baseCode(), track('checkout', checkoutData())])], []],
  ['an image-tag install (no pintrk): init is the base code', [view([], { requests: [tagRequest('init', { partnerData: { em: HASHED_EMAIL } })] })], []],
  ['no tag at all', [view([], { requests: [] })], ['tag-missing']],
  ['a tag ID of 15 digits', [view([...baseCode({ em: HASHED_EMAIL }, '261234567890123')])], ['tag-id-invalid']],
  ['a tag ID other than --tag-id', [view(baseCode())], ['tag-id-unexpected'], { tagId: '2619999999999' }],
  ['two tag IDs on different pages', pages(view(baseCode()), view(baseCode({}, '2619999999999'))), ['tag-ids-multiple']],
  ['the same tag loaded twice (hard-coded and GTM)', [view([...baseCode(), ...baseCode()])], ['tag-loaded-twice']],
  ['load without page', [view([['load', TAG_ID, {}]])], ['page-missing']],
  ['track before load', [view([track('addtocart', { event_id: 'a', value: 1, currency: 'EUR' }), ...baseCode()])], ['track-before-load']],
  ['core.js answering 404', [view(baseCode(), { requests: [coreJs({ status: 404 })] })], ['corejs-failed']],
  ['core.js blocked', [view(baseCode(), { requests: [coreJs({ status: undefined, failure: 'net::ERR_BLOCKED_BY_CLIENT' })] })], ['corejs-failed']],
  ['pintrk called but nothing reaches Pinterest', [view(baseCode(), { requests: [coreJs()] })], ['tag-not-sending']],
  ['purchase is not a Pinterest event', [view([...baseCode(), track('purchase', checkoutData())])], ['event-name-invalid']],
  ['a name with a hyphen', [view([...baseCode(), track('add-to-cart', { event_id: 'a' })])], ['event-name-invalid']],
  ['"Add To Cart" is addtocart (whitespace is removed, case ignored)', [view([...baseCode(), track('Add To Cart', { event_id: 'a', value: 1, currency: 'EUR' })])], []],
  ['an advertiser-defined event', [view([...baseCode(), track('newsletter_optin', { event_id: 'n' })])], ['event-name-custom']],
  ['event data a string', [view([...baseCode(), track('lead', 'Demo')])], ['event-data-invalid']],
  ['value as a string', [view([...baseCode(), track('checkout', checkoutData({ value: '39.90' }))])], ['value-not-number']],
  ['value with a currency symbol', [view([...baseCode(), track('addtocart', { event_id: 'a', value: '$10', currency: 'USD' })])], ['value-not-number']],
  ['currency EURO', [view([...baseCode(), track('checkout', checkoutData({ currency: 'EURO' }))])], ['currency-invalid']],
  ['currency lower-case', [view([...baseCode(), track('checkout', checkoutData({ currency: 'eur' }))])], ['currency-invalid']],
  ['currency XYZ (three letters, not a code)', [view([...baseCode(), track('checkout', checkoutData({ currency: 'XYZ' }))])], ['currency-invalid']],
  ['a value without currency', [view([...baseCode(), track('addtocart', { event_id: 'a', value: 10 })])], ['currency-missing']],
  ['order_quantity 1.5', [view([...baseCode(), track('checkout', checkoutData({ order_quantity: 1.5 }))])], ['param-type-invalid']],
  ['lead_type a number', [view([...baseCode(), track('lead', { event_id: 'l', lead_type: 7 })])], ['param-type-invalid']],
  ['GA4 names in event data', [view([...baseCode(), track('checkout', checkoutData({ items: [], coupon: 'X' }))])], ['param-unknown']],
  ['line_items an object', [view([...baseCode(), track('checkout', checkoutData({ line_items: { product_id: 'A' } }))])], ['line-items-invalid']],
  ['product_price a string', [view([...baseCode(), track('checkout', checkoutData({ line_items: [{ product_id: 'A', product_price: '9.99' }] }))])], ['line-items-invalid']],
  ['a line item without product_id', [view([...baseCode(), track('checkout', checkoutData({ line_items: [{ product_id: 'A' }, { product_name: 'B' }] }))])], ['product-id-missing']],
  ['a checkout without order_id', [view([...baseCode(), track('checkout', checkoutData({ order_id: undefined, event_id: 'c-1' }))])], ['checkout-order-id-missing']],
  ['a checkout without value', [view([...baseCode(), track('checkout', checkoutData({ value: undefined }))])], ['checkout-value-missing']],
  ['a checkout without currency', [view([...baseCode(), track('checkout', checkoutData({ currency: undefined }))])], ['checkout-currency-missing']],
  ['a checkout without line items', [view([...baseCode(), track('checkout', checkoutData({ line_items: undefined }))])], ['checkout-products-missing']],
  ['a GA4 purchase in the dataLayer with no checkout', [view(baseCode(), { dataLayer: [{ event: 'purchase', ecommerce: {} }] })], ['ga4-conversion-untracked']],
  ['a conversion without event_id', [view([...baseCode(), track('addtocart', { value: 10, currency: 'EUR' })])], ['event-id-missing']],
  ['eventID instead of event_id', [view([...baseCode(), track('lead', { eventID: 'x' })])], ['event-id-missing', 'param-unknown']],
  ['event_id as the fourth argument', [view([...baseCode(), track('lead', { lead_type: 'Demo' }, 'lead-1')])], ['event-id-misplaced']],
  ['a callback as the fourth argument is fine', [view([...baseCode(), track('lead', { event_id: 'l', lead_type: 'Demo' }, '[function]')])], []],
  ['one event_id for a lead and a signup', [view([...baseCode(), lead, track('signup', { event_id: 'lead-1' })])], ['event-id-reused']],
  ['one event_id for add to carts on two pages', pages(view([...baseCode(), track('addtocart', { event_id: 'x' })]), view([...baseCode(), track('addtocart', { event_id: 'x' })])), ['event-id-reused']],
  ['the same lead twice on a page', [view([...baseCode(), lead, lead])], ['conversion-duplicate']],
  ['the same order twice on a page with different ids', [view([...baseCode(), track('checkout', checkoutData()), track('checkout', checkoutData({ event_id: 'other' }))])], ['conversion-duplicate']],
  ['two identical checkouts without order id or event id on a page', [view([...baseCode(), track('checkout', checkoutData({ order_id: undefined, event_id: undefined })), track('checkout', checkoutData({ order_id: undefined, event_id: undefined }))])], ['checkout-order-id-missing', 'conversion-duplicate', 'event-id-missing']],
  ['two identical leads, each with its own generated event_id (two tags)', [view([...baseCode(), track('lead', { event_id: 'a.1', lead_type: 'Demo' }), track('lead', { event_id: 'a.2', lead_type: 'Demo' })])], ['conversion-duplicate']],
  ['two checkouts without order id but with different contents are two conversions', [view([...baseCode(), track('checkout', checkoutData({ order_id: undefined, event_id: 'c-1' })), track('checkout', checkoutData({ order_id: undefined, event_id: 'c-2', value: 10 }))])], ['checkout-order-id-missing']],
  ['identical checkouts on two page views are not judged as one page\'s duplicate', pages(view([...baseCode(), track('checkout', checkoutData({ order_id: undefined, event_id: 'c-1' }))]), view([...baseCode(), track('checkout', checkoutData({ order_id: undefined, event_id: 'c-2' }))])), ['checkout-order-id-missing']],
  ['two identical add to carts on a page are two clicks, not a duplicate', [view([...baseCode(), track('addtocart', { event_id: 'x.1', value: 1, currency: 'EUR' }), track('addtocart', { event_id: 'x.2', value: 1, currency: 'EUR' })])], []],
  ['one checkout event_id for two different orders on two pages', pages(view([...baseCode(), track('checkout', checkoutData({ event_id: 'checkout' }))]), view([...baseCode(), track('checkout', checkoutData({ event_id: 'checkout', order_id: 'ORD-2' }))])), ['event-id-reused']],
  ['one checkout event_id for two different orders, one without an order id', pages(view([...baseCode(), track('checkout', checkoutData({ event_id: 'checkout' }))]), view([...baseCode(), track('checkout', checkoutData({ event_id: 'checkout', order_id: undefined }))])), ['checkout-order-id-missing', 'event-id-reused']],
  ['a reloaded thank-you page with the same id is fine', pages(view([...baseCode(), track('checkout', checkoutData())]), view([...baseCode(), track('checkout', checkoutData())])), []],
  ['a reloaded thank-you page with a new id', pages(view([...baseCode(), track('checkout', checkoutData())]), view([...baseCode(), track('checkout', checkoutData({ event_id: 'checkout_ORD-1_1700000000' }))])), ['event-id-unstable']],
  ['a raw email in em', [view(baseCode({ em: EMAIL }))], ['em-not-hashed']],
  ['a raw email in set', [view([...baseCode(), ['set', { em: ` ${EMAIL.toUpperCase()} ` }]])], ['em-not-hashed']],
  ['a raw email on the wire (image tag)', [view([], { requests: [tagRequest('init', { partnerData: { em: EMAIL } })] })], ['em-not-hashed']],
  ['an MD5 em is a hash', [view(baseCode({ em: 'c160f8cc69a4f0bf2b0362752353d060' }))], []],
  ['a checkout without em', [view([...baseCode({}), track('checkout', checkoutData())])], ['em-missing']],
  ['a lead with em set before it', [view([...baseCode({}), ['set', { em: HASHED_EMAIL }], lead])], []],
  ['events while ad_storage is denied', [view([...baseCode(), lead], { callConsent: DENIED })], ['consent-denied-event']],
  ['setconsent(false) first makes denied calls harmless', [view([['setconsent', false], ...baseCode(), lead], { callConsent: DENIED, requests: [coreJs()] })], []],
  ['a tag request while denied', [view([], { requests: [tagRequest('init', { consent: DENIED })], consent: DENIED })], ['consent-denied-event']],
  ['denied and no tag: nothing to say', [view([], { requests: [], consent: DENIED })], []],
  ['cookies written while denied', [view([], { requests: [], consent: DENIED, cookiesAfter: ['_pin_unauth'] })], ['cookies-while-denied']],
  ['cookies from before the denial are not new', [view([], { requests: [], consent: DENIED, cookiesBefore: ['_epik'], cookiesAfter: ['_epik'] })], []],
  ['the tag after the audit rejected cookies', [view([...baseCode(), lead], { auditConsent: { choice: 'reject', time: 0 } })], ['consent-denied-event']],
  ['granted consent', [view([...baseCode(), lead], { callConsent: GRANTED })], []],
  ['the server container answering 400', [view(baseCode(), { requests: [coreJs(), tagRequest('init'), { kind: 'server', time: 1, url: 'https://sgtm.shop.example/pinterest/events', status: 400 }] })], ['server-container-failed']],
  ['a page that could not be loaded is judged for nothing', [view([], { requests: [], loadError: 'HTTP 500' })], []],
];

// A rest parameter: jest reads a fourth declared parameter as a `done` callback.
test.each(cases)('%s', (...[, views, expected, options]) => {
  expect(ids(analyse(views, options ?? {}))).toEqual(expected);
});

test('every finding id the rules can produce is in the table, with a fix', () => {
  for (const [, , expected] of cases) for (const id of expected) expect(FINDINGS[id as keyof typeof FINDINGS]?.fix).toBeTruthy();
});

test('hostile page data never throws, and a planted email never reaches a message', () => {
  const canary = 'canary.person@leak.example';
  const junk: unknown[] = [null, undefined, 0, NaN, -1, 1e308, '', ' ', canary, `x${canary}`, [], [null], {}, { __proto__: { x: 1 } }, { em: canary }, '[function]', 'a'.repeat(5000), { line_items: [canary, { product_id: {} }] }, true];
  let seed = 7;
  const pick = (): unknown => junk[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % junk.length];
  const commands = ['load', 'page', 'track', 'set', 'setconsent', 'other', pick];
  for (let round = 0; round < 300; round++) {
    const calls = Array.from({ length: 1 + (round % 6) }, () => [typeof commands[round % 7] === 'function' ? pick() : commands[(seed >> 3) % 7], pick(), pick(), pick()].slice(0, 1 + (round % 4)));
    const v = view(calls, { dataLayer: [pick(), { event: pick() }], requests: [tagRequest(String(pick()), { partnerData: { em: pick() }, eventData: { value: pick() } })] });
    const findings = analyse([v], {});
    for (const f of findings) expect(f.message).not.toContain(canary);
  }
});
