___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "CLIENT",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Pinterest Client by pinterest-gtm",
  "categories": [
    "ADVERTISING",
    "CONVERSIONS"
  ],
  "brand": {
    "id": "brand_pinterest_gtm",
    "displayName": "pinterest-gtm",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAMAAABg3Am1AAAALVBMVEUAAAAXO08XO08XO08XO08XO08XO0/1piOifjTLkislQkz////nnyZBT0dqYz8AAEwbAAAAD3RSTlMAYK/f/1Cf//////////9DU8WvAAAJO0lEQVR4AQEwCc/2AAAAAAAAAAECAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMCAQAAAAAAAAAAAAAABQMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDBQAAAAAAAAAABgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGAAAAAAAABgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAYAAAAABQQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBQAAAAMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMAAAEEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQACBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAIAAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQHBwcHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBwcHBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAcHBwcEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQHBwcHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBwcHBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAcHBwcEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQHBwcHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBwcHBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAcHBwcEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQHBwcHBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBwcHBwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAcHBwcEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQIBwcHBwcHBwcHBwcHBwcIBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAgHBwcHBwcHBwcHBwcIBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQECQcHBwcHBwcHBwcJBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAoJBwcHBwcHBwcJCgQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQECwsLCwQEBAQECgwHBwcHBwcMCgQEBAQECwsLCwQEBAQEBAQEBAQABAQEBAQEBAQEBAsLCwsEBAQEBAQNDAcHBwcMDQQEBAQEBAsLCwsEBAQEBAQEBAQEAAQEBAQEBAQEBAQLCwsLBAQEBAQEBA0HBwcHDQQEBAQEBAQLCwsLBAQEBAQEBAQEBAAEBAQEBAQEBAQECwsLCwQEBAQEBAQEDgcHDgQEBAQEBAQECwsLCwQEBAQEBAQEBAQABAQEBAQEBAQEBAsLCwsEBAQEBAQEBAQODgQEBAQEBAQEBAsLCwsEBAQEBAQEBAQEAAQEBAQEBAQEBAQLCwsLBAQEBAQEBAQEBAQEBAQEBAQEBAQLCwsLBAQEBAQEBAQEBAAEBAQEBAQEBAQECwsLCwQEBAQEBAQEBAQEBAQEBAQEBAQECwsLCwQEBAQEBAQEBAQABAQEBAQEBAQEBAsLCwsEBAQEBAQEBAQEBAQEBAQEBAQEBAsLCwsEBAQEBAQEBAQEAAQEBAQEBAQEBAQLCwsLBAQEBAQEBAQEBAQEBAQEBAQEBAQLCwsLBAQEBAQEBAQEBAAEBAQEBAQEBAQECwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwQEBAQEBAQEBAQABAQEBAQEBAQEBAsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsEBAQEBAQEBAQEAAQEBAQEBAQEBAQLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLBAQEBAQEBAQEBAAEBAQEBAQEBAQECwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwACBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAIAAQQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBAAADBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAAAABQQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBQAAAAAGBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBgAAAAAAAAYEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBgAAAAAAAAAABQMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDBQAAAAAAAAAAAAAAAQIDBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwIBAAAAAAAAjj0pxXoreWMAAAAASUVORK5CYII\u003d"
  },
  "description": "Receives events from the Pinterest Tag by pinterest-gtm (or your backend) in a server container, validates them, runs them for the Pinterest Conversions API tag, and keeps the click id in a first-party cookie. Docs: https://github.com/pinterest-gtm/pinterest-gtm",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "TEXT",
    "name": "path",
    "displayName": "Request path",
    "simpleValueType": true,
    "defaultValue": "/pinterest/events",
    "help": "The client claims only requests on this path. The web tag\u0027s permission allows paths under /pinterest/. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md\"\u003eProtocol\u003c/a\u003e",
    "valueValidators": [
      {
        "type": "REGEX",
        "args": [
          "^/pinterest/[A-Za-z0-9_\\-/]*$"
        ],
        "errorMessage": "A path under /pinterest/."
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "allowedOrigins",
    "displayName": "Allowed origins (CORS)",
    "simpleValueType": true,
    "help": "Comma-separated origins allowed to POST from a browser, e.g. https://shop.example. Leave empty for the web tag\u0027s image requests and server-to-server POSTs, which need no CORS. \u003ca href\u003d\"https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS\"\u003eCORS\u003c/a\u003e"
  },
  {
    "type": "TEXT",
    "name": "maxEvents",
    "displayName": "Events per request (max)",
    "simpleValueType": true,
    "defaultValue": "100",
    "help": "Larger batches are refused with 413. At most 100. Callers without the shared secret may send at most 5. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md\"\u003eLimits\u003c/a\u003e",
    "valueValidators": [
      {
        "type": "POSITIVE_NUMBER"
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "sharedSecret",
    "displayName": "Shared secret for POST batches (optional)",
    "simpleValueType": true,
    "help": "Your backend sends it in the \u003ccode\u003ex-pinterest-gtm-secret\u003c/code\u003e header to POST up to the limit above; without it a request carries at most 5 events, and a wrong one is refused with 403. Use 32 or more random characters and keep them in a variable (e.g. a Constant), not typed here, so they stay out of exports and screenshots. The web tag never sends it. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md#shared-secret\"\u003eShared secret\u003c/a\u003e"
  },
  {
    "type": "TEXT",
    "name": "maxBodyBytes",
    "displayName": "Request body size (max bytes)",
    "simpleValueType": true,
    "defaultValue": "512000",
    "help": "Bodies over this many bytes (UTF-8, not characters) are refused with 413. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md#limits\"\u003eLimits\u003c/a\u003e",
    "valueValidators": [
      {
        "type": "POSITIVE_NUMBER"
      }
    ]
  },
  {
    "type": "CHECKBOX",
    "name": "setClickIdCookie",
    "checkboxText": "Keep the Pinterest click id (_epik) in a first-party cookie set by the server",
    "simpleValueType": true,
    "defaultValue": true,
    "help": "Safari limits cookies set by scripts to 7 days; Pinterest attributes clicks for up to 30. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies\"\u003ePinterest cookies\u003c/a\u003e",
    "subParams": [
      {
        "type": "TEXT",
        "name": "cookieMaxAgeDays",
        "displayName": "Lifetime (days)",
        "simpleValueType": true,
        "defaultValue": "365",
        "help": "Default one year. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-client-parameters\"\u003eDocs\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER"
          }
        ],
        "enablingConditions": [
          {
            "paramName": "setClickIdCookie",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "cookieDomain",
        "displayName": "Cookie domain",
        "simpleValueType": true,
        "defaultValue": "auto",
        "help": "auto: the registrable domain of the request. \u003ca href\u003d\"https://developers.google.com/tag-platform/tag-manager/server-side/api#setcookie\"\u003esetCookie\u003c/a\u003e",
        "enablingConditions": [
          {
            "paramName": "setClickIdCookie",
            "paramValue": true,
            "type": "EQUALS"
          }
        ]
      }
    ]
  }
]


___SANDBOXED_JS_FOR_SERVER___

const encodeUriComponent = require("encodeUriComponent");
const getTimestampMillis = require("getTimestampMillis");
const getType = require("getType");
const JSON = require("JSON");
const logToConsole = require("logToConsole");
const makeNumber = require("makeNumber");
const makeString = require("makeString");
const Math = require("Math");
const Object = require("Object");
const parseUrl = require("parseUrl");
const claimRequest = require("claimRequest");
const getRemoteAddress = require("getRemoteAddress");
const getRequestBody = require("getRequestBody");
const getRequestHeader = require("getRequestHeader");
const getRequestMethod = require("getRequestMethod");
const getRequestPath = require("getRequestPath");
const getRequestQueryParameter = require("getRequestQueryParameter");
const returnResponse = require("returnResponse");
const runContainer = require("runContainer");
const setCookie = require("setCookie");
const getCookieValues = require("getCookieValues");
const setPixelResponse = require("setPixelResponse");
const setResponseBody = require("setResponseBody");
const setResponseHeader = require("setResponseHeader");
const setResponseStatus = require("setResponseStatus");
const sha256Sync = require("sha256Sync");

// pinterest/forwarding-protocol.ts
var PROTOCOL_VERSION = 1;
var VERSION_PARAM = "v";
var EVENT_PARAM = "e";
var DEFAULT_PATH = "/pinterest/events";
var MAX_GET_LENGTH = 8e3;
var MAX_BATCH_EVENTS = 100;
var MAX_BODY_BYTES = 512e3;
var MAX_UNAUTHENTICATED_EVENTS = 5;
var SECRET_HEADER = "x-pinterest-gtm-secret";
var CONSENT_KEYS = ["ad_storage", "ad_user_data"];
var CONSENT_VALUES = ["granted", "denied"];
var CONSENT_STATE_KEY = "consent_state";
var SOURCE_KEY = "x-pinterest-gtm-source";
var SOURCE_CLIENT = "client";
var CUSTOM_PROPERTY_PREFIX = "x-pinterest-custom-";
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
var CUSTOM_TEXT_KEYS = ["currency", "order_id", "search_query", "lead_type", "video_title", "promo_code"];
var CUSTOM_NUMBER_KEYS = ["value", "order_quantity"];
var LINE_ITEM_TEXT_KEYS = ["product_id", "product_name", "product_category", "product_variant", "product_brand"];
var LINE_ITEM_NUMBER_KEYS = ["product_price", "product_quantity"];
var USER_DATA_KEYS = ["em", "external_id", "st", "country"];
var EVENT_KEYS = ["event_name", "event_id", "event_time", "page_location", "page_referrer", "click_id", "click_id_from_url", "custom_data", "user_data", "opt_out_type", "consent"];

// pinterest/text-rules.ts
var HIGH_SURROGATE_FIRST = "\uD800";
var HIGH_SURROGATE_LAST = "\uDBFF";
var LOW_SURROGATE_FIRST = "\uDC00";
var LOW_SURROGATE_LAST = "\uDFFF";
var isHighSurrogate = (c) => c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST;
var isLowSurrogate = (c) => c >= LOW_SURROGATE_FIRST && c <= LOW_SURROGATE_LAST;
var isControl = (c) => c < " " || c === "";
function characterCount(text2, max) {
  let count = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charAt(i);
    if (isControl(c) || isLowSurrogate(c)) return -1;
    if (isHighSurrogate(c)) {
      if (!isLowSurrogate(text2.charAt(i + 1))) return -1;
      i++;
    }
    count++;
    if (count > max) return count;
  }
  return count;
}
function isProtocolText(text2, max) {
  const count = characterCount(text2, max);
  return count >= 1 && count <= max;
}
var isAsciiLetterOrDigit = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9";
function isClickId(value, max) {
  if (value.length === 0 || value.length > max) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (!isAsciiLetterOrDigit(c) && c !== "+" && c !== "/" && c !== "-" && c !== "_" && c !== "=") return false;
  }
  return true;
}
function withoutQuery(url2) {
  const query = url2.indexOf("?");
  const fragment = url2.indexOf("#");
  const end = query === -1 ? fragment : fragment === -1 ? query : query < fragment ? query : fragment;
  return end === -1 ? url2 : url2.slice(0, end);
}

