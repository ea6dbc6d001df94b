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

var PROTOCOL_VERSION=1;
var VERSION_PARAM="v";
var EVENT_PARAM="e";
var DEFAULT_PATH="/pinterest/events";
var MAX_GET_LENGTH=8e3;
var MAX_BATCH_EVENTS=100;
var MAX_BODY_BYTES=512e3;
var MAX_UNAUTHENTICATED_EVENTS=5;
var SECRET_HEADER="x-pinterest-gtm-secret";
var CONSENT_KEYS=["ad_storage","ad_user_data"];
var CONSENT_VALUES=["granted","denied"];
var CONSENT_STATE_KEY="consent_state";
var SOURCE_KEY="x-pinterest-gtm-source";
var SOURCE_CLIENT="client";
var CUSTOM_PROPERTY_PREFIX="x-pinterest-custom-";
var LIMITS={eventNameLength:100,eventIdLength:256,urlLength:2048,clickIdLength:512,textLength:500,lineItems:200,customKeys:50,customKeyLength:64,hashesPerField:10};
var CUSTOM_TEXT_KEYS=["currency","order_id","search_query","lead_type","video_title","promo_code"];
var CUSTOM_NUMBER_KEYS=["value","order_quantity"];
var LINE_ITEM_TEXT_KEYS=["product_id","product_name","product_category","product_variant","product_brand"];
var LINE_ITEM_NUMBER_KEYS=["product_price","product_quantity","product_discount"];
var USER_DATA_KEYS=["em","external_id","st","country"];
var EVENT_KEYS=["event_name","event_id","event_time","page_location","page_referrer","click_id","click_id_from_url","custom_data","user_data","opt_out_type","consent"];
var isLetter=a=>a>="a"&&a<="z"||a>="A"&&a<="Z";
var isDigit=i=>i>="0"&&i<="9";
var isLocalChar=i=>isLetter(i)||isDigit(i)||i>""||"._%+-'".indexOf(i)!==-1;
var isDomainChar=i=>isLetter(i)||isDigit(i)||i>""||i==="."||i==="-";
function isMailDomain(r,e){let i=e;while(i<r.length&&isDomainChar(r.charAt(i)))i++;while(i>e&&r.charAt(i-1)===".")i--;const a=r.lastIndexOf(".",i-1);if(a<=e||i-a<3)return false;for(let n=a+1;n<i;n++)if(!isLetter(r.charAt(n))&&r.charAt(n)<="")return false;return true}
function looksLikeEmail(e){const t=e.split("%40").join("@");for(let i=t.indexOf("@");i!==-1;i=t.indexOf("@",i+1)){if(i>0&&isLocalChar(t.charAt(i-1))&&isMailDomain(t,i+1))return true}return false}
var getType;
function objectType(e){if(getType===undefined)getType=require("getType");return getType(e)}
var isFinite=i=>i-i===0;
function toText(e){const t=typeof e;let n;if(t==="string")n=e.trim();else if(t==="number"){if(!isFinite(e))return undefined;n=""+e}else if(t==="boolean")n=e?"true":"false";else return undefined;return n===""?undefined:n}
function isDecimalText(i){let l=0;let f=false;for(let e=0;e<i.length;e++){const t=i.charAt(e);if(t>="0"&&t<="9")l++;else if(t==="."&&!f)f=true;else if(!(t==="-"&&e===0))return false}return l>0}
function toNumber(n){const e=typeof n;if(e==="number")return isFinite(n)?n:undefined;if(e!=="string")return undefined;const i=n.trim();if(!isDecimalText(i))return undefined;const t=+i;return isFinite(t)?t:undefined}
function toInteger(t){const n=toNumber(t);if(n===undefined)return undefined;const e=n-n%1;return e===0?n*0:e}
function toObject(n){return isObject(n)?n:undefined}
function toList(t){return isList(t)?t:[]}
function isObject(t){return typeof t==="object"&&t!==null&&objectType(t)==="object"}
function isList(t){return typeof t==="object"&&t!==null&&objectType(t)==="array"}
function keysOf(o){const n=[];for(const t in o)n.push(t);return n}
function withDefaults(e,o){const i={};const t=e;for(const n in t)i[n]=t[n];for(const n in o)if(i[n]===undefined||i[n]===null)i[n]=o[n];return i}
var HIGH_SURROGATE_FIRST="\uD800";
var HIGH_SURROGATE_LAST="\uDBFF";
var LOW_SURROGATE_FIRST="\uDC00";
var LOW_SURROGATE_LAST="\uDFFF";
var isHighSurrogate=H=>H>=HIGH_SURROGATE_FIRST&&H<=HIGH_SURROGATE_LAST;
var isLowSurrogate=R=>R>=LOW_SURROGATE_FIRST&&R<=LOW_SURROGATE_LAST;
var isControl=o=>o<" "||o==="";
function characterCount(o,n){let t=0;for(let r=0;r<o.length;r++){const i=o.charAt(r);if(isControl(i)||isLowSurrogate(i))return-1;if(isHighSurrogate(i)){if(!isLowSurrogate(o.charAt(r+1)))return-1;r++}t++;if(t>n)return t}return t}
function isProtocolText(c,t){const o=characterCount(c,t);return o>=1&&o<=t}
var isAsciiLetterOrDigit=i=>i>="a"&&i<="z"||i>="A"&&i<="Z"||i>="0"&&i<="9";
function isClickId(i,e){if(i.length===0||i.length>e)return false;for(let r=0;r<i.length;r++){const t=i.charAt(r);if(!isAsciiLetterOrDigit(t)&&t!=="+"&&t!=="/"&&t!=="-"&&t!=="_"&&t!=="=")return false}return true}
function withoutQuery(n){const e=n.indexOf("?");const t=n.indexOf("#");const c=e===-1?t:t===-1?e:e<t?e:t;return c===-1?n:n.slice(0,c)}
var DEFINED={value:"value",currency:"currency",order_id:"transaction_id",search_query:"search_term",promo_code:"coupon",lead_type:"lead_type",video_title:"video_title"};
function ga4Items(r){var d;const e=[];const u=toList(r);for(let n=0;n<u.length;n++){const t=(d=toObject(u[n]))!=null?d:{};const i={};if(t.product_id!==undefined)i.item_id=t.product_id;if(t.product_name!==undefined)i.item_name=t.product_name;if(t.product_category!==undefined)i.item_category=t.product_category;if(t.product_variant!==undefined)i.item_variant=t.product_variant;if(t.product_brand!==undefined)i.item_brand=t.product_brand;if(t.product_price!==undefined)i.price=t.product_price;if(t.product_quantity!==undefined)i.quantity=t.product_quantity;if(t.product_discount!==undefined)i.discount=t.product_discount;e.push(i)}return e}
function eventDataFromForwarded(e,_){var r,a;const i={event_name:e.event_name,event_id:e.event_id};if(e.event_time!==undefined)i.event_time=e.event_time>_.now?_.now:e.event_time;if(e.page_location!==undefined)i.page_location=withoutQuery(e.page_location);if(e.page_referrer!==undefined)i.page_referrer=withoutQuery(e.page_referrer);if(_.ip!==undefined)i.ip_override=_.ip;if(_.userAgent!==undefined)i.user_agent=_.userAgent;if(e.click_id!==undefined)i.click_id=e.click_id;if(e.opt_out_type==="LDP")i.opt_out_type="LDP";const o=(r=toObject(e.custom_data))!=null?r:{};const E=keysOf(o);for(let t=0;t<E.length;t++){const n=E[t];if(n==="line_items")i.items=ga4Items(o.line_items);else if(DEFINED.hasOwnProperty(n))i[DEFINED[n]]=o[n];else if(CUSTOM_NUMBER_KEYS.indexOf(n)===-1&&CUSTOM_TEXT_KEYS.indexOf(n)===-1)i[CUSTOM_PROPERTY_PREFIX+n]=o[n]}const f=toObject(e.user_data);if(f!==undefined&&keysOf(f).length>0)i.user_data=f;const c=(a=toObject(e.consent))!=null?a:{};const d={};for(let t=0;t<CONSENT_KEYS.length;t++)if(c[CONSENT_KEYS[t]]!==undefined)d[CONSENT_KEYS[t]]=c[CONSENT_KEYS[t]];if(keysOf(d).length>0)i[CONSENT_STATE_KEY]=d;i[SOURCE_KEY]=SOURCE_CLIENT;return i}
var DEFAULT_MAX_AGE_DAYS=365;
var CLICK_ID_COOKIE="_epik";
var CLICK_ID_TIME_COOKIE="_pin_gtm_epik_ts";
var atMost=(a,r)=>a>r?r:a;
function newestClickId(i,c){var d;let n;for(let t=0;t<i.length;t++){const e=i[t];if(e.click_id_from_url!==true||e.click_id===undefined)continue;if(e.consent!==undefined&&e.consent.ad_storage==="denied")continue;const u=atMost((d=toNumber(e.event_time))!=null?d:c,c);if(n===undefined||u>=n.time)n={value:e.click_id,time:u}}return n}
function cookieDomainOf(r){const e=toText(r);if(e===undefined||e.length>253)return"auto";const o=e.toLowerCase();for(let n=0;n<o.length;n++){const t=o.charAt(n);if(!(t>="a"&&t<="z"||t>="0"&&t<="9"||t==="."||t==="-"))return"auto"}return o}
function keepClickId(r,i,C,I){const e=newestClickId(r,i);if(e===undefined)return false;const o=require("getCookieValues");const t=toNumber(o(CLICK_ID_TIME_COOKIE)[0]);const n=t===undefined||t>i?undefined:t;if(n!==undefined&&n>e.time)return false;if(toText(o(CLICK_ID_COOKIE)[0])===e.value&&n!==undefined)return false;const s={domain:cookieDomainOf(I),path:"/","max-age":C*86400,secure:true,sameSite:"Lax",httpOnly:false};const u=require("setCookie");u(CLICK_ID_COOKIE,e.value,s);u(CLICK_ID_TIME_COOKIE,""+e.time,s);return true}
var FIELD_DEFAULTS={path:"/pinterest/events",maxEvents:"100",maxBodyBytes:"512000",setClickIdCookie:true,cookieMaxAgeDays:"365",cookieDomain:"auto"};
function allowedOrigin(i,o){var n;const r=((n=toText(i))!=null?n:"").split(",");for(let e=0;e<r.length;e++){const t=r[e].trim();if(isOrigin(t)&&t.toLowerCase()===o.toLowerCase())return t}return undefined}
function isOrigin(i){const e=i.toLowerCase();const n=e.indexOf("https://")===0?e.slice(8):e.indexOf("http://")===0?e.slice(7):"";if(n===""||n.length>253)return false;for(let r=0;r<n.length;r++){const t=n.charAt(r);if(!(t>="a"&&t<="z"||t>="0"&&t<="9"||t==="."||t==="-"||t===":"))return false}return true}
function requestOrigin(){return toText(require("getRequestHeader")("origin"))}
function allowOrigin(o,s){const e=require("setResponseHeader");e("access-control-allow-origin",o);e("vary","Origin");if(!s)return;e("access-control-allow-methods","GET, POST, OPTIONS");e("access-control-allow-headers","content-type");e("access-control-max-age","86400")}
function isCustomEventName(r){if(r===""||r.length>100)return false;for(let e=0;e<r.length;e++){const t=r.charAt(e);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"))return false}return true}
var isDigit2=i=>i>="0"&&i<="9";
var isHexDigit=i=>isDigit2(i)||i>="a"&&i<="f";
function keep(e,t){let n="";for(let r=0;r<e.length;r++)if(t(e.charAt(r)))n+=e.charAt(r);return n}
var isHex=(e,i)=>e.length===i&&keep(e.toLowerCase(),isHexDigit).length===i;
function isSha256Hex(e){return isHex(e,64)}
var parseUrl;
var OUTSIDE=": has a field outside the protocol";
var NO_EMAIL=": must not hold a raw email address (send it hashed in user_data.em)";
var ID_KEYS=["event_id","order_id","product_id"];
var text=(t,o,e)=>typeof t!=="string"||!isProtocolText(t,o)?e+": must be text of 1 to "+o+" characters without control characters":undefined;
var number=(e,n)=>typeof e!=="number"||e-e!==0?n+": must be a finite number":undefined;
function textField(e,i,n){var t;return(t=text(e,LIMITS.textLength,n))!=null?t:ID_KEYS.indexOf(i)===-1&&looksLikeEmail(e)?n+NO_EMAIL:undefined}
function url(r,t){const n=text(r,LIMITS.urlLength,t);if(n!==undefined)return n;if(parseUrl===undefined)parseUrl=require("parseUrl");const e=parseUrl(r);const o=e!==undefined&&(e.protocol==="https:"||e.protocol==="http:")&&e.hostname!=="";if(!o||e.username!==""||e.password!=="")return t+": must be an http(s) URL without credentials";return looksLikeEmail(withoutQuery(r))?t+NO_EMAIL:undefined}
function isPropertyName(e){if(e.length===0||e.length>LIMITS.customKeyLength)return false;for(let r=0;r<e.length;r++){const t=e.charAt(r);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"||r>0&&t>="0"&&t<="9"))return false}return true}
function fields(d,t,o,r,f){if(!isObject(d))return t+": must be an object";const n=d;const s=keysOf(n);for(let i=0;i<s.length;i++){const e=s[i];const c=t+"."+e;const u=o.indexOf(e)!==-1?textField(n[e],e,c):r.indexOf(e)!==-1?number(n[e],c):f!==undefined?f(e,n[e]):t+OUTSIDE;if(u!==undefined)return u}return undefined}
function customProperty(r,t){if(!isPropertyName(r))return"custom_data: property names are 1 to "+LIMITS.customKeyLength+" letters, digits and underscores";const e=typeof t;return e==="number"?number(t,"custom_data.*"):e==="boolean"?undefined:e==="string"?textField(t,"","custom_data.*"):"custom_data.*: must be a string, a number or a boolean"}
function customData(s){if(isObject(s)&&keysOf(s).length>LIMITS.customKeys)return"custom_data: at most "+LIMITS.customKeys+" properties";return fields(s,"custom_data",CUSTOM_TEXT_KEYS,CUSTOM_NUMBER_KEYS,(i,t)=>{if(i!=="line_items")return customProperty(i,t);if(!isList(t)||t.length>LIMITS.lineItems)return"custom_data.line_items: must be an array of at most "+LIMITS.lineItems+" items";for(let e=0;e<t.length;e++){const n=fields(t[e],"custom_data.line_items["+e+"]",LINE_ITEM_TEXT_KEYS,LINE_ITEM_NUMBER_KEYS);if(n!==undefined)return n}return undefined})}
function userData(s){return fields(s,"user_data",[],[],(a,e)=>{if(USER_DATA_KEYS.indexOf(a)===-1)return"user_data"+OUTSIDE;if(!isList(e)||e.length>LIMITS.hashesPerField)return"user_data."+a+": must be an array of at most "+LIMITS.hashesPerField+" hashes";for(let r=0;r<e.length;r++){const t=e[r];if(typeof t!=="string"||!isSha256Hex(t))return"user_data."+a+"["+r+"]: must be a SHA-256 hex digest"}return undefined})}
function consentProblem(e){return fields(e,"consent",[],[],(n,d)=>CONSENT_KEYS.indexOf(n)===-1?"consent"+OUTSIDE:CONSENT_VALUES.indexOf(d)===-1?"consent."+n+': must be "granted" or "denied"':undefined)}
function forwardedEventProblem(u){var o,r;if(!isObject(u))return"event: must be an object";const e=u;const _=keysOf(e);for(let n=0;n<_.length;n++)if(EVENT_KEYS.indexOf(_[n])===-1)return"event"+OUTSIDE;const t=e.click_id;const d=e.event_time;const i=[(o=text(e.event_name,LIMITS.eventNameLength,"event_name"))!=null?o:isCustomEventName(e.event_name)?undefined:"event_name: must be letters and underscores",text(e.event_id,LIMITS.eventIdLength,"event_id"),d===undefined?undefined:(r=number(d,"event_time"))!=null?r:d<0?"event_time: must not be negative":undefined,e.page_location===undefined?undefined:url(e.page_location,"page_location"),e.page_referrer===undefined?undefined:url(e.page_referrer,"page_referrer"),t===undefined||typeof t==="string"&&isClickId(t,LIMITS.clickIdLength)?undefined:"click_id: must be 1 to "+LIMITS.clickIdLength+" characters of A-Z a-z 0-9 + / - _ =",e.click_id_from_url===undefined||typeof e.click_id_from_url==="boolean"?undefined:"click_id_from_url: must be a boolean",e.opt_out_type===undefined||e.opt_out_type==="LDP"||e.opt_out_type===""?undefined:'opt_out_type: must be "LDP" or empty',e.custom_data===undefined?undefined:customData(e.custom_data),e.user_data===undefined?undefined:userData(e.user_data),e.consent===undefined?undefined:consentProblem(e.consent)];for(let n=0;n<i.length;n++)if(i[n]!==undefined)return i[n];return undefined}
function utf8Length(n){const e=require("encodeUriComponent")(n);if(e===undefined)return undefined;return e.length-2*(e.split("%").length-1)}
function bodySizeProblem(t,e){const n={status:413,error:"body: larger than "+e+" bytes"};if(t.length>e)return n;if(t.length*3<=e)return undefined;const r=utf8Length(t);if(r===undefined)return{status:400,error:"body: must be UTF-8 text"};return r>e?n:undefined}
function checked(e,t,o){if(e.length===0)return{status:400,error:"events: must not be empty"};if(e.length>t)return{status:413,error:"events: at most "+t+" events per request"};for(let r=0;r<e.length;r++){const n=forwardedEventProblem(e[r]);if(n!==undefined)return{status:400,error:(e.length>1?"events["+r+"].":"")+n}}return{events:e,asPixel:o}}
function readIncoming(t,i,c){var s;if(t==="GET"){const o=require("getRequestQueryParameter");if(o(VERSION_PARAM)!==""+PROTOCOL_VERSION)return{status:400,error:"v: unsupported protocol version"};const r=o(EVENT_PARAM);if(typeof r==="string"&&r.length>MAX_GET_LENGTH)return{status:413,error:"e: longer than "+MAX_GET_LENGTH+" characters"};const a=typeof r==="string"?require("JSON").parse(r):undefined;return a===undefined?{status:400,error:"e: must be JSON"}:checked([a],1,true)}if(t!=="POST")return{status:405,error:"method: use GET or POST"};const n=(s=require("getRequestBody")())!=null?s:"";const u=bodySizeProblem(n,c);if(u!==undefined)return u;const e=toObject(require("JSON").parse(n));if(e===undefined)return{status:400,error:"body: must be a JSON object"};if(e[VERSION_PARAM]!==PROTOCOL_VERSION)return{status:400,error:"v: unsupported protocol version"};if(!isList(e.events))return{status:400,error:"events: must be an array"};return checked(toList(e.events),i,false)}
var MAX_IP_LENGTH=45;
function plainIp(i){const e=toText(i);if(e===undefined||e.length>MAX_IP_LENGTH||e.indexOf(".")===-1&&e.indexOf(":")===-1)return undefined;const f=e.toLowerCase();for(let t=0;t<f.length;t++){const n=f.charAt(t);if(!(n>="0"&&n<="9"||n>="a"&&n<="f"||n==="."||n===":"))return undefined}return e}
var MAX_USER_AGENT_LENGTH=512;
function requestFacts(){const e=toText(require("getRequestHeader")("user-agent"));return{ip:plainIp(require("getRemoteAddress")()),userAgent:e!==undefined&&isProtocolText(e,MAX_USER_AGENT_LENGTH)?e:undefined,now:require("getTimestampMillis")()}}
function answerError(r,s){const e=require("setResponseHeader");require("setResponseStatus")(r);e("content-type","application/json; charset=utf-8");e("x-content-type-options","nosniff");e("cache-control","no-store");require("setResponseBody")(require("JSON").stringify({error:s}));require("returnResponse")()}
function answerDone(s){if(s){require("setPixelResponse")()}else{const e=require("setResponseHeader");require("setResponseStatus")(204);e("x-content-type-options","nosniff");e("cache-control","no-store")}require("returnResponse")()}
var HEX="0123456789abcdef";
function sameSecret(o,r){const c=require("sha256Sync");const h=c(o,{outputEncoding:"hex"});const n=c(r,{outputEncoding:"hex"});let t=h.length^n.length;for(let e=0;e<n.length;e++)t=t|HEX.indexOf(h.charAt(e))^HEX.indexOf(n.charAt(e));return t===0}
function callerOf(n){const e=toText(require("getRequestHeader")(SECRET_HEADER));const t=toText(n);if(e===undefined||t===undefined)return"anonymous";return sameSecret(e,t)?"authenticated":"wrong secret"}
var bounded=(d,r,e)=>{const n=toInteger(d);return n===undefined||n<1?r:n>e?e:n};
function refuse(n,e){require("logToConsole")("[Pinterest client] rejected: "+e);answerError(n,e)}
function main(){var a,u,d,l;const e=withDefaults(data,FIELD_DEFAULTS);if(require("getRequestPath")()!==((a=toText(e.path))!=null?a:DEFAULT_PATH))return;require("claimRequest")();const i=require("getRequestMethod")();const o=requestOrigin();const n=o===undefined?undefined:allowedOrigin(e.allowedOrigins,o);if(i==="OPTIONS"){if(n===undefined)return refuse(403,"origin: not allowed");allowOrigin(n,true);answerDone(false);return}if(o!==undefined&&i==="POST"&&n===undefined)return refuse(403,"origin: not allowed");if(n!==undefined)allowOrigin(n,false);const f=i==="POST"?callerOf(e.sharedSecret):"anonymous";if(f==="wrong secret")return refuse(403,SECRET_HEADER+": does not match");const c=bounded(e.maxEvents,MAX_BATCH_EVENTS,MAX_BATCH_EVENTS);const _=f==="authenticated"||c<MAX_UNAUTHENTICATED_EVENTS?c:MAX_UNAUTHENTICATED_EVENTS;const t=readIncoming(i,_,bounded(e.maxBodyBytes,MAX_BODY_BYTES,MAX_BODY_BYTES));if(t.events===undefined)return refuse((u=t.status)!=null?u:400,(d=t.error)!=null?d:"request: invalid");const r=t.events;const E=requestFacts();if(e.setClickIdCookie!==false){keepClickId(r,E.now,bounded(e.cookieMaxAgeDays,DEFAULT_MAX_AGE_DAYS,400),(l=toText(e.cookieDomain))!=null?l:"auto")}let T=r.length;for(let s=0;s<r.length;s++){require("runContainer")(eventDataFromForwarded(r[s],E),()=>{T--;if(T===0)answerDone(t.asPixel===true)})}}
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
- name: A click id outside Pinterest's alphabet is refused and never reaches a cookie; a base64 one is written encoded; a click id is never judged by its shape
  code: |-
    const hostile = ['X; Domain=evil.example; HttpOnly', 'X\nSet-Cookie: a=b', 'X,Y', 'X"', 'X Y', 'ä', repeat('x', 513)];
    hostile.forEach((clickId) => {
      reset();
      post({ v: 1, events: [wireEvent({ click_id: clickId, click_id_from_url: true })] });
      runCode(mockData);
      assertThat(response.status).isEqualTo(400);
      assertThat(errorOf()).isEqualTo('click_id: must be 1 to 512 characters of A-Z a-z 0-9 + / - _ =');
      assertThat(cookiesSet).isEqualTo([]);
      assertThat(ran).isEqualTo([]);
    });
    reset();
    post({ v: 1, events: [wireEvent({ click_id: 'dj0yJnU9b2JD+/Y3Bv==', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(cookiesSet[0][1]).isEqualTo('dj0yJnU9b2JD+/Y3Bv==');
    assertThat(cookiesSet[0][3]).isFalsy();
    // Shaped like digit groups (a phone number's shape): still a click id in Pinterest's alphabet, accepted and kept.
    reset();
    post({ v: 1, events: [wireEvent({ click_id: '415-555-0142', click_id_from_url: true })] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    assertThat(ran[0].click_id).isEqualTo('415-555-0142');
    assertThat(cookiesSet[0][1]).isEqualTo('415-555-0142');
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
    assertThat(errorOf()).isEqualTo('custom_data: property names are 1 to 64 letters, digits and underscores');
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
    post({ v: 1, events: [wireEvent({ event_id: 'ид-😀', custom_data: { colour: repeat('😀', 500), note: 'Grüße, 東京 ☕' } })] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    assertThat(ran[0]['x-pinterest-custom-colour']).isEqualTo(repeat('😀', 500));
    [[repeat('😀', 501)], ['a\ud800b'], ['\udc00'], ['line\nfeed'], ['nul\u0000']].forEach((bad) => {
      reset();
      post({ v: 1, events: [wireEvent({ custom_data: { colour: bad[0] } })] });
      runCode(mockData);
      assertThat(response.status).isEqualTo(400);
      assertThat(errorOf()).isEqualTo('custom_data.*: must be text of 1 to 500 characters without control characters');
    });
- name: Raw email addresses are refused in free text (custom properties, names, lead types); identifiers are never judged by their shape, and there is no phone-number rule
  code: |-
    [
      [{ contact: 'jane.doe@example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
      [{ contact: 'Mail me: jane.doe%40example.com' }, 'custom_data.*: must not hold a raw email address (send it hashed in user_data.em)'],
      [{ lead_type: 'jane@example.co.uk' }, 'custom_data.lead_type: must not hold a raw email address (send it hashed in user_data.em)'],
      [{ line_items: [{ product_name: 'for bob@example.org' }] }, 'custom_data.line_items[0].product_name: must not hold a raw email address (send it hashed in user_data.em)'],
    ].forEach((row) => {
      reset();
      post({ v: 1, events: [wireEvent({ custom_data: row[0] })] });
      runCode(mockData);
      assertThat(response.status).isEqualTo(400);
      assertThat(errorOf()).isEqualTo(row[1]);
      assertThat(ran).isEqualTo([]);
    });
    reset();
    post({ v: 1, events: [wireEvent({
      event_id: 'checkout_2024-0615-0042',
      custom_data: {
        order_id: '2024-0615-0042', gtin: '4006381333931', delivery: '2024-01-15', handle: '@shop', version: '2.4.1', hotline: '+49 151 23456789',
        line_items: [{ product_id: '978-0-306-40615-7' }, { product_id: '100-200-300', product_name: 'Model (555) 123-4567' }],
      },
    })] });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
    assertThat([ran[0].event_id, ran[0].transaction_id, ran[0]['x-pinterest-custom-hotline']]).isEqualTo(['checkout_2024-0615-0042', '2024-0615-0042', '+49 151 23456789']);
    assertThat(ran[0].items.map((i) => i.item_id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
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


