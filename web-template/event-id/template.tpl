___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "MACRO",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Pinterest Event ID by pinterest-gtm",
  "categories": [
    "ADVERTISING",
    "CONVERSIONS",
    "UTILITY"
  ],
  "brand": {
    "id": "brand_pinterest_gtm",
    "displayName": "pinterest-gtm",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAMAAABg3Am1AAAAJFBMVEUAAAAXO08XO08XO08XO08XO08XO0////9RbHvFztOLnaf1piOrmT8rAAAADHRSTlMAYK/f/1Cf///////B2f2CAAAJO0lEQVR4AQEwCc/2AAAAAAAAAAECAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMCAQAAAAAAAAAAAAAABQMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDBQAAAAAAAAAABgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGAAAAAAAABgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAYAAAAABQQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBQAAAAMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMAAAEEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQACBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAIAAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAcHBwcEBAQEBAQEBwcHBwQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAgHBwcJBAQEBAQECAcHBwkEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQIBwcHCQQEBAQEBAgHBwcJBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQECgcHBwoEBAQEBAQKBwcHCgQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAoHBwcKBAQEBAQECgcHBwoEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQJBwcHCAQEBAQEBAkHBwcIBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQECAcHBwkEBAQEBAQIBwcHCQQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAoHBwcKBAQEBAQECgcHBwoEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQKBwcHCgQEBAQEBAoHBwcKBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQECQcHBwgEBAQEBAQJBwcHCAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAgHBwcJBAQEBAQECAcHBwkEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQKBwcHCgQEBAQEBAoHBwcKBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQECgcHBwoEBAQEBAQKBwcHCgQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAkHBwcIBAQEBAQECQcHBwgEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQJBwcHCAQEBAQEBAkHBwcIBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBwcHBwQEBAQEBAQHBwcHBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQECwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLBAQEBAQEBAQEBAQEAAMEBAQEBAQEBAQEBAsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwQEBAQEBAQEBAQEAwACBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAIAAQQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBAAADBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAAAABQQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBQAAAAAGBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBgAAAAAAAAYEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBgAAAAAAAAAABQMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDBQAAAAAAAAAAAAAAAQIDBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwIBAAAAAAAAJzUphT4uJkQAAAAASUVORK5CYII\u003d"
  },
  "description": "Returns the event_id the Pinterest Tag by pinterest-gtm uses for the current event, so a GA4 tag can carry it to your server container and the Conversions API deduplicates browser and server events. Docs: https://github.com/pinterest-gtm/pinterest-gtm",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "SELECT",
    "name": "eventName",
    "displayName": "Event",
    "simpleValueType": true,
    "defaultValue": "auto",
    "selectItems": [
      {
        "value": "auto",
        "displayValue": "Automatic: from the GA4 dataLayer event"
      },
      {
        "value": "pagevisit",
        "displayValue": "Page Visit"
      },
      {
        "value": "viewcategory",
        "displayValue": "View Category"
      },
      {
        "value": "search",
        "displayValue": "Search"
      },
      {
        "value": "addtocart",
        "displayValue": "Add to Cart"
      },
      {
        "value": "checkout",
        "displayValue": "Checkout (purchase)"
      },
      {
        "value": "signup",
        "displayValue": "Sign Up"
      },
      {
        "value": "lead",
        "displayValue": "Lead"
      },
      {
        "value": "watchvideo",
        "displayValue": "Watch Video"
      },
      {
        "value": "custom",
        "displayValue": "Custom (legacy)"
      },
      {
        "value": "addpaymentinfo",
        "displayValue": "Add Payment Info"
      },
      {
        "value": "addtowishlist",
        "displayValue": "Add to Wishlist"
      },
      {
        "value": "initiatecheckout",
        "displayValue": "Initiate Checkout"
      },
      {
        "value": "subscribe",
        "displayValue": "Subscribe"
      },
      {
        "value": "viewcontent",
        "displayValue": "View Content"
      },
      {
        "value": "contact",
        "displayValue": "Contact"
      },
      {
        "value": "customizeproduct",
        "displayValue": "Customize Product"
      },
      {
        "value": "findlocation",
        "displayValue": "Find Location"
      },
      {
        "value": "schedule",
        "displayValue": "Schedule"
      },
      {
        "value": "starttrial",
        "displayValue": "Start Trial"
      },
      {
        "value": "submitapplication",
        "displayValue": "Submit Application"
      },
      {
        "value": "advertiserDefined",
        "displayValue": "Custom event name…"
      }
    ],
    "help": "Set it as in the Pinterest Tag this ID goes with (usually Automatic). Only checkout changes the rule: a checkout with an order ID gets \u003ccode\u003echeckout_\u0026lt;order ID\u0026gt;\u003c/code\u003e. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-event-id-parameters\"\u003eDocs\u003c/a\u003e"
  },
  {
    "type": "TEXT",
    "name": "customEventName",
    "displayName": "Custom event name",
    "simpleValueType": true,
    "enablingConditions": [
      {
        "paramName": "eventName",
        "paramValue": "advertiserDefined",
        "type": "EQUALS"
      }
    ],
    "help": "As in the tag: letters and underscores only. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-event-id-parameters\"\u003eDocs\u003c/a\u003e"
  },
  {
    "type": "TEXT",
    "name": "eventId",
    "displayName": "Event ID (optional)",
    "simpleValueType": true,
    "help": "As in the tag: an explicit ID, returned as is. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-event-id-parameters\"\u003eDocs\u003c/a\u003e"
  },
  {
    "type": "TEXT",
    "name": "orderId",
    "displayName": "Order ID (optional)",
    "simpleValueType": true,
    "help": "As in the tag; when empty, the GA4 ecommerce transaction_id in the dataLayer. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-event-id-parameters\"\u003eDocs\u003c/a\u003e"
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

const generateRandom = require("generateRandom");
const getTimestampMillis = require("getTimestampMillis");
const getType = require("getType");
const makeString = require("makeString");
const copyFromDataLayer = require("copyFromDataLayer");
const copyFromWindow = require("copyFromWindow");
const setInWindow = require("setInWindow");

// pinterest/values.ts
var isFinite = (n) => n - n === 0;
function toText(value) {
  const type = getType(value);
  if (type === "number" && !isFinite(value)) return undefined;
  if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
  const text = makeString(value).trim();
  return text === "" ? undefined : text;
}

// pinterest/event-id.ts
var CHECKOUT_ID_PREFIX = "checkout_";
function deriveEventId(input) {
  const explicit = toText(input.explicit);
  if (explicit !== undefined) return explicit;
  const orderId = toText(input.orderId);
  if (orderId !== undefined && input.eventName === "checkout") return CHECKOUT_ID_PREFIX + orderId;
  const unique = toText(input.uniqueEventId);
  if (input.pageViewId !== undefined && unique !== undefined) return input.pageViewId + "." + unique;
  return undefined;
}

// pinterest/lookup.ts
function lookup(table, key) {
  return key !== undefined && table.hasOwnProperty(key) ? table[key] : undefined;
}

// pinterest/events.ts
var TAG_EVENTS = [
  "pagevisit",
  "viewcategory",
  "search",
  "addtocart",
  "checkout",
  "signup",
  "lead",
  "watchvideo",
  "custom",
  "addpaymentinfo",
  "addtowishlist",
  "initiatecheckout",
  "subscribe",
  "viewcontent",
  "contact",
  "customizeproduct",
  "findlocation",
  "schedule",
  "starttrial",
  "submitapplication"
];
var TAG_TO_CAPI = {
  pagevisit: "page_visit",
  viewcategory: "view_category",
  search: "search",
  addtocart: "add_to_cart",
  checkout: "checkout",
  signup: "signup",
  lead: "lead",
  watchvideo: "watch_video",
  custom: "custom",
  addpaymentinfo: "add_payment_info",
  addtowishlist: "add_to_wishlist",
  initiatecheckout: "initiate_checkout",
  subscribe: "subscribe",
  viewcontent: "view_content",
  contact: "contact",
  customizeproduct: "customize_product",
  findlocation: "find_location",
  schedule: "schedule",
  starttrial: "start_trial",
  submitapplication: "submit_application"
};
var GA4_TO_TAG = {
  page_view: "pagevisit",
  "gtm.dom": "pagevisit",
  view_item: "pagevisit",
  view_item_list: "viewcategory",
  select_item: "viewcontent",
  select_promotion: "viewcontent",
  view_promotion: "viewcontent",
  search: "search",
  view_search_results: "search",
  add_to_cart: "addtocart",
  add_to_wishlist: "addtowishlist",
  begin_checkout: "initiatecheckout",
  add_shipping_info: "initiatecheckout",
  add_payment_info: "addpaymentinfo",
  purchase: "checkout",
  buy: "checkout",
  pay: "checkout",
  payment: "checkout",
  sign_up: "signup",
  completeregistration: "signup",
  generate_lead: "lead",
  video_start: "watchvideo",
  refund: "custom",
  remove_from_cart: "custom",
  view_cart: "custom"
};
function tagEventFor(name) {
  if (name === undefined) return undefined;
  const key = name.trim().toLowerCase();
  const direct = lookup(GA4_TO_TAG, key);
  if (direct !== undefined) return direct;
  if (lookup(TAG_TO_CAPI, key) !== undefined) return key;
  for (let i = 0; i < TAG_EVENTS.length; i++) if (TAG_TO_CAPI[TAG_EVENTS[i]] === key) return TAG_EVENTS[i];
  return undefined;
}
function isCustomEventName(name) {
  if (name === "") return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!(c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_")) return false;
  }
  return true;
}

// web-template/shared/constants.ts
var PAGE_VIEW_ID_GLOBAL = "_pinterest_gtm_pvid";
var BASE_CODE_ONLY = "none";
var AUTO = "auto";
var ADVERTISER_DEFINED = "advertiserDefined";

// web-template/shared/page-view-id.ts
function pageViewId() {
  const existing = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (getType(existing) === "string" && existing !== "") return existing;
  const created = makeString(getTimestampMillis()) + "." + makeString(generateRandom(1e8, 999999999));
  setInWindow(PAGE_VIEW_ID_GLOBAL, created, false);
  const stored = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  return getType(stored) === "string" ? stored : created;
}

// web-template/shared/web-event.ts
function resolveTagEvent(setting, customName) {
  var _a;
  const choice = (_a = toText(setting)) != null ? _a : BASE_CODE_ONLY;
  if (choice === BASE_CODE_ONLY) return { skip: "base code only" };
  if (choice === AUTO) {
    const dataLayerEvent = toText(copyFromDataLayer("event"));
    const mapped = tagEventFor(dataLayerEvent);
    return mapped === undefined ? { skip: 'dataLayer event "' + makeString(dataLayerEvent) + '" has no Pinterest event' } : { name: mapped };
  }
  if (choice === ADVERTISER_DEFINED) {
    const name = toText(customName);
    return name !== undefined && isCustomEventName(name) ? { name: name } : { skip: "the custom event name must be letters and underscores" };
  }
  return TAG_TO_CAPI.hasOwnProperty(choice) ? { name: choice } : { skip: 'unknown event "' + choice + '"' };
}
function orderIdForEvent(orderIdField) {
  var _a;
  return (_a = toText(orderIdField)) != null ? _a : toText(copyFromDataLayer("ecommerce.transaction_id"));
}
function webEventId(explicit, tagEvent, orderIdField) {
  const pageView = pageViewId();
  const derived = deriveEventId({
    explicit: explicit,
    eventName: tagEvent,
    orderId: orderIdForEvent(orderIdField),
    pageViewId: pageView,
    uniqueEventId: copyFromDataLayer("gtm.uniqueEventId")
  });
  return derived != null ? derived : pageView + ".r" + makeString(generateRandom(1e5, 999999));
}

// web-template/event-id/src/main.ts
function main() {
  const event = resolveTagEvent(data.eventName, data.customEventName);
  return webEventId(toText(data.eventId), event.name, data.orderId);
}

return main();


___WEB_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "access_globals",
        "versionId": "1"
      },
      "param": [
        {
          "key": "keys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "key"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  },
                  {
                    "type": 1,
                    "string": "execute"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_pinterest_gtm_pvid"
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": true
                  },
                  {
                    "type": 8,
                    "boolean": false
                  }
                ]
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "read_data_layer",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedKeys",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "keyPatterns",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "event"
              },
              {
                "type": 1,
                "string": "ecommerce.transaction_id"
              },
              {
                "type": 1,
                "string": "gtm.uniqueEventId"
              }
            ]
          }
        }
      ]
    },
    "clientAnnotations": {
      "isEditedByUser": true
    },
    "isRequired": true
  }
]