// pinterest/values.ts
var isFinite = (n) => n - n === 0;
function toText(value) {
  const type = getType(value);
  if (type === "number" && !isFinite(value)) return undefined;
  if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
  const text2 = makeString(value).trim();
  return text2 === "" ? undefined : text2;
}
function isDecimalText(text2) {
  let digits = 0;
  let dot = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charAt(i);
    if (c >= "0" && c <= "9") digits++;
    else if (c === "." && !dot) dot = true;
    else if (!(c === "-" && i === 0)) return false;
  }
  return digits > 0;
}
function toNumber(value) {
  const type = getType(value);
  if (type === "number") return isFinite(value) ? value : undefined;
  if (type !== "string") return undefined;
  const text2 = value.trim();
  if (!isDecimalText(text2)) return undefined;
  const n = makeNumber(text2);
  return isFinite(n) ? n : undefined;
}
function toInteger(value) {
  const n = toNumber(value);
  if (n === undefined) return undefined;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}
function toObject(value) {
  return getType(value) === "object" ? value : undefined;
}
function toList(value) {
  return getType(value) === "array" ? value : [];
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

// pinterest/forwarded-event-data.ts
var DEFINED = {
  value: "value",
  currency: "currency",
  order_id: "transaction_id",
  search_query: "search_term",
  promo_code: "coupon",
  lead_type: "lead_type",
  video_title: "video_title"
};
function ga4Items(lineItems) {
  var _a;
  const out = [];
  const lines = toList(lineItems);
  for (let i = 0; i < lines.length; i++) {
    const line = (_a = toObject(lines[i])) != null ? _a : {};
    const item = {};
    if (line.product_id !== undefined) item.item_id = line.product_id;
    if (line.product_name !== undefined) item.item_name = line.product_name;
    if (line.product_category !== undefined) item.item_category = line.product_category;
    if (line.product_variant !== undefined) item.item_variant = line.product_variant;
    if (line.product_brand !== undefined) item.item_brand = line.product_brand;
    if (line.product_price !== undefined) item.price = line.product_price;
    if (line.product_quantity !== undefined) item.quantity = line.product_quantity;
    out.push(item);
  }
  return out;
}
function eventDataFromForwarded(event, request) {
  var _a, _b;
  const out = { event_name: event.event_name, event_id: event.event_id };
  if (event.event_time !== undefined) out.event_time = event.event_time > request.now ? request.now : event.event_time;
  if (event.page_location !== undefined) out.page_location = withoutQuery(event.page_location);
  if (event.page_referrer !== undefined) out.page_referrer = withoutQuery(event.page_referrer);
  if (request.ip !== undefined) out.ip_override = request.ip;
  if (request.userAgent !== undefined) out.user_agent = request.userAgent;
  if (event.click_id !== undefined) out.click_id = event.click_id;
  if (event.opt_out_type === "LDP") out.opt_out_type = "LDP";
  const custom = (_a = toObject(event.custom_data)) != null ? _a : {};
  const keys = Object.keys(custom);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === "line_items") out.items = ga4Items(custom.line_items);
    else if (DEFINED.hasOwnProperty(key)) out[DEFINED[key]] = custom[key];
    else if (CUSTOM_NUMBER_KEYS.indexOf(key) === -1 && CUSTOM_TEXT_KEYS.indexOf(key) === -1) out[CUSTOM_PROPERTY_PREFIX + key] = custom[key];
  }
  const user = toObject(event.user_data);
  if (user !== undefined && Object.keys(user).length > 0) out.user_data = user;
  const consent = (_b = toObject(event.consent)) != null ? _b : {};
  const state = {};
  for (let i = 0; i < CONSENT_KEYS.length; i++) if (consent[CONSENT_KEYS[i]] !== undefined) state[CONSENT_KEYS[i]] = consent[CONSENT_KEYS[i]];
  if (Object.keys(state).length > 0) out[CONSENT_STATE_KEY] = state;
  out[SOURCE_KEY] = SOURCE_CLIENT;
  return out;
}

// server-template/client/src/choices.ts
var DEFAULT_MAX_AGE_DAYS = 365;
var CLICK_ID_COOKIE = "_epik";
var CLICK_ID_TIME_COOKIE = "_pin_gtm_epik_ts";

