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
    "help": "Larger batches are refused with 413. At most 100. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md\"\u003eLimits\u003c/a\u003e",
    "valueValidators": [
      {
        "type": "POSITIVE_NUMBER"
      }
    ]
  },
  {
    "type": "TEXT",
    "name": "maxBodyBytes",
    "displayName": "Request body size (max bytes)",
    "simpleValueType": true,
    "defaultValue": "512000",
    "help": "Larger bodies are refused with 413. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md\"\u003eLimits\u003c/a\u003e",
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

const getTimestampMillis = require("getTimestampMillis");
const getType = require("getType");
const JSON = require("JSON");
const logToConsole = require("logToConsole");
const makeNumber = require("makeNumber");
const makeString = require("makeString");
const Math = require("Math");
const Object = require("Object");
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

// pinterest/values.ts
var isFinite = (n) => n - n === 0;
function toText(value) {
  const type = getType(value);
  if (type === "number" && !isFinite(value)) return undefined;
  if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
  const text2 = makeString(value).trim();
  return text2 === "" ? undefined : text2;
}
function toNumber(value) {
  const type = getType(value);
  if (type === "number") return isFinite(value) ? value : undefined;
  if (type !== "string") return undefined;
  const text2 = value.trim();
  if (text2 === "") return undefined;
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

// pinterest/forwarded-event-data.ts
var RENAMED = { order_id: "transaction_id", search_query: "search_term", promo_code: "coupon" };
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
  var _a;
  const out = { event_name: event.event_name, event_id: event.event_id };
  if (event.event_time !== undefined) out.event_time = event.event_time;
  if (event.page_location !== undefined) out.page_location = event.page_location;
  if (event.page_referrer !== undefined) out.page_referrer = event.page_referrer;
  if (request.ip !== undefined) out.ip_override = request.ip;
  if (request.userAgent !== undefined) out.user_agent = request.userAgent;
  if (event.click_id !== undefined) out.click_id = event.click_id;
  if (event.opt_out_type === "LDP") out.opt_out_type = "LDP";
  const custom = (_a = toObject(event.custom_data)) != null ? _a : {};
  const keys = Object.keys(custom);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === "line_items") out.items = ga4Items(custom.line_items);
    else if (key !== "order_quantity") out[RENAMED.hasOwnProperty(key) ? RENAMED[key] : key] = custom[key];
  }
  const user = toObject(event.user_data);
  if (user !== undefined && Object.keys(user).length > 0) out.user_data = user;
  return out;
}

// pinterest/forwarding-protocol.ts
var PROTOCOL_VERSION = 1;
var VERSION_PARAM = "v";
var EVENT_PARAM = "e";
var DEFAULT_PATH = "/pinterest/events";
var MAX_BATCH_EVENTS = 100;
var MAX_BODY_BYTES = 512e3;
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
var EVENT_KEYS = ["event_name", "event_id", "event_time", "page_location", "page_referrer", "click_id", "click_id_from_url", "custom_data", "user_data", "opt_out_type"];

// server-template/client/src/choices.ts
var DEFAULT_MAX_AGE_DAYS = 365;
var CLICK_ID_COOKIE = "_epik";
var CLICK_ID_TIME_COOKIE = "_pin_gtm_epik_ts";

// server-template/client/src/click-id-cookie.ts
function newestClickId(events, now) {
  var _a;
  let newest;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.click_id_from_url !== true || event.click_id === undefined) continue;
    const time = (_a = toNumber(event.event_time)) != null ? _a : now;
    if (newest === undefined || time >= newest.time) newest = { value: event.click_id, time: time };
  }
  return newest;
}
function keepClickId(events, now, maxAgeDays, domain) {
  const newest = newestClickId(events, now);
  if (newest === undefined) return false;
  const storedTime = toNumber(getCookieValues(CLICK_ID_TIME_COOKIE)[0]);
  if (storedTime !== undefined && storedTime > newest.time) return false;
  if (toText(getCookieValues(CLICK_ID_COOKIE)[0]) === newest.value && storedTime !== undefined) return false;
  const options = { domain: domain, path: "/", "max-age": maxAgeDays * 86400, secure: true, sameSite: "Lax", httpOnly: false };
  setCookie(CLICK_ID_COOKIE, newest.value, options, true);
  setCookie(CLICK_ID_TIME_COOKIE, makeString(newest.time), options, true);
  return true;
}