___TESTS___

scenarios:
- name: An explicit event ID is returned as is
  code: |-
    assertThat(runCode({ eventName: 'auto', eventId: 'E-9' })).isEqualTo('E-9');
- name: A GA4 purchase with a transaction_id gets the checkout id derived from the order
  code: |-
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 12, ecommerce: { transaction_id: 'T-1001' } };
    assertThat(runCode(mockData)).isEqualTo('checkout_T-1001');
- name: Other events get the page view id and gtm.uniqueEventId
  code: |-
    dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 7, ecommerce: { transaction_id: 'ignored' } };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.7');
- name: A chosen checkout uses the Order ID field
  code: |-
    dataLayer = { 'gtm.uniqueEventId': 3 };
    assertThat(runCode({ eventName: 'checkout', orderId: ' A-1 ' })).isEqualTo('checkout_A-1');
- name: Every evaluation on the same event returns the same id
  code: |-
    dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 4 };
    assertThat(runCode(mockData)).isEqualTo(runCode(mockData));
- name: The first template on the page creates the page view id in a window global
  code: |-
    pageViewGlobal = undefined;
    dataLayer = { event: 'sign_up', 'gtm.uniqueEventId': 2 };
    const id = runCode(mockData);
    assertThat(globalsSet.length).isEqualTo(1);
    assertThat(globalsSet[0][0]).isEqualTo('_pinterest_gtm_pvid');
    assertThat(globalsSet[0][2]).isFalse();
    assertThat(id).isEqualTo(globalsSet[0][1] + '.2');