// server-template/client/src/click-id-cookie.ts
var atMost = (time, now) => time > now ? now : time;
function newestClickId(events, now) {
  var _a;
  let newest;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.click_id_from_url !== true || event.click_id === undefined) continue;
    if (event.consent !== undefined && event.consent.ad_storage === "denied") continue;
    const time = atMost((_a = toNumber(event.event_time)) != null ? _a : now, now);
    if (newest === undefined || time >= newest.time) newest = { value: event.click_id, time: time };
  }
  return newest;
}
function cookieDomainOf(value) {
  const text2 = toText(value);
  if (text2 === undefined || text2.length > 253) return "auto";
  const lower = text2.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (!(c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "." || c === "-")) return "auto";
  }
  return lower;
}
function keepClickId(events, now, maxAgeDays, domain) {
  const newest = newestClickId(events, now);
  if (newest === undefined) return false;
  const stored = toNumber(getCookieValues(CLICK_ID_TIME_COOKIE)[0]);
  const storedTime = stored === undefined || stored > now ? undefined : stored;
  if (storedTime !== undefined && storedTime > newest.time) return false;
  if (toText(getCookieValues(CLICK_ID_COOKIE)[0]) === newest.value && storedTime !== undefined) return false;
  const options = { domain: cookieDomainOf(domain), path: "/", "max-age": maxAgeDays * 86400, secure: true, sameSite: "Lax", httpOnly: false };
  setCookie(CLICK_ID_COOKIE, newest.value, options);
  setCookie(CLICK_ID_TIME_COOKIE, makeString(newest.time), options);
  return true;
}

// server-template/client/src/field-defaults.ts
var FIELD_DEFAULTS = {
  path: "/pinterest/events",
  maxEvents: "100",
  maxBodyBytes: "512000",
  setClickIdCookie: true,
  cookieMaxAgeDays: "365",
  cookieDomain: "auto"
};

// server-template/client/src/cors.ts
function allowedOrigin(allowlist, origin) {
  var _a;
  const entries = makeString((_a = toText(allowlist)) != null ? _a : "").split(",");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim();
    if (isOrigin(entry) && entry.toLowerCase() === origin.toLowerCase()) return entry;
  }
  return undefined;
}
function isOrigin(entry) {
  const lower = entry.toLowerCase();
  const rest = lower.indexOf("https://") === 0 ? lower.slice(8) : lower.indexOf("http://") === 0 ? lower.slice(7) : "";
  if (rest === "" || rest.length > 253) return false;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charAt(i);
    if (!(c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "." || c === "-" || c === ":")) return false;
  }
  return true;
}
function requestOrigin() {
  return toText(getRequestHeader("origin"));
}
function allowOrigin(origin, preflight) {
  setResponseHeader("access-control-allow-origin", origin);
  setResponseHeader("vary", "Origin");
  if (!preflight) return;
  setResponseHeader("access-control-allow-methods", "GET, POST, OPTIONS");
  setResponseHeader("access-control-allow-headers", "content-type");
  setResponseHeader("access-control-max-age", "86400");
}

// pinterest/events.ts
function isCustomEventName(name) {
  if (name === "" || name.length > 100) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!(c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_")) return false;
  }
  return true;
}

// pinterest/normalise.ts
var isDigit = (c) => c >= "0" && c <= "9";
var isHexDigit = (c) => isDigit(c) || c >= "a" && c <= "f";
function keep(text2, wanted) {
  let out = "";
  for (let i = 0; i < text2.length; i++) if (wanted(text2.charAt(i))) out += text2.charAt(i);
  return out;
}
var isHex = (value, length) => value.length === length && keep(value.toLowerCase(), isHexDigit).length === length;
function isSha256Hex(value) {
  return isHex(value, 64);
}

// pinterest/personal-data.ts
var isDigit2 = (c) => c >= "0" && c <= "9";
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var isAddressChar = (c) => isLetter(c) || isDigit2(c) || c > "" || "._%+-'".indexOf(c) !== -1;
var isDomainChar = (c) => isLetter(c) || isDigit2(c) || c > "" || c === "." || c === "-";
function domainAt(text2, start) {
  let end = start;
  while (end < text2.length && isDomainChar(text2.charAt(end))) end++;
  let domain = text2.slice(start, end);
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
  const text2 = value.split("%40").join("@");
  let at = text2.indexOf("@");
  while (at !== -1) {
    if (at > 0 && isAddressChar(text2.charAt(at - 1)) && isMailDomain(domainAt(text2, at + 1))) return true;
    at = text2.indexOf("@", at + 1);
  }
  return false;
}
function isDate(groups, separators) {
  if (groups.length !== 3 || separators.length !== 2 || separators.charAt(0) !== separators.charAt(1) || "-./".indexOf(separators.charAt(0)) === -1) return false;
  const short = (g) => g.length >= 1 && g.length <= 2;
  return groups[0].length === 4 && short(groups[1]) && short(groups[2]) || short(groups[0]) && short(groups[1]) && (groups[2].length === 4 || groups[2].length === 2);
}
function looksLikePhone(value) {
  const text2 = value.trim();
  const groups = [];
  let separators = "";
  let current = "";
  let digits = 0;
  let parentheses = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charAt(i);
    if (isDigit2(c)) {
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
  if (text2.charAt(0) === "+" || parentheses) return true;
  return groups.length >= 3 && !isDate(groups, separators.trim());
}

// pinterest/forwarded-event-validation.ts
var OUTSIDE = ": has a field outside the protocol";
var NO_EMAIL = ": must not hold a raw email address (send it hashed in user_data.em)";
var NO_PHONE = ": must not hold a raw phone number";
var text = (value, max, path) => getType(value) !== "string" || !isProtocolText(value, max) ? path + ": must be text of 1 to " + max + " characters without control characters" : undefined;
var number = (value, path) => getType(value) !== "number" || value - value !== 0 ? path + ": must be a finite number" : undefined;
var freeText = (value, max, path) => {
  var _a;
  return (_a = text(value, max, path)) != null ? _a : looksLikeEmail(value) ? path + NO_EMAIL : looksLikePhone(value) ? path + NO_PHONE : undefined;
};
var customText = (value, path) => freeText(value, LIMITS.textLength, path);
function url(value, path) {
  const problem = text(value, LIMITS.urlLength, path);
  if (problem !== undefined) return problem;
  const parsed = parseUrl(value);
  const web = parsed !== undefined && (parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.hostname !== "";
  if (!web || parsed.username !== "" || parsed.password !== "") return path + ": must be an http(s) URL without credentials";
  return looksLikeEmail(withoutQuery(value)) ? path + NO_EMAIL : undefined;
}
function isPropertyName(name) {
  if (name.length === 0 || name.length > LIMITS.customKeyLength) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!(c >= "a" && c <= "z" || c === "_" || i > 0 && c >= "0" && c <= "9")) return false;
  }
  return true;
}
function customPropertyProblem(name, value) {
  const path = "custom_data.*";
  if (!isPropertyName(name)) return "custom_data: property names are 1 to " + LIMITS.customKeyLength + " lower-case letters, digits and underscores";
  const type = getType(value);
  if (type === "number") return number(value, path);
  if (type === "boolean") return undefined;
  if (type !== "string") return path + ": must be a string, a number or a boolean";
  return customText(value, path);
}
function lineItemProblem(value, path) {
  if (getType(value) !== "object") return path + ": must be an object";
  const item = value;
  const keys = Object.keys(item);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (LINE_ITEM_TEXT_KEYS.indexOf(key) !== -1) {
      const p = customText(item[key], path + "." + key);
      if (p) return p;
      continue;
    }
    if (LINE_ITEM_NUMBER_KEYS.indexOf(key) !== -1) {
      const p = number(item[key], path + "." + key);
      if (p) return p;
      continue;
    }
    return path + OUTSIDE;
  }
  return undefined;
}
function customData(value) {
  if (getType(value) !== "object") return "custom_data: must be an object";
  const data2 = value;
  const keys = Object.keys(data2);
  if (keys.length > LIMITS.customKeys) return "custom_data: at most " + LIMITS.customKeys + " properties";
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const v = data2[key];
    if (key === "line_items") {
      if (getType(v) !== "array" || v.length > LIMITS.lineItems) return "custom_data.line_items: must be an array of at most " + LIMITS.lineItems + " items";
      for (let j = 0; j < v.length; j++) {
        const p2 = lineItemProblem(v[j], "custom_data.line_items[" + j + "]");
        if (p2) return p2;
      }
      continue;
    }
    if (CUSTOM_NUMBER_KEYS.indexOf(key) !== -1) {
      const p2 = number(v, "custom_data." + key);
      if (p2) return p2;
      continue;
    }
    if (CUSTOM_TEXT_KEYS.indexOf(key) !== -1) {
      const p2 = customText(v, "custom_data." + key);
      if (p2) return p2;
      continue;
    }
    const p = customPropertyProblem(key, v);
    if (p) return p;
  }
  return undefined;
}
function userData(value) {
  if (getType(value) !== "object") return "user_data: must be an object";
  const data2 = value;
  const keys = Object.keys(data2);
  for (let i = 0; i < keys.length; i++) {
    if (USER_DATA_KEYS.indexOf(keys[i]) === -1) return "user_data" + OUTSIDE;
    const at = "user_data." + keys[i];
    const list = data2[keys[i]];
    if (getType(list) !== "array" || list.length > LIMITS.hashesPerField) return at + ": must be an array of at most " + LIMITS.hashesPerField + " hashes";
    for (let j = 0; j < list.length; j++) {
      const hash = list[j];
      if (getType(hash) !== "string" || !isSha256Hex(hash)) return at + "[" + j + "]: must be a SHA-256 hex digest";
    }
  }
  return undefined;
}
function consentProblem(value) {
  if (getType(value) !== "object") return "consent: must be an object";
  const consent = value;
  const keys = Object.keys(consent);
  for (let i = 0; i < keys.length; i++) {
    if (CONSENT_KEYS.indexOf(keys[i]) === -1) return "consent" + OUTSIDE;
    if (CONSENT_VALUES.indexOf(consent[keys[i]]) === -1) return "consent." + keys[i] + ': must be "granted" or "denied"';
  }
  return undefined;
}
function forwardedEventProblem(value) {
  var _a;
  if (getType(value) !== "object") return "event: must be an object";
  const event = value;
  const keys = Object.keys(event);
  for (let i = 0; i < keys.length; i++) if (EVENT_KEYS.indexOf(keys[i]) === -1) return "event" + OUTSIDE;
  const name = text(event.event_name, LIMITS.eventNameLength, "event_name");
  if (name !== undefined) return name;
  if (!isCustomEventName(event.event_name)) return "event_name: must be letters and underscores";
  const clickId = event.click_id;
  const checks = [
    freeText(event.event_id, LIMITS.eventIdLength, "event_id"),
    event.event_time === undefined ? undefined : (_a = number(event.event_time, "event_time")) != null ? _a : event.event_time < 0 ? "event_time: must not be negative" : undefined,
    event.page_location === undefined ? undefined : url(event.page_location, "page_location"),
    event.page_referrer === undefined ? undefined : url(event.page_referrer, "page_referrer"),
    clickId === undefined || getType(clickId) === "string" && isClickId(clickId, LIMITS.clickIdLength) && !looksLikePhone(clickId) ? undefined : "click_id: must be 1 to " + LIMITS.clickIdLength + " characters of A-Z a-z 0-9 + / - _ =, not a phone number",
    event.click_id_from_url === undefined || getType(event.click_id_from_url) === "boolean" ? undefined : "click_id_from_url: must be a boolean",
    event.opt_out_type === undefined || event.opt_out_type === "LDP" || event.opt_out_type === "" ? undefined : 'opt_out_type: must be "LDP" or empty',
    event.custom_data === undefined ? undefined : customData(event.custom_data),
    event.user_data === undefined ? undefined : userData(event.user_data),
    event.consent === undefined ? undefined : consentProblem(event.consent)
  ];
  for (let i = 0; i < checks.length; i++) if (checks[i] !== undefined) return checks[i];
  return undefined;
}