// server-template/client/src/cors.ts
function originAllowed(allowlist, origin) {
  var _a;
  const entries = makeString((_a = toText(allowlist)) != null ? _a : "").split(",");
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i].trim().toLowerCase();
    if (entry !== "" && entry === origin.toLowerCase()) return true;
  }
  return false;
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
  if (name === "") return false;
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
function isSha256Hex(value) {
  const lower = value.toLowerCase();
  return lower.length === 64 && keep(lower, isHexDigit).length === 64;
}

// pinterest/forwarded-event-validation.ts
var text = (value, max, path) => getType(value) !== "string" || value.length === 0 || value.length > max ? path + ": must be a string of 1 to " + max + " characters" : undefined;
var number = (value, path) => getType(value) !== "number" || value - value !== 0 ? path + ": must be a finite number" : undefined;
var url = (value, path) => {
  const problem = text(value, LIMITS.urlLength, path);
  if (problem !== undefined) return problem;
  const lower = value.toLowerCase();
  return lower.indexOf("https://") === 0 || lower.indexOf("http://") === 0 ? undefined : path + ": must be an http(s) URL";
};
function isPropertyName(name) {
  if (name.length === 0 || name.length > LIMITS.customKeyLength) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!(c >= "a" && c <= "z" || c === "_" || i > 0 && c >= "0" && c <= "9")) return false;
  }
  return true;
}
function lineItem(value, path) {
  if (getType(value) !== "object") return path + ": must be an object";
  const item = value;
  const keys = Object.keys(item);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const at = path + "." + key;
    if (LINE_ITEM_TEXT_KEYS.indexOf(key) !== -1) {
      const p = text(item[key], LIMITS.textLength, at);
      if (p) return p;
      continue;
    }
    if (LINE_ITEM_NUMBER_KEYS.indexOf(key) !== -1) {
      const p = number(item[key], at);
      if (p) return p;
      continue;
    }
    return at + ": is not a line item field";
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
    const at = "custom_data." + key;
    const v = data2[key];
    if (key === "line_items") {
      if (getType(v) !== "array" || v.length > LIMITS.lineItems) return at + ": must be an array of at most " + LIMITS.lineItems + " items";
      for (let j = 0; j < v.length; j++) {
        const p = lineItem(v[j], at + "[" + j + "]");
        if (p) return p;
      }
      continue;
    }
    if (CUSTOM_NUMBER_KEYS.indexOf(key) !== -1) {
      const p = number(v, at);
      if (p) return p;
      continue;
    }
    if (CUSTOM_TEXT_KEYS.indexOf(key) !== -1) {
      const p = text(v, LIMITS.textLength, at);
      if (p) return p;
      continue;
    }
    if (!isPropertyName(key)) return "custom_data: property names are lower-case letters, digits and underscores";
    const type = getType(v);
    if (type === "string") {
      const p = text(v, LIMITS.textLength, at);
      if (p) return p;
      continue;
    }
    if (type !== "number" && type !== "boolean") return at + ": must be a string, a number or a boolean";
  }
  return undefined;
}
function userData(value) {
  if (getType(value) !== "object") return "user_data: must be an object";
  const data2 = value;
  const keys = Object.keys(data2);
  for (let i = 0; i < keys.length; i++) {
    const at = "user_data." + keys[i];
    if (USER_DATA_KEYS.indexOf(keys[i]) === -1) return at + ": is not a user data field";
    const list = data2[keys[i]];
    if (getType(list) !== "array" || list.length > LIMITS.hashesPerField) return at + ": must be an array of at most " + LIMITS.hashesPerField + " hashes";
    for (let j = 0; j < list.length; j++) {
      const hash = list[j];
      if (getType(hash) !== "string" || !isSha256Hex(hash)) return at + "[" + j + "]: must be a SHA-256 hex digest";
    }
  }
  return undefined;
}
function forwardedEventProblem(value) {
  if (getType(value) !== "object") return "event: must be an object";
  const event = value;
  const keys = Object.keys(event);
  for (let i = 0; i < keys.length; i++) if (EVENT_KEYS.indexOf(keys[i]) === -1) return keys[i].length > 40 ? "event: unknown field" : keys[i] + ": is not a field of the protocol";
  const name = text(event.event_name, LIMITS.eventNameLength, "event_name");
  if (name !== undefined) return name;
  if (!isCustomEventName(event.event_name)) return "event_name: must be letters and underscores";
  const checks = [
    text(event.event_id, LIMITS.eventIdLength, "event_id"),
    event.event_time === undefined ? undefined : number(event.event_time, "event_time"),
    event.page_location === undefined ? undefined : url(event.page_location, "page_location"),
    event.page_referrer === undefined ? undefined : url(event.page_referrer, "page_referrer"),
    event.click_id === undefined ? undefined : text(event.click_id, LIMITS.clickIdLength, "click_id"),
    event.click_id_from_url === undefined || getType(event.click_id_from_url) === "boolean" ? undefined : "click_id_from_url: must be a boolean",
    event.opt_out_type === undefined || event.opt_out_type === "LDP" || event.opt_out_type === "" ? undefined : 'opt_out_type: must be "LDP" or empty',
    event.custom_data === undefined ? undefined : customData(event.custom_data),
    event.user_data === undefined ? undefined : userData(event.user_data)
  ];
  for (let i = 0; i < checks.length; i++) if (checks[i] !== undefined) return checks[i];
  return undefined;
}

