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
        "value": "none",
        "displayValue": "Base code only (load and page)"
      },
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
    "help": "Set it as in the Pinterest Tag this ID goes with (usually Automatic). A checkout with an order ID gets \u003ccode\u003echeckout_\u0026lt;order ID\u0026gt;\u003c/code\u003e; the base code\u0027s page visit (Base code only, or Automatic on page_view and GTM\u0027s page events) gets one ID per page load; other events get an ID unique to the page view and dataLayer event. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-event-id-parameters\"\u003eDocs\u003c/a\u003e"
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
const Object = require("Object");
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
function withDefaults(data2, defaults) {
  const out = {};
  const given = data2;
  const keys = Object.keys(given);
  for (let i = 0; i < keys.length; i++) out[keys[i]] = given[keys[i]];
  const fields = Object.keys(defaults);
  for (let i = 0; i < fields.length; i++) if (out[fields[i]] === undefined || out[fields[i]] === null) out[fields[i]] = defaults[fields[i]];
  return out;
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
var PAGE = "page";
var TAG_TO_CAPI = {
  page: "page_visit",
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
var ENGAGEMENT = "engagement, not a conversion Pinterest reports";
var PAGE_LIFECYCLE = "a GTM page event: the page visit of the base code, once per page load";
var LEAD_STAGE = "a later CRM stage of a lead that generate_lead already counted";
var GAME = "a game or app milestone, not a conversion Pinterest reports";
var SESSION = "collected by GA4 for every visitor, not a conversion";
var EVENT_TABLE = [
  { ga4: "page_view", pinterest: PAGE, reason: 'the page visit of the base code, once per page load (pintrk("page"))' },
  { ga4: "gtm.js", pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: "gtm.dom", pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: "gtm.load", pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: "view_item", pinterest: "pagevisit", reason: "a product page: PageVisit records views of primary pages such as product pages, with their product ids" },
  { ga4: "view_item_list", pinterest: "viewcategory", reason: "a category or list page" },
  { ga4: "select_item", pinterest: "viewcontent", reason: "content viewed from a list (as Pinterest's own server template maps it)" },
  { ga4: "select_promotion", pinterest: "viewcontent", reason: "a promotion opened (as Pinterest's own server template maps it)" },
  { ga4: "view_promotion", pinterest: "viewcontent", reason: "a promotion seen (as Pinterest's own server template maps it)" },
  { ga4: "search", pinterest: "search", reason: "a site search" },
  { ga4: "view_search_results", pinterest: "search", reason: "a search results page" },
  { ga4: "add_to_cart", pinterest: "addtocart", reason: "items added to the cart" },
  { ga4: "add_to_wishlist", pinterest: "addtowishlist", reason: "an item added to a wish list" },
  { ga4: "view_cart", pinterest: null, reason: "looking at the cart adds nothing and buys nothing" },
  { ga4: "remove_from_cart", pinterest: null, reason: "takes an add to cart back: not a conversion" },
  { ga4: "begin_checkout", pinterest: "initiatecheckout", reason: "the checkout started" },
  { ga4: "add_shipping_info", pinterest: null, reason: "a step of a checkout that begin_checkout already counted: one checkout, one event" },
  { ga4: "add_payment_info", pinterest: "addpaymentinfo", reason: "payment information entered" },
  { ga4: "purchase", pinterest: "checkout", reason: "Pinterest has no purchase event: checkout is a completed transaction" },
  { ga4: "refund", pinterest: null, reason: "takes a sale back: not a conversion" },
  { ga4: "generate_lead", pinterest: "lead", reason: "interest in a product or service (a form sent)" },
  { ga4: "qualify_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "disqualify_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "working_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "close_convert_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "close_unconvert_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "sign_up", pinterest: "signup", reason: "an account created" },
  { ga4: "login", pinterest: null, reason: "a returning customer, not a new conversion" },
  { ga4: "video_start", pinterest: "watchvideo", reason: "a video watched" },
  { ga4: "video_progress", pinterest: null, reason: "the same video that video_start counted" },
  { ga4: "video_complete", pinterest: null, reason: "the same video that video_start counted" },
  { ga4: "select_content", pinterest: null, reason: ENGAGEMENT },
  { ga4: "share", pinterest: null, reason: ENGAGEMENT },
  { ga4: "join_group", pinterest: null, reason: ENGAGEMENT },
  { ga4: "tutorial_begin", pinterest: null, reason: ENGAGEMENT },
  { ga4: "tutorial_complete", pinterest: null, reason: ENGAGEMENT },
  { ga4: "ad_impression", pinterest: null, reason: ENGAGEMENT },
  { ga4: "earn_virtual_currency", pinterest: null, reason: GAME },
  { ga4: "spend_virtual_currency", pinterest: null, reason: GAME },
  { ga4: "level_start", pinterest: null, reason: GAME },
  { ga4: "level_end", pinterest: null, reason: GAME },
  { ga4: "level_up", pinterest: null, reason: GAME },
  { ga4: "post_score", pinterest: null, reason: GAME },
  { ga4: "unlock_achievement", pinterest: null, reason: GAME },
  { ga4: "first_visit", pinterest: null, reason: SESSION },
  { ga4: "session_start", pinterest: null, reason: SESSION },
  { ga4: "user_engagement", pinterest: null, reason: SESSION },
  { ga4: "scroll", pinterest: null, reason: SESSION },
  { ga4: "click", pinterest: null, reason: SESSION },
  { ga4: "file_download", pinterest: null, reason: SESSION },
  { ga4: "form_start", pinterest: null, reason: SESSION },
  { ga4: "form_submit", pinterest: null, reason: "any form, searches and newsletters included: fire lead or signup on your own trigger instead" }
];
function eventMeaning(name) {
  if (name === undefined) return {};
  const key = name.trim().toLowerCase();
  for (let i = 0; i < EVENT_TABLE.length; i++) {
    const row = EVENT_TABLE[i];
    if (row.ga4 !== key) continue;
    return row.pinterest === null ? { skip: key + " is not a conversion: " + row.reason } : { tag: row.pinterest };
  }
  if (key !== PAGE && lookup(TAG_TO_CAPI, key) !== undefined) return { tag: key };
  for (let i = 0; i < TAG_EVENTS.length; i++) if (TAG_TO_CAPI[TAG_EVENTS[i]] === key) return { tag: TAG_EVENTS[i] };
  return {};
}
function isCustomEventName(name) {
  if (name === "" || name.length > 100) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!(c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_")) return false;
  }
  return true;
}

// pinterest/event-id.ts
var CHECKOUT_ID_PREFIX = "checkout_";
var PAGE_VISIT_ID_SUFFIX = ".page";
function deriveEventId(input) {
  const explicit = toText(input.explicit);
  if (explicit !== undefined) return explicit;
  const orderId = toText(input.orderId);
  if (orderId !== undefined && input.eventName === "checkout") return CHECKOUT_ID_PREFIX + orderId;
  if (input.pageViewId === undefined) return undefined;
  if (input.eventName === PAGE) return input.pageViewId + PAGE_VISIT_ID_SUFFIX;
  const unique = toText(input.uniqueEventId);
  return unique === undefined ? undefined : input.pageViewId + "." + unique;
}

// pinterest/forwarding-protocol.ts
var LIMITS = {
  eventNameLength: 100,
  eventIdLength: 256,
  urlLength: 2048,
  clickIdLength: 512,
  textLength: 256,
  lineItems: 200,
  customKeys: 50,
  customKeyLength: 64,
  hashesPerField: 10
};

// pinterest/personal-data.ts
var isDigit = (c) => c >= "0" && c <= "9";
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var isAddressChar = (c) => isLetter(c) || isDigit(c) || c > "" || "._%+-'".indexOf(c) !== -1;
var isDomainChar = (c) => isLetter(c) || isDigit(c) || c > "" || c === "." || c === "-";
function domainAt(text, start) {
  let end = start;
  while (end < text.length && isDomainChar(text.charAt(end))) end++;
  let domain = text.slice(start, end);
  while (domain.charAt(domain.length - 1) === ".") domain = domain.slice(0, domain.length - 1);
  return domain;
}
function isMailDomain(domain) {
  const dot = domain.lastIndexOf(".");
  if (dot < 1) return false;
  const tld = domain.slice(dot + 1);
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) if (!isLetter(tld.charAt(i)) && tld.charAt(i) <= "") return false;
  return true;
}
function looksLikeEmail(value) {
  const text = value.split("%40").join("@");
  let at = text.indexOf("@");
  while (at !== -1) {
    if (at > 0 && isAddressChar(text.charAt(at - 1)) && isMailDomain(domainAt(text, at + 1))) return true;
    at = text.indexOf("@", at + 1);
  }
  return false;
}
function isDate(groups, separators) {
  if (groups.length !== 3 || separators.length !== 2 || separators.charAt(0) !== separators.charAt(1) || "-./".indexOf(separators.charAt(0)) === -1) return false;
  const short = (g) => g.length >= 1 && g.length <= 2;
  return groups[0].length === 4 && short(groups[1]) && short(groups[2]) || short(groups[0]) && short(groups[1]) && (groups[2].length === 4 || groups[2].length === 2);
}
function looksLikePhone(value) {
  const text = value.trim();
  const groups = [];
  let separators = "";
  let current = "";
  let digits = 0;
  let parentheses = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (isDigit(c)) {
      current += c;
      digits++;
      continue;
    }
    if (c === "+" && i === 0) continue;
    if (" -()./".indexOf(c) === -1) return false;
    if (c === "(" || c === ")") parentheses = true;
    if (current !== "") {
      groups.push(current);
      current = "";
    }
    if (c !== " " || separators.charAt(separators.length - 1) !== " ") separators += c;
  }
  if (current !== "") groups.push(current);
  if (digits < 7 || digits > 15) return false;
  if (text.charAt(0) === "+" || parentheses) return true;
  return groups.length >= 3 && !isDate(groups, separators.trim());
}
function isPersonalOrControlText(value) {
  for (let i = 0; i < value.length; i++) if (value.charAt(i) < " " || value.charAt(i) === "") return true;
  return looksLikeEmail(value) || looksLikePhone(value);
}

// pinterest/text-rules.ts
var HIGH_SURROGATE_FIRST = "\uD800";
var HIGH_SURROGATE_LAST = "\uDBFF";
var LOW_SURROGATE_FIRST = "\uDC00";
var LOW_SURROGATE_LAST = "\uDFFF";
var isHighSurrogate = (c) => c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST;
var isLowSurrogate = (c) => c >= LOW_SURROGATE_FIRST && c <= LOW_SURROGATE_LAST;
var isControl = (c) => c < " " || c === "";
function characterCount(text, max) {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (isControl(c) || isLowSurrogate(c)) return -1;
    if (isHighSurrogate(c)) {
      if (!isLowSurrogate(text.charAt(i + 1))) return -1;
      i++;
    }
    count++;
    if (count > max) return count;
  }
  return count;
}
function isProtocolText(text, max) {
  const count = characterCount(text, max);
  return count >= 1 && count <= max;
}