// server-template/client/src/incoming-events.ts
function utf8Length(text2) {
  const encoded = encodeUriComponent(text2);
  if (encoded === undefined) return undefined;
  return encoded.length - 2 * (encoded.split("%").length - 1);
}
function bodySizeProblem(body, maxBytes) {
  const tooLarge = { status: 413, error: "body: larger than " + maxBytes + " bytes" };
  if (body.length > maxBytes) return tooLarge;
  if (body.length * 3 <= maxBytes) return undefined;
  const bytes = utf8Length(body);
  if (bytes === undefined) return { status: 400, error: "body: must be UTF-8 text" };
  return bytes > maxBytes ? tooLarge : undefined;
}
function checked(list, maxEvents, asPixel) {
  if (list.length === 0) return { status: 400, error: "events: must not be empty" };
  if (list.length > maxEvents) return { status: 413, error: "events: at most " + maxEvents + " events per request" };
  for (let i = 0; i < list.length; i++) {
    const problem = forwardedEventProblem(list[i]);
    if (problem !== undefined) return { status: 400, error: (list.length > 1 ? "events[" + i + "]." : "") + problem };
  }
  return { events: list, asPixel: asPixel };
}
function readIncoming(maxEvents, maxBodyBytes) {
  var _a;
  const method = getRequestMethod();
  if (method === "GET") {
    if (makeString(getRequestQueryParameter(VERSION_PARAM)) !== makeString(PROTOCOL_VERSION)) return { status: 400, error: "v: unsupported protocol version" };
    const param = getRequestQueryParameter(EVENT_PARAM);
    if (getType(param) === "string" && param.length > MAX_GET_LENGTH) return { status: 413, error: "e: longer than " + MAX_GET_LENGTH + " characters" };
    const event = getType(param) === "string" ? JSON.parse(param) : undefined;
    return event === undefined ? { status: 400, error: "e: must be JSON" } : checked([event], 1, true);
  }
  if (method !== "POST") return { status: 405, error: "method: use GET or POST" };
  const body = (_a = getRequestBody()) != null ? _a : "";
  const sizeProblem = bodySizeProblem(body, maxBodyBytes);
  if (sizeProblem !== undefined) return sizeProblem;
  const parsed = toObject(JSON.parse(body));
  if (parsed === undefined) return { status: 400, error: "body: must be a JSON object" };
  if (parsed[VERSION_PARAM] !== PROTOCOL_VERSION) return { status: 400, error: "v: unsupported protocol version" };
  if (getType(parsed.events) !== "array") return { status: 400, error: "events: must be an array" };
  return checked(toList(parsed.events), maxEvents, false);
}

// pinterest/capi-user-data.ts
var MAX_IP_LENGTH = 45;
function plainIp(value) {
  const text2 = toText(value);
  if (text2 === undefined || text2.length > MAX_IP_LENGTH || text2.indexOf(".") === -1 && text2.indexOf(":") === -1) return undefined;
  const lower = text2.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (!(c >= "0" && c <= "9" || c >= "a" && c <= "f" || c === "." || c === ":")) return undefined;
  }
  return text2;
}

// server-template/client/src/request-facts.ts
var MAX_USER_AGENT_LENGTH = 512;
function requestFacts() {
  const agent = toText(getRequestHeader("user-agent"));
  return {
    ip: plainIp(getRemoteAddress()),
    userAgent: agent !== undefined && isProtocolText(agent, MAX_USER_AGENT_LENGTH) ? agent : undefined,
    now: getTimestampMillis()
  };
}