// server-template/client/src/incoming-events.ts
function checked(list, maxEvents, asPixel) {
  if (list.length === 0) return { status: 400, error: "no events" };
  if (list.length > maxEvents) return { status: 413, error: "at most " + maxEvents + " events per request" };
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
    if (makeString(getRequestQueryParameter(VERSION_PARAM)) !== makeString(PROTOCOL_VERSION)) return { status: 400, error: "unsupported protocol version" };
    const event = JSON.parse(makeString(getRequestQueryParameter(EVENT_PARAM)));
    return event === undefined ? { status: 400, error: "e: must be JSON" } : checked([event], 1, true);
  }
  if (method !== "POST") return { status: 405, error: "use GET or POST" };
  const body = (_a = getRequestBody()) != null ? _a : "";
  if (body.length > maxBodyBytes) return { status: 413, error: "the body is larger than " + maxBodyBytes + " bytes" };
  const parsed = toObject(JSON.parse(body));
  if (parsed === undefined) return { status: 400, error: "the body must be a JSON object" };
  if (parsed[VERSION_PARAM] !== PROTOCOL_VERSION) return { status: 400, error: "unsupported protocol version" };
  if (getType(parsed.events) !== "array") return { status: 400, error: "events: must be an array" };
  return checked(toList(parsed.events), maxEvents, false);
}

// server-template/client/src/respond.ts
function answerError(status, message) {
  setResponseStatus(status);
  setResponseHeader("content-type", "application/json; charset=utf-8");
  setResponseHeader("cache-control", "no-store");
  setResponseBody(JSON.stringify({ error: message }));
  returnResponse();
}
function answerDone(asPixel) {
  if (asPixel) {
    setPixelResponse();
  } else {
    setResponseStatus(204);
    setResponseHeader("cache-control", "no-store");
  }
  returnResponse();
}