// web-template/shared/constants.ts
var PAGE_VIEW_ID_GLOBAL = "_pinterest_gtm_pvid";
var BASE_CODE_ONLY = "none";
var AUTO = "auto";
var ADVERTISER_DEFINED = "advertiserDefined";

// web-template/shared/page-view-id.ts
function isPageViewId(value) {
  if (getType(value) !== "string") return false;
  const text = value;
  const dot = text.indexOf(".");
  if (dot < 10 || dot > 16 || text.length !== dot + 10) return false;
  for (let i = 0; i < text.length; i++) if (i !== dot && (text.charAt(i) < "0" || text.charAt(i) > "9")) return false;
  return true;
}
function pageViewId() {
  const existing = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (isPageViewId(existing)) return existing;
  const created = makeString(getTimestampMillis()) + "." + makeString(generateRandom(1e8, 999999999));
  setInWindow(PAGE_VIEW_ID_GLOBAL, created, existing !== undefined);
  const stored = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (isPageViewId(stored)) return stored;
  const start = copyFromDataLayer("gtm.start");
  return getType(start) === "number" ? makeString(start) + ".gtm" : created;
}

// web-template/shared/web-event.ts
function resolveTagEvent(setting, customName) {
  var _a, _b;
  const choice = (_a = toText(setting)) != null ? _a : AUTO;
  if (choice === BASE_CODE_ONLY) return { name: PAGE };
  if (choice === AUTO) {
    const dataLayerEvent = toText(copyFromDataLayer("event"));
    const meaning = eventMeaning(dataLayerEvent);
    if (meaning.tag !== undefined) return { name: meaning.tag };
    return { skip: (_b = meaning.skip) != null ? _b : "the dataLayer event has no Pinterest event" };
  }
  if (choice === ADVERTISER_DEFINED) {
    const name = toText(customName);
    return name !== undefined && isCustomEventName(name) ? { name: name } : { skip: "the custom event name must be letters and underscores" };
  }
  return choice !== PAGE && TAG_TO_CAPI.hasOwnProperty(choice) ? { name: choice } : { skip: "the Event field holds no Pinterest event" };
}
function idPart(value) {
  const text = toText(value);
  return text !== undefined && isProtocolText(text, LIMITS.eventIdLength) && !isPersonalOrControlText(text) ? text : undefined;
}
function orderIdForEvent(orderIdField) {
  var _a;
  return (_a = idPart(orderIdField)) != null ? _a : idPart(copyFromDataLayer("ecommerce.transaction_id"));
}
function webEventId(explicit, tagEvent, orderIdField) {
  const pageView = pageViewId();
  const derived = idPart(deriveEventId({
    explicit: idPart(explicit),
    eventName: tagEvent,
    orderId: orderIdForEvent(orderIdField),
    pageViewId: pageView,
    uniqueEventId: copyFromDataLayer("gtm.uniqueEventId")
  }));
  return derived != null ? derived : pageView + ".r" + makeString(generateRandom(1e5, 999999));
}