- name: Without gtm.uniqueEventId the id is still unique to the page view
  code: |-
    dataLayer = { event: 'page_view' };
    assertThat(runCode(mockData).indexOf(PAGE_VIEW_ID + '.r')).isEqualTo(0);
- name: A custom event name does not change the rule
  code: |-
    dataLayer = { 'gtm.uniqueEventId': 5, ecommerce: { transaction_id: 'T-5' } };
    assertThat(runCode({ eventName: 'advertiserDefined', customEventName: 'quote' })).isEqualTo(PAGE_VIEW_ID + '.5');
setup: |-
  // A scripted dataLayer and page-view global; the variable must return the id the tag uses.
  const PAGE_VIEW_ID = '1700000000000.123456789';
  let dataLayer = {};
  let pageViewGlobal = PAGE_VIEW_ID;
  let globalsSet = [];
  const readPath = (root, key) => (root[key] !== undefined ? root[key] : key.split('.').reduce((value, part) => (value === undefined || value === null ? undefined : value[part]), root));
  mock('copyFromDataLayer', (key) => readPath(dataLayer, key));
  mock('copyFromWindow', (key) => (key === '_pinterest_gtm_pvid' ? pageViewGlobal : undefined));
  mock('setInWindow', (key, value, override) => { globalsSet.push([key, value, override]); if (pageViewGlobal === undefined) pageViewGlobal = value; return true; });
  const mockData = { eventName: 'auto' };


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