// server-template/client/src/main.ts
var bounded = (value, fallback, max) => {
  const n = toInteger(value);
  return n === undefined || n < 1 ? fallback : n > max ? max : n;
};
function main() {
  var _a, _b, _c, _d, _e;
  if (getRequestPath() !== ((_a = toText(data.path)) != null ? _a : DEFAULT_PATH)) return;
  claimRequest();
  const origin = requestOrigin();
  const allowed = origin !== undefined && originAllowed(data.allowedOrigins, origin);
  if (getRequestMethod() === "OPTIONS") {
    if (!allowed) {
      answerError(403, "origin not allowed");
      return;
    }
    allowOrigin(origin, true);
    answerDone(false);
    return;
  }
  if (origin !== undefined && getRequestMethod() === "POST" && !allowed) {
    answerError(403, "origin not allowed");
    return;
  }
  if (allowed) allowOrigin(origin, false);
  const incoming = readIncoming(bounded(data.maxEvents, MAX_BATCH_EVENTS, MAX_BATCH_EVENTS), bounded(data.maxBodyBytes, MAX_BODY_BYTES, MAX_BODY_BYTES));
  if (incoming.events === undefined) {
    logToConsole("[Pinterest client] rejected: " + ((_b = incoming.error) != null ? _b : ""));
    answerError((_c = incoming.status) != null ? _c : 400, (_d = incoming.error) != null ? _d : "bad request");
    return;
  }
  const events = incoming.events;
  if (data.setClickIdCookie !== false) {
    keepClickId(events, getTimestampMillis(), bounded(data.cookieMaxAgeDays, DEFAULT_MAX_AGE_DAYS, 400), (_e = toText(data.cookieDomain)) != null ? _e : "auto");
  }
  const facts = { ip: toText(getRemoteAddress()), userAgent: toText(getRequestHeader("user-agent")) };
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
      items: [{ item_id: 'SKU-1', item_name: 'Vase', price: 19.9, quantity: 2 }], user_data: { em: [HASH] },
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
- name: Event fields become the keys the Conversions API tag reads
  code: |-
    post({ v: 1, events: [wireEvent({ event_name: 'search', event_id: 'S-1', custom_data: { search_query: 'vase', promo_code: 'X', lead_type: 'Demo', shop_region: 'eu' }, click_id: 'C1', page_referrer: 'https://www.pinterest.com/', opt_out_type: 'LDP' })] });
    runCode(mockData);
    const event = ran[0];
    assertThat([event.search_term, event.coupon, event.lead_type, event.shop_region, event.click_id, event.page_referrer, event.opt_out_type]).isEqualTo(['vase', 'X', 'Demo', 'eu', 'C1', 'https://www.pinterest.com/', 'LDP']);
- name: A body that is not JSON gets 400 and runs nothing
  code: |-
    post('{not json');
    runCode(mockData);
    assertThat(response.status).isEqualTo(400);
    assertThat(errorOf()).isEqualTo('the body must be a JSON object');
    assertThat(ran).isEqualTo([]);
- name: An unknown protocol version gets 400
  code: |-
    post({ v: 2, events: [wireEvent()] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(400);
    assertThat(errorOf()).isEqualTo('unsupported protocol version');
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
    assertThat(errorOf()).isEqualTo('password: is not a field of the protocol');
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
- name: A click id from the page URL is kept in a first-party _epik cookie set by the server
  code: |-
    post({ v: 1, events: [wireEvent({ click_id: 'EPIK-1', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(cookiesSet[0][0]).isEqualTo('_epik');
    assertThat(cookiesSet[0][1]).isEqualTo('EPIK-1');
    assertThat(cookiesSet[0][2]).isEqualTo({ domain: 'auto', path: '/', 'max-age': 31536000, secure: true, sameSite: 'Lax', httpOnly: false });
    assertThat(cookiesSet[1][0]).isEqualTo('_pin_gtm_epik_ts');
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
  mock('setCookie', (name, value, options) => { cookiesSet.push([name, value, options]); });
  mock('getTimestampMillis', () => 1700000500000);

  const mockData = { path: '/pinterest/events', allowedOrigins: 'https://shop.example', maxEvents: '100', maxBodyBytes: '512000', setClickIdCookie: true, cookieMaxAgeDays: '365', cookieDomain: 'auto' };
  const errorOf = () => JSON.parse(response.body).error;


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