// server-template/client/src/respond.ts
function answerError(status, message) {
  setResponseStatus(status);
  setResponseHeader("content-type", "application/json; charset=utf-8");
  setResponseHeader("x-content-type-options", "nosniff");
  setResponseHeader("cache-control", "no-store");
  setResponseBody(JSON.stringify({ error: message }));
  returnResponse();
}
function answerDone(asPixel) {
  if (asPixel) {
    setPixelResponse();
  } else {
    setResponseStatus(204);
    setResponseHeader("x-content-type-options", "nosniff");
    setResponseHeader("cache-control", "no-store");
  }
  returnResponse();
}

// server-template/client/src/shared-secret.ts
var HEX = "0123456789abcdef";
function sameSecret(given, expected) {
  const a = sha256Sync(given, { outputEncoding: "hex" });
  const b = sha256Sync(expected, { outputEncoding: "hex" });
  let difference = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) difference = difference | HEX.indexOf(a.charAt(i)) ^ HEX.indexOf(b.charAt(i));
  return difference === 0;
}
function callerOf(secretField) {
  const given = toText(getRequestHeader(SECRET_HEADER));
  const expected = toText(secretField);
  if (given === undefined || expected === undefined) return "anonymous";
  return sameSecret(given, expected) ? "authenticated" : "wrong secret";
}

// server-template/client/src/main.ts
var bounded = (value, fallback, max) => {
  const n = toInteger(value);
  return n === undefined || n < 1 ? fallback : n > max ? max : n;
};
function refuse(status, error) {
  logToConsole("[Pinterest client] rejected: " + error);
  answerError(status, error);
}
function main() {
  var _a, _b, _c, _d;
  const settings = withDefaults(data, FIELD_DEFAULTS);
  if (getRequestPath() !== ((_a = toText(settings.path)) != null ? _a : DEFAULT_PATH)) return;
  claimRequest();
  const method = getRequestMethod();
  const origin = requestOrigin();
  const allowed = origin === undefined ? undefined : allowedOrigin(settings.allowedOrigins, origin);
  if (method === "OPTIONS") {
    if (allowed === undefined) return refuse(403, "origin: not allowed");
    allowOrigin(allowed, true);
    answerDone(false);
    return;
  }
  if (origin !== undefined && method === "POST" && allowed === undefined) return refuse(403, "origin: not allowed");
  if (allowed !== undefined) allowOrigin(allowed, false);
  const caller = method === "POST" ? callerOf(settings.sharedSecret) : "anonymous";
  if (caller === "wrong secret") return refuse(403, SECRET_HEADER + ": does not match");
  const configured = bounded(settings.maxEvents, MAX_BATCH_EVENTS, MAX_BATCH_EVENTS);
  const maxEvents = caller === "authenticated" || configured < MAX_UNAUTHENTICATED_EVENTS ? configured : MAX_UNAUTHENTICATED_EVENTS;
  const incoming = readIncoming(maxEvents, bounded(settings.maxBodyBytes, MAX_BODY_BYTES, MAX_BODY_BYTES));
  if (incoming.events === undefined) return refuse((_b = incoming.status) != null ? _b : 400, (_c = incoming.error) != null ? _c : "request: invalid");
  const events = incoming.events;
  const facts = requestFacts();
  if (settings.setClickIdCookie !== false) {
    keepClickId(events, facts.now, bounded(settings.cookieMaxAgeDays, DEFAULT_MAX_AGE_DAYS, 400), (_d = toText(settings.cookieDomain)) != null ? _d : "auto");
  }
  let pending = events.length;
  for (let i = 0; i < events.length; i++) {
    runContainer(eventDataFromForwarded(events[i], facts), () => {
      pending--;
      if (pending === 0) answerDone(incoming.asPixel === true);
    });
  }
}

main();