// web-template/event-id/src/field-defaults.ts
var FIELD_DEFAULTS = {
  eventName: "auto"
};

// web-template/event-id/src/main.ts
function main() {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const event = resolveTagEvent(settings.eventName, settings.customEventName);
  return webEventId(toText(settings.eventId), event.name, settings.orderId);
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
              },
              {
                "type": 1,
                "string": "gtm.start"
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
    // An Order ID field that is refused (contact data) falls back to the dataLayer's transaction_id, as the tag does.
    dataLayer = { 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-125' } };
    assertThat(runCode({ eventName: 'checkout', orderId: 'jane@example.com' })).isEqualTo('checkout_T-125');
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
    dataLayer = { event: 'add_to_cart' };
    assertThat(runCode(mockData).indexOf(PAGE_VIEW_ID + '.r')).isEqualTo(0);
- name: A custom event name does not change the rule
  code: |-
    dataLayer = { 'gtm.uniqueEventId': 5, ecommerce: { transaction_id: 'T-5' } };
    assertThat(runCode({ eventName: 'advertiserDefined', customEventName: 'quote' })).isEqualTo(PAGE_VIEW_ID + '.5');
- name: With no settings at all (fields missing) the variable is Automatic and returns the tag's id for a purchase
  code: |-
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 12, ecommerce: { transaction_id: 'T-1001' } };
    assertThat(runCode({})).isEqualTo('checkout_T-1001');
- name: "The base code's page visit has one id per page load: Automatic on page events and Base code only agree"
  code: |-
    dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 4 };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page');
    dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page');
    assertThat(runCode({ eventName: 'none' })).isEqualTo(PAGE_VIEW_ID + '.page');
