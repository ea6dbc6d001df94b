import { defineTemplate } from '../../build/definition';
import { ADVERTISER_DEFINED, AUTO, PAGE_VIEW_ID_GLOBAL } from '../shared/constants';
import { eventItems } from '../shared/event-menu';

const DOCS = 'https://github.com/pinterest-gtm/pinterest-gtm#pinterest-event-id-parameters';

export default defineTemplate({
  kind: 'web-variable',
  info: {
    displayName: 'Pinterest Event ID by pinterest-gtm',
    description: 'Returns the event_id the Pinterest Tag by pinterest-gtm uses for the current event, so a GA4 tag can carry it to your server container and the Conversions API deduplicates browser and server events. Docs: https://github.com/pinterest-gtm/pinterest-gtm',
    categories: ['ADVERTISING', 'CONVERSIONS', 'UTILITY'],
    brand: { id: 'brand_pinterest_gtm', displayName: 'pinterest-gtm', thumbnail: 'event-id' },
  },
  parameters: [
    {
      type: 'SELECT', name: 'eventName', displayName: 'Event', simpleValueType: true, defaultValue: AUTO, selectItems: eventItems,
      help: `Set it as in the Pinterest Tag this ID goes with (usually Automatic). A checkout with an order ID gets <code>checkout_&lt;order ID&gt;</code>; a page visit (Base code only, Page Visit, or Automatic on page_view, GTM's page events and view_item) gets the ID of its page view, one per page path (each single-page-app route is a page view of its own); other events get an ID unique to the page load and dataLayer event. <a href="${DOCS}">Docs</a>`,
    },
    {
      type: 'TEXT', name: 'customEventName', displayName: 'Custom event name', simpleValueType: true,
      enablingConditions: [{ paramName: 'eventName', paramValue: ADVERTISER_DEFINED, type: 'EQUALS' }],
      help: `As in the tag: letters and underscores only. <a href="${DOCS}">Docs</a>`,
    },
    { type: 'TEXT', name: 'eventId', displayName: 'Event ID (optional)', simpleValueType: true, help: `As in the tag: an explicit ID, returned as is. <a href="${DOCS}">Docs</a>` },
    { type: 'TEXT', name: 'orderId', displayName: 'Order ID (optional)', simpleValueType: true, help: `As in the tag; when empty, the GA4 ecommerce transaction_id in the dataLayer. <a href="${DOCS}">Docs</a>` },
  ],
  // Shipped in gtm.js on every page, or run on every event: the .tpl carries the code minified (README, Performance).
  code: 'minified',
  permissions: {
    access_globals: { keys: [{ key: PAGE_VIEW_ID_GLOBAL, read: true, write: true, execute: false }] },
    get_url: { urlParts: 'specific', path: true },
    read_data_layer: { allowedKeys: 'specific', keyPatterns: ['event', 'ecommerce.transaction_id', 'gtm.uniqueEventId', 'gtm.start'] },
  },
  notes: 'Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.',
});