___SERVER_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "read_request",
        "versionId": "1"
      },
      "param": [
        {
          "key": "requestAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "bodyAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "pathAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "remoteAddressAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "queryParametersAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "queryParameterAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "queryParameterWhitelist",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "v"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "queryParameter"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "e"
                  }
                ]
              }
            ]
          }
        },
        {
          "key": "headersAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "headerAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "headerWhitelist",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "origin"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "user-agent"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "x-pinterest-gtm-secret"
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
        "publicId": "return_response",
        "versionId": "1"
      },
      "param": []
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_response",
        "versionId": "1"
      },
      "param": [
        {
          "key": "writeResponseAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "writeStatusAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "writeBodyAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "writeHeadersAllowed",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "writeHeaderAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "headerWhitelist",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-allow-origin"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-allow-methods"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-allow-headers"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "access-control-max-age"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "vary"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "content-type"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "x-content-type-options"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "cache-control"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "pragma"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "headerName"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "expires"
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
        "publicId": "run_container",
        "versionId": "1"
      },
      "param": []
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "get_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "cookieAccess",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "cookieNames",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "_epik"
              },
              {
                "type": 1,
                "string": "_pin_gtm_epik_ts"
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
        "publicId": "set_cookies",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedCookies",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_epik"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "any"
                  }
                ]
              },
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "name"
                  },
                  {
                    "type": 1,
                    "string": "domain"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "session"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "_pin_gtm_epik_ts"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "secure"
                  },
                  {
                    "type": 1,
                    "string": "any"
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
        "publicId": "logging",
        "versionId": "1"
      },
      "param": [
        {
          "key": "environments",
          "value": {
            "type": 1,
            "string": "debug"
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
- name: A request on another path is left to other clients
  code: |-
    request.path = '/g/collect';
    runCode(mockData);
    assertThat(claimed).isFalse();
    assertThat(ran).isEqualTo([]);
    assertThat(response.returned).isFalse();
- name: The path is configurable
  code: |-
    request.path = '/pinterest/v2';
    runCode(mockData);
    assertThat(claimed).isFalse();
    runCode({ path: '/pinterest/v2' });
    assertThat(claimed).isTrue();
- name: The web tag's GET runs the event with common event data and answers with a pixel
  code: |-
    runCode(mockData);
    assertThat(claimed).isTrue();
    assertThat(ran).isEqualTo([{
      event_name: 'checkout', event_id: 'checkout_T-1', event_time: 1700000000000, page_location: 'https://shop.example/thanks',
      ip_override: '198.51.100.7', user_agent: 'UA/1', value: 59.8, currency: 'EUR', transaction_id: 'T-1',
      items: [{ item_id: 'SKU-1', item_name: 'Vase', price: 19.9, quantity: 2 }], user_data: { em: [HASH] }, 'x-pinterest-gtm-source': 'client',
    }]);
    assertThat(response.pixel).isTrue();
    assertThat(response.returned).isTrue();
- name: A POST batch runs each event and answers 204 once all have run
  code: |-
    finishAtOnce = false;
    post({ v: 1, events: [wireEvent(), wireEvent({ event_name: 'lead', event_id: 'E-2' })] });
    runCode(mockData);
    assertThat(ran.length).isEqualTo(2);
    assertThat(response.returned).isFalse();
    finishers[1]();
    assertThat(response.returned).isFalse();
    finishers[0]();
    assertThat(response.returned).isTrue();
    assertThat(response.status).isEqualTo(204);
    assertThat(response.pixel).isFalse();
- name: Event fields become the keys the Conversions API tag reads; custom properties go under their own prefix
  code: |-
    post({ v: 1, events: [wireEvent({ event_name: 'search', event_id: 'S-1', custom_data: { search_query: 'vase', promo_code: 'X', lead_type: 'Demo', shop_region: 'eu' }, click_id: 'C1', page_referrer: 'https://www.pinterest.com/', opt_out_type: 'LDP' })] });
    runCode(mockData);
    const event = ran[0];
    assertThat([event.search_term, event.coupon, event.lead_type, event['x-pinterest-custom-shop_region'], event.click_id, event.page_referrer, event.opt_out_type]).isEqualTo(['vase', 'X', 'Demo', 'eu', 'C1', 'https://www.pinterest.com/', 'LDP']);
- name: A body that is not JSON gets 400 and runs nothing
  code: |-
    post('{not json');
    runCode(mockData);
    assertThat(response.status).isEqualTo(400);
    assertThat(errorOf()).isEqualTo('body: must be a JSON object');
    assertThat(ran).isEqualTo([]);
- name: An unknown protocol version gets 400
  code: |-
    post({ v: 2, events: [wireEvent()] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(400);
    assertThat(errorOf()).isEqualTo('v: unsupported protocol version');
- name: An invalid event name is refused without echoing it
  code: |-
    post({ v: 1, events: [wireEvent({ event_name: '<img src=x onerror=alert(1)>' })] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(400);
    assertThat(response.body).doesNotContain('<img');
    assertThat(errorOf()).isEqualTo('event_name: must be letters and underscores');
- name: A field outside the protocol is refused
  code: |-
    post({ v: 1, events: [wireEvent({ password: 'x' })] });
    runCode(mockData);
    assertThat(errorOf()).isEqualTo('event: has a field outside the protocol');
    assertThat(ran).isEqualTo([]);
- name: User data must already be hashed
  code: |-
    post({ v: 1, events: [wireEvent({ user_data: { em: ['jane@example.com'] } })] });
    runCode(mockData);
    assertThat(errorOf()).isEqualTo('user_data.em[0]: must be a SHA-256 hex digest');
    assertThat(response.body).doesNotContain('jane');
- name: One bad event refuses the whole batch, naming its index
  code: |-
    post({ v: 1, events: [wireEvent(), wireEvent({ custom_data: { value: 'ten' } })] });
    runCode(mockData);
    assertThat(errorOf()).isEqualTo('events[1].custom_data.value: must be a finite number');
    assertThat(ran).isEqualTo([]);
- name: Batches over the limit get 413
  code: |-
    post({ v: 1, events: [wireEvent(), wireEvent(), wireEvent()] });
    runCode({ path: '/pinterest/events', maxEvents: '2' });
    assertThat(response.status).isEqualTo(413);
    assertThat(ran).isEqualTo([]);
- name: Bodies over the size limit get 413
  code: |-
    post({ v: 1, events: [wireEvent()] });
    runCode({ path: '/pinterest/events', maxBodyBytes: '100' });
    assertThat(response.status).isEqualTo(413);
- name: Methods other than GET, POST and OPTIONS get 405
  code: |-
    request.method = 'PUT';
    runCode(mockData);
    assertThat(response.status).isEqualTo(405);
- name: A preflight from an allowed origin is answered with CORS headers and runs nothing
  code: |-
    request.method = 'OPTIONS';
    request.headers = { origin: 'https://shop.example' };
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    assertThat([response.headers['access-control-allow-origin'], response.headers['access-control-allow-methods'], response.headers.vary]).isEqualTo(['https://shop.example', 'GET, POST, OPTIONS', 'Origin']);
    assertThat(ran).isEqualTo([]);
- name: A preflight from another origin gets 403
  code: |-
    request.method = 'OPTIONS';
    request.headers = { origin: 'https://evil.example' };
    runCode(mockData);
    assertThat(response.status).isEqualTo(403);
    assertThat(response.headers['access-control-allow-origin']).isUndefined();
- name: A browser POST from another origin is refused; from an allowed one it carries the CORS header
  code: |-
    post({ v: 1, events: [wireEvent()] }, { origin: 'https://evil.example' });
    runCode(mockData);
    assertThat(response.status).isEqualTo(403);
    assertThat(ran).isEqualTo([]);
    post({ v: 1, events: [wireEvent()] }, { origin: 'https://shop.example' });
    response = { status: 200, headers: {}, body: '', returned: false, pixel: false };
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    assertThat(response.headers['access-control-allow-origin']).isEqualTo('https://shop.example');
- name: A click id from the page URL is kept in a first-party _epik cookie set by the server, encoded
  code: |-
    post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(cookiesSet[0][0]).isEqualTo('_epik');
    assertThat(cookiesSet[0][1]).isEqualTo('EPIK-1');
    assertThat(cookiesSet[0][2]).isEqualTo({ domain: 'auto', path: '/', 'max-age': 31536000, secure: true, sameSite: 'Lax', httpOnly: false });
    assertThat(cookiesSet[0][3]).isFalsy();
    assertThat(cookiesSet[1][0]).isEqualTo('_pin_gtm_epik_ts');
    assertThat(cookiesSet[1][1]).isEqualTo('1700000000000');
    assertThat(cookiesSet[1][3]).isFalsy();
- name: A click id read from the cookie is not written again
  code: |-
    post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1' })] });
    runCode(mockData);
    assertThat(cookiesSet).isEqualTo([]);
- name: An older event never overwrites a newer click id
  code: |-
    cookies = { _epik: ['NEWER'], _pin_gtm_epik_ts: ['1700000400000'] };
    post({ v: 1, events: [wireEvent({ click_id: 'OLDER', click_id_from_url: true, event_time: 1700000100000 })] });
    runCode(mockData);
    assertThat(cookiesSet).isEqualTo([]);
    post({ v: 1, events: [wireEvent({ click_id: 'A', click_id_from_url: true, event_time: 1700000450000 }), wireEvent({ click_id: 'B', click_id_from_url: true, event_time: 1700000420000 })] });
    runCode(mockData);
    assertThat(cookiesSet[0][1]).isEqualTo('A');
- name: The click id cookie can be turned off
  code: |-
    post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
    runCode({ path: '/pinterest/events', setClickIdCookie: false });
    assertThat(cookiesSet).isEqualTo([]);
    assertThat(ran.length).isEqualTo(1);
- name: A GET whose event is not JSON gets 400
  code: |-
    request.query = { v: '1', e: 'nope' };
    runCode(mockData);
    assertThat(response.status).isEqualTo(400);
    assertThat(errorOf()).isEqualTo('e: must be JSON');
- name: "Custom properties named like keys the client sets cannot replace them: they land under x-pinterest-custom-"
  code: |-
    post({ v: 1, events: [wireEvent({ custom_data: {
      ip_override: '2001:db8::66', user_agent: 'Evil/1', page_location: 'https://evil.example/?epik=STOLEN', partner_id: 'P-EVIL',
      event_name: 'page_visit', event_id: 'E-EVIL', click_id: 'STOLEN', user_data: 'x', items: 'x', transaction_id: 'T-EVIL', language: 'xx',
    } })] }, { 'user-agent': 'UA/1' });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    const event = ran[0];
    assertThat([event.ip_override, event.user_agent, event.page_location, event.event_name, event.event_id]).isEqualTo(['198.51.100.7', 'UA/1', 'https://shop.example/thanks', 'checkout', 'checkout_T-1']);
    assertThat([event.partner_id, event.click_id, event.items, event.transaction_id, event.language]).isEqualTo([undefined, undefined, undefined, undefined, undefined]);
    assertThat(event.user_data).isEqualTo({ em: [HASH] });
    assertThat(event['x-pinterest-custom-ip_override']).isEqualTo('2001:db8::66');
    assertThat(event['x-pinterest-custom-partner_id']).isEqualTo('P-EVIL');
    assertThat(event['x-pinterest-gtm-source']).isEqualTo('client');
- name: A click id outside Pinterest's alphabet is refused and never reaches a cookie; a base64 one is written encoded
  code: |-
    const hostile = ['X; Domain=evil.example; HttpOnly', 'X\nSet-Cookie: a=b', 'X,Y', 'X"', 'X Y', 'ä', repeat('x', 513)];
    hostile.forEach((clickId) => {
      reset();
      post({ v: 1, events: [wireEvent({ click_id: clickId, click_id_from_url: true })] });
      runCode(mockData);
      assertThat(response.status).isEqualTo(400);
      assertThat(errorOf()).isEqualTo('click_id: must be 1 to 512 characters of A-Z a-z 0-9 + / - _ =, not a phone number');
      assertThat(cookiesSet).isEqualTo([]);
      assertThat(ran).isEqualTo([]);
    });
    reset();
    post({ v: 1, events: [wireEvent({ click_id: 'dj0yJnU9b2JD+/Y3Bv==', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(cookiesSet[0][1]).isEqualTo('dj0yJnU9b2JD+/Y3Bv==');
    assertThat(cookiesSet[0][3]).isFalsy();
    reset();
    post({ v: 1, events: [wireEvent({ click_id: '415-555-0142', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(cookiesSet).isEqualTo([]);
- name: A far-future event_time is clamped to the server's clock in event data and in the click id cookie
  code: |-
    post({ v: 1, events: [wireEvent({ event_time: 9999999999999, click_id: 'FUTURE', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(ran[0].event_time).isEqualTo(NOW);
    assertThat(cookiesSet[1]).isEqualTo(['_pin_gtm_epik_ts', '' + NOW, cookiesSet[1][2], undefined]);
    // A timestamp cookie from the future (planted before this fix) does not lock out a genuine click id.
    reset();
    cookies = { _epik: ['PLANTED'], _pin_gtm_epik_ts: ['9999999999999'] };
    post({ v: 1, events: [wireEvent({ event_time: NOW - 1000, click_id: 'GENUINE', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(cookiesSet[0][1]).isEqualTo('GENUINE');
    assertThat(cookiesSet[1][1]).isEqualTo('' + (NOW - 1000));
- name: "Errors never echo the request: fixed texts with protocol field paths, JSON, nosniff"
  code: |-
    const MARK = '<img src=x onerror=alert(1)>';
    const bodies = [
      { v: 1, events: [wireEvent(keyed(MARK, 1))] },
      { v: 1, events: [wireEvent({ custom_data: keyed(MARK, 'x') })] },
      { v: 1, events: [wireEvent({ custom_data: { colour: keyed(MARK, 1) } })] },
      { v: 1, events: [wireEvent({ custom_data: { line_items: [keyed(MARK, 1)] } })] },
      { v: 1, events: [wireEvent({ user_data: keyed(MARK, []) })] },
      { v: 1, events: [wireEvent({ consent: keyed(MARK, 'granted') })] },
      { v: 1, events: [wireEvent({ consent: { ad_storage: MARK } })] },
      { v: 1, events: [wireEvent({ page_location: 'javascript:' + MARK })] },
      { v: MARK, events: [] },
      MARK,
    ];
    bodies.forEach((body) => {
      reset();
      post(body);
      runCode(mockData);
      assertThat(response.status).isEqualTo(400);
      assertThat(response.body).doesNotContain('<');
      assertThat(response.body).doesNotContain('img');
      assertThat(response.headers['content-type']).isEqualTo('application/json; charset=utf-8');
      assertThat(response.headers['x-content-type-options']).isEqualTo('nosniff');
    });
    reset();
    post({ v: 1, events: [wireEvent({ custom_data: keyed(MARK, 'x') })] });
    runCode(mockData);
    assertThat(errorOf()).isEqualTo('custom_data: property names are 1 to 64 lower-case letters, digits and underscores');
- name: The body limit counts UTF-8 bytes, not characters
  code: |-
    const body = JSON.stringify({ v: 1, events: [wireEvent({ custom_data: { colour: repeat('ü', 200) } })] });
    post(body);
    runCode({ path: '/pinterest/events', maxBodyBytes: '' + (body.length + 50) });
    assertThat(response.status).isEqualTo(413);
    assertThat(errorOf()).isEqualTo('body: larger than ' + (body.length + 50) + ' bytes');
    assertThat(ran).isEqualTo([]);
    reset();
    runCode({ path: '/pinterest/events', maxBodyBytes: '' + (body.length + 200) });
    assertThat(response.status).isEqualTo(204);
- name: Valid unicode is accepted and lengths count characters; lone surrogates and control characters are refused
  code: |-
    post({ v: 1, events: [wireEvent({ event_id: 'ид-😀', custom_data: { colour: repeat('😀', 256), note: 'Grüße, 東京 ☕' } })] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    assertThat(ran[0]['x-pinterest-custom-colour']).isEqualTo(repeat('😀', 256));
    [[repeat('😀', 257)], ['a\ud800b'], ['\udc00'], ['line\nfeed'], ['nul\u0000']].forEach((bad) => {
      reset();
      post({ v: 1, events: [wireEvent({ custom_data: { colour: bad[0] } })] });
      runCode(mockData);
      assertThat(response.status).isEqualTo(400);
      assertThat(errorOf()).isEqualTo('custom_data.*: must be text of 1 to 256 characters without control characters');
    });
- name: Raw email addresses and phone numbers are refused in custom properties; identifiers and dates are not
  code: |-
    [
      [{ contact: 'jane.doe@example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
      [{ contact: 'Mail me: jane.doe%40example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
      [{ lead_type: 'jane@example.co.uk' }, 'custom_data.lead_type: must not hold a raw email address (send it hashed in user_data.em)'],
      [{ line_items: [{ product_name: 'for bob@example.org' }] }, 'custom_data.line_items[0].product_name: must not hold a raw email address (send it hashed in user_data.em)'],
      [{ contact: '+49 151 23456789' }, 'custom_data.*: must not hold a raw phone number'],
      [{ contact: '(555) 123-4567' }, 'custom_data.*: must not hold a raw phone number'],
      [{ contact: '020 7946 0958' }, 'custom_data.*: must not hold a raw phone number'],
    ].forEach((row) => {
      reset();
      post({ v: 1, events: [wireEvent({ custom_data: row[0] })] });
      runCode(mockData);
      assertThat(response.status).isEqualTo(400);
      assertThat(errorOf()).isEqualTo(row[1]);
      assertThat(ran).isEqualTo([]);
    });
    reset();
    post({ v: 1, events: [wireEvent({ custom_data: { order_id: '100000123', gtin: '4006381333931', delivery: '2024-01-15', handle: '@shop', version: '2.4.1' } })] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
- name: Without the shared secret a POST carries at most 5 events; with it, up to the limit; a wrong one is refused
  code: |-
    const SECRET = 'Zq3LrT8wVx2NcB6yHs9KmP4dFg7JtE5a';
    const six = [1, 2, 3, 4, 5, 6].map((n) => wireEvent({ event_name: 'lead', event_id: 'L-' + n }));
    const withSecret = { path: '/pinterest/events', maxEvents: '100', sharedSecret: SECRET };
    post({ v: 1, events: six });
    runCode(withSecret);
    assertThat(response.status).isEqualTo(413);
    assertThat(errorOf()).isEqualTo('events: at most 5 events per request');
    assertThat(ran).isEqualTo([]);
    reset();
    post({ v: 1, events: six }, { 'x-pinterest-gtm-secret': SECRET });
    runCode(withSecret);
    assertThat(response.status).isEqualTo(204);
    assertThat(ran.length).isEqualTo(6);
    // Both sides are hashed before the comparison, so it always runs over 64 hex digits.
    assertApi('sha256Sync').wasCalledWith(SECRET, { outputEncoding: 'hex' });
    [SECRET.slice(0, 31) + 'b', 'Y' + SECRET.slice(1), SECRET.slice(0, 31), SECRET + 'a', 'wrong-secret-value'].forEach((wrong) => {
      reset();
      post({ v: 1, events: [wireEvent()] }, { 'x-pinterest-gtm-secret': wrong });
      runCode(withSecret);
      assertThat(response.status).isEqualTo(403);
      assertThat(errorOf()).isEqualTo('x-pinterest-gtm-secret: does not match');
      assertThat(response.body).doesNotContain(wrong);
      assertThat(ran).isEqualTo([]);
    });
    // Without a configured secret the cap still holds, whatever header is sent.
    reset();
    post({ v: 1, events: six }, { 'x-pinterest-gtm-secret': SECRET });
    runCode(mockData);
    assertThat(response.status).isEqualTo(413);
- name: Forwarded consent becomes consent_state with only the keys sent; junk is refused; denied ad_storage sets no cookie
  code: |-
    post({ v: 1, events: [wireEvent({ consent: { ad_storage: 'granted', ad_user_data: 'denied' } }), wireEvent({ event_id: 'E-2', consent: { ad_user_data: 'granted' } }), wireEvent({ event_id: 'E-3' })] });
    runCode(mockData);
    assertThat(ran.map((e) => e.consent_state)).isEqualTo([{ ad_storage: 'granted', ad_user_data: 'denied' }, { ad_user_data: 'granted' }, undefined]);
    [[{ analytics_storage: 'granted' }, 'consent: has a field outside the protocol'], [{ ad_storage: 'yes' }, 'consent.ad_storage: must be "granted" or "denied"'], ['granted', 'consent: must be an object']].forEach((row) => {
      reset();
      post({ v: 1, events: [wireEvent({ consent: row[0] })] });
      runCode(mockData);
      assertThat(errorOf()).isEqualTo(row[1]);
    });
    reset();
    post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true, consent: { ad_storage: 'denied' } })] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    assertThat(cookiesSet).isEqualTo([]);
- name: The client's address and user agent reach event data only when they look like one
  code: |-
    request.ip = '198.51.100.7, <script>';
    request.headers['user-agent'] = repeat('U', 513);
    runCode(mockData);
    assertThat(ran[0].ip_override).isUndefined();
    assertThat(ran[0].user_agent).isUndefined();
    reset();
    request.ip = '2001:db8::1';
    request.headers['user-agent'] = 'Mozilla/5.0 (X11; Linux x86_64)';
    runCode(mockData);
    assertThat([ran[0].ip_override, ran[0].user_agent]).isEqualTo(['2001:db8::1', 'Mozilla/5.0 (X11; Linux x86_64)']);
- name: Page URLs must be http(s) and reach event data without their query string or fragment
  code: |-
    post({ v: 1, events: [wireEvent({ page_location: 'https://shop.example/thanks?email=jane%40example.com&epik=STOLEN#top', page_referrer: 'https://www.pinterest.com/pin/1/#x' })] });
    runCode(mockData);
    assertThat([ran[0].page_location, ran[0].page_referrer]).isEqualTo(['https://shop.example/thanks', 'https://www.pinterest.com/pin/1/']);
    ['javascript:alert(1)//?epik=STOLEN', 'https://user:pass@shop.example/', 'https://', 'data:text/html,x'].forEach((url) => {
      reset();
      post({ v: 1, events: [wireEvent({ page_location: url })] });
      runCode(mockData);
      assertThat(errorOf()).isEqualTo('page_location: must be an http(s) URL without credentials');
    });
- name: The CORS header repeats the configured origin, not the request's spelling of it
  code: |-
    post({ v: 1, events: [wireEvent()] }, { origin: 'HTTPS://SHOP.EXAMPLE' });
    runCode(mockData);
    assertThat(response.headers['access-control-allow-origin']).isEqualTo('https://shop.example');
- name: A GET event longer than the protocol's 8000 characters is refused before it is parsed
  code: |-
    request.query = { v: '1', e: JSON.stringify(wireEvent({ custom_data: { note: repeat('n', 8000) } })) };
    runCode(mockData);
    assertThat(response.status).isEqualTo(413);
    assertThat(errorOf()).isEqualTo('e: longer than 8000 characters');
    assertThat(ran).isEqualTo([]);
- name: "The cookie domain field can only name a host: anything that would add cookie attributes falls back to auto"
  code: |-
    post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
    runCode({ cookieDomain: 'evil.example; HttpOnly' });
    assertThat(cookiesSet[0][2].domain).isEqualTo('auto');
    reset();
    post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
    runCode({ cookieDomain: 'Shop.Example' });
    assertThat(cookiesSet[0][2].domain).isEqualTo('shop.example');
- name: "Only entries of Allowed origins that are origins are ever answered: the CORS header repeats nothing else"
  code: |-
    request = { method: 'OPTIONS', path: '/pinterest/events', query: {}, headers: { origin: '{{x}}' }, body: undefined, ip: '198.51.100.7' };
    runCode({ path: '/pinterest/events', allowedOrigins: '{{x}}, https://shop.example' });
    assertThat(response.headers['access-control-allow-origin']).isUndefined();
    assertThat(response.status).isEqualTo(403);
setup: |-
  // Shared by every scenario: a scripted request, a container whose events finish when told, and a
  // recorded response and cookies.
  const JSON = require('JSON');
  const Object = require('Object');

  const HASH = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
  const wireEvent = (overrides) => {
    const event = {
      event_name: 'checkout', event_id: 'checkout_T-1', event_time: 1700000000000, page_location: 'https://shop.example/thanks',
      custom_data: { value: 59.8, currency: 'EUR', order_id: 'T-1', line_items: [{ product_id: 'SKU-1', product_name: 'Vase', product_price: 19.9, product_quantity: 2 }] },
      user_data: { em: [HASH] },
    };
    Object.keys(overrides || {}).forEach((k) => { event[k] = overrides[k]; });
    return event;
  };

  let request = { method: 'GET', path: '/pinterest/events', query: { v: '1', e: JSON.stringify(wireEvent()) }, headers: { 'user-agent': 'UA/1' }, body: undefined, ip: '198.51.100.7' };
  const post = (body, headers) => { request = { method: 'POST', path: '/pinterest/events', query: {}, headers: headers || {}, body: typeof body === 'string' ? body : JSON.stringify(body), ip: '198.51.100.7' }; };

  let claimed = false;
  let ran = [];
  let finishers = [];
  let finishAtOnce = true;
  let response = { status: 200, headers: {}, body: '', returned: false, pixel: false };
  let cookies = {};
  let cookiesSet = [];

  mock('getRequestPath', () => request.path);
  mock('getRequestMethod', () => request.method);
  mock('getRequestHeader', (name) => request.headers[name]);
  mock('getRequestQueryParameter', (name) => request.query[name]);
  mock('getRequestBody', () => request.body);
  mock('getRemoteAddress', () => request.ip);
  mock('claimRequest', () => { claimed = true; });
  mock('runContainer', (event, onComplete) => { ran.push(event); if (finishAtOnce) onComplete(); else finishers.push(onComplete); });
  mock('setResponseStatus', (status) => { response.status = status; });
  mock('setResponseHeader', (name, value) => { response.headers[name] = value; });
  mock('setResponseBody', (body) => { response.body = body; });
  mock('setPixelResponse', () => { response.pixel = true; });
  mock('returnResponse', () => { response.returned = true; });
  mock('getCookieValues', (name) => cookies[name] || []);
  mock('setCookie', (name, value, options, noEncode) => { cookiesSet.push([name, value, options, noEncode]); });
  mock('getTimestampMillis', () => 1700000500000);

  const mockData = { path: '/pinterest/events', allowedOrigins: 'https://shop.example', maxEvents: '100', maxBodyBytes: '512000', setClickIdCookie: true, cookieMaxAgeDays: '365', cookieDomain: 'auto' };
  const errorOf = () => JSON.parse(response.body).error;
  // The sandbox has no String.repeat and no computed keys.
  const repeat = (text, times) => { let out = ''; for (let i = 0; i < times; i++) out += text; return out; };
  const keyed = (key, value) => { const out = {}; out[key] = value; return out; };
  // Between two runs in one scenario: forget what the last one did.
  const reset = () => { ran = []; finishers = []; cookiesSet = []; claimed = false; response = { status: 200, headers: {}, body: '', returned: false, pixel: false }; };
  const NOW = 1700000500000;


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