- name: A page view global of another shape is replaced; a frozen one falls back to gtm.start, so every evaluation agrees
  code: |-
    pageViewGlobal = { not: 'an id' };
    dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 7, 'gtm.start': 1700000000123 };
    const first = runCode(mockData);
    assertThat(globalsSet[0][2]).isTrue();
    assertThat(runCode(mockData)).isEqualTo(first);
    pageViewGlobal = 42;
    frozenGlobal = true;
    assertThat(runCode(mockData)).isEqualTo('1700000000123.gtm.7');
    assertThat(runCode(mockData)).isEqualTo('1700000000123.gtm.7');
setup: |-
  // A scripted dataLayer and page-view global; the variable must return the id the tag uses.
  const PAGE_VIEW_ID = '1700000000000.123456789';
  let dataLayer = {};
  let pageViewGlobal = PAGE_VIEW_ID;
  let globalsSet = [];
  const readPath = (root, key) => (root[key] !== undefined ? root[key] : key.split('.').reduce((value, part) => (value === undefined || value === null ? undefined : value[part]), root));
  mock('copyFromDataLayer', (key) => readPath(dataLayer, key));
  mock('copyFromWindow', (key) => (key === '_pinterest_gtm_pvid' ? pageViewGlobal : undefined));
  let frozenGlobal = false;
  mock('setInWindow', (key, value, override) => { globalsSet.push([key, value, override]); if (!frozenGlobal && (pageViewGlobal === undefined || override)) pageViewGlobal = value; return true; });
  const mockData = { eventName: 'auto' };


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


