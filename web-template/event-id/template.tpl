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
    "help": "Set it as in the Pinterest Tag this ID goes with (usually Automatic). A checkout with an order ID gets \u003ccode\u003echeckout_\u0026lt;order ID\u0026gt;\u003c/code\u003e; a page visit (Base code only, Page Visit, or Automatic on page_view, GTM\u0027s page events and view_item) gets the ID of its page view, one per page path (each single-page-app route is a page view of its own); other events get an ID unique to the page load and dataLayer event. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-event-id-parameters\"\u003eDocs\u003c/a\u003e"
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

const copyFromDataLayer=require("copyFromDataLayer");
const copyFromWindow=require("copyFromWindow");
var PAGE="page";
var TAG_TO_CAPI_TEXT="pagevisit=page_visit viewcategory=view_category search addtocart=add_to_cart checkout signup lead watchvideo=watch_video custom addpaymentinfo=add_payment_info addtowishlist=add_to_wishlist initiatecheckout=initiate_checkout subscribe viewcontent=view_content contact customizeproduct=customize_product findlocation=find_location schedule starttrial=start_trial submitapplication=submit_application";
var GA4_EVENTS="page_view=page gtm.js=page gtm.dom=page gtm.load=page view_item=pagevisit view_item_list=viewcategory select_item=viewcontent select_promotion=viewcontent view_promotion=viewcontent search add_to_cart=addtocart add_to_wishlist=addtowishlist begin_checkout=initiatecheckout add_payment_info=addpaymentinfo purchase=checkout generate_lead=lead sign_up=signup video_start=watchvideo";
function entry(f,n){if(n===""||n.indexOf(" ")!==-1||n.indexOf("=")!==-1)return undefined;const t=" "+f+" ";const i=t.indexOf(" "+n+"=");if(i!==-1){const e=i+n.length+2;return t.slice(e,t.indexOf(" ",e))}return t.indexOf(" "+n+" ")!==-1?n:undefined}
function tagEventOfKey(n){const d=entry(GA4_EVENTS,n);if(d!==undefined)return d;if(entry(TAG_TO_CAPI_TEXT,n)!==undefined)return n;const e=" "+TAG_TO_CAPI_TEXT+" ";const t=e.indexOf("="+n+" ");return t===-1?undefined:e.slice(e.lastIndexOf(" ",t)+1,t)}
function tagEventFor(e){return e===undefined?undefined:tagEventOfKey(e.trim().toLowerCase())}
function isTagEvent(n){return entry(TAG_TO_CAPI_TEXT,n)!==undefined}
function isCustomEventName(r){if(r===""||r.length>100)return false;for(let e=0;e<r.length;e++){const t=r.charAt(e);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"))return false}return true}
var isFinite=i=>i-i===0;
function toText(e){const t=typeof e;let n;if(t==="string")n=e.trim();else if(t==="number"){if(!isFinite(e))return undefined;n=""+e}else if(t==="boolean")n=e?"true":"false";else return undefined;return n===""?undefined:n}
function withDefaults(e,o){const i={};const t=e;for(const n in t)i[n]=t[n];for(const n in o)if(i[n]===undefined||i[n]===null)i[n]=o[n];return i}
var CHECKOUT_ID_PREFIX="checkout_";
function deriveEventId(e){const d=toText(e.explicit);if(d!==undefined)return d;const n=toText(e.orderId);if(n!==undefined&&e.eventName==="checkout")return CHECKOUT_ID_PREFIX+n;if(e.pageVisitId!==undefined&&(e.eventName===PAGE||e.eventName==="pagevisit"))return e.pageVisitId;const i=toText(e.uniqueEventId);return e.pageViewId===undefined||i===undefined?undefined:e.pageViewId+"."+i}
var LIMITS={eventNameLength:100,eventIdLength:256,urlLength:2048,clickIdLength:512,textLength:500,lineItems:200,customKeys:50,customKeyLength:64,hashesPerField:10};
var HIGH_SURROGATE_FIRST="\uD800";
var HIGH_SURROGATE_LAST="\uDBFF";
var LOW_SURROGATE_FIRST="\uDC00";
var LOW_SURROGATE_LAST="\uDFFF";
var isHighSurrogate=H=>H>=HIGH_SURROGATE_FIRST&&H<=HIGH_SURROGATE_LAST;
var isLowSurrogate=R=>R>=LOW_SURROGATE_FIRST&&R<=LOW_SURROGATE_LAST;
var isControl=o=>o<" "||o==="";
function characterCount(o,n){let t=0;for(let r=0;r<o.length;r++){const i=o.charAt(r);if(isControl(i)||isLowSurrogate(i))return-1;if(isHighSurrogate(i)){if(!isLowSurrogate(o.charAt(r+1)))return-1;r++}t++;if(t>n)return t}return t}
function isProtocolText(c,t){const o=characterCount(c,t);return o>=1&&o<=t}
function idText(e,n){const t=toText(e);return t!==undefined&&isProtocolText(t,n)?t:undefined}
var PAGE_VIEW_ID_GLOBAL="_pinterest_gtm_pvid";
var BASE_CODE_ONLY="none";
var AUTO="auto";
var ADVERTISER_DEFINED="advertiserDefined";
var ROUTE_GLOBAL="_pinterest_gtm_route";
function isPageViewId(t){if(typeof t!=="string")return false;const n=t.indexOf(".");if(n<10||n>16||t.length!==n+10)return false;for(let r=0;r<t.length;r++)if(r!==n&&(t.charAt(r)<"0"||t.charAt(r)>"9"))return false;return true}
var known;
function pageViewId(){if(known===undefined)known=readOrCreate();return known}
function readOrCreate(){const e=copyFromWindow(PAGE_VIEW_ID_GLOBAL);if(isPageViewId(e))return e;const r=require("getTimestampMillis")()+"."+require("generateRandom")(1e8,999999999);require("setInWindow")(PAGE_VIEW_ID_GLOBAL,r,e!==undefined);const t=copyFromWindow(PAGE_VIEW_ID_GLOBAL);if(isPageViewId(t))return t;const i=copyFromDataLayer("gtm.start");return typeof i==="number"?i+".gtm":r}
function pageViewNumber(){const o=""+require("getUrl")("path");const c=copyFromWindow(ROUTE_GLOBAL);const r=typeof c==="string"?c:"";const t=r.indexOf(" ");const e=t>0&&t<7?+r.slice(0,t):0;const n=e>=1&&e-e%1===e?e:0;if(n>0&&r.slice(t+1)===o)return n;require("setInWindow")(ROUTE_GLOBAL,n+1+" "+o,true);return n+1}
function pageVisitId(){return pageViewId()+".page"+pageViewNumber()}
function resolveTagEvent(r,s,i){var n,a;const t=(n=toText(r))!=null?n:AUTO;if(t===BASE_CODE_ONLY)return{name:PAGE};if(t===AUTO){const e=i(toText(copyFromDataLayer("event")));if(e.tag!==undefined)return{name:e.tag};return{skip:(a=e.skip)!=null?a:"the dataLayer event has no Pinterest event"}}if(t===ADVERTISER_DEFINED){const e=toText(s);return e!==undefined&&isCustomEventName(e)?{name:e}:{skip:"the custom event name must be letters and underscores"}}return isTagEvent(t)?{name:t}:{skip:"the Event field holds no Pinterest event"}}
function orderIdForEvent(t){var e;return(e=idText(t,LIMITS.eventIdLength))!=null?e:idText(copyFromDataLayer("ecommerce.transaction_id"),LIMITS.eventIdLength)}
function webEventId(n,e,t){const d=pageViewId();const i=idText(deriveEventId({explicit:idText(n,LIMITS.eventIdLength),eventName:e,orderId:e==="checkout"?orderIdForEvent(t):undefined,pageVisitId:e===PAGE||e==="pagevisit"?pageVisitId():undefined,pageViewId:d,uniqueEventId:copyFromDataLayer("gtm.uniqueEventId")}),LIMITS.eventIdLength);return i!=null?i:d+".r"+require("generateRandom")(1e5,999999)}
var FIELD_DEFAULTS={eventName:"auto"};
function main(){const e=withDefaults(data,FIELD_DEFAULTS);const t=resolveTagEvent(e.eventName,e.customEventName,n=>({tag:tagEventFor(n)}));return webEventId(e.eventId,t.name,e.orderId)}
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
              },
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
                    "string": "_pinterest_gtm_route"
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
        "publicId": "get_url",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urlParts",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "path",
          "value": {
            "type": 8,
            "boolean": true
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
    // An order id is never judged by its shape: a dashed order number is kept.
    assertThat(runCode({ eventName: 'checkout', orderId: '2024-0615-0042' })).isEqualTo('checkout_2024-0615-0042');
    // An Order ID field that cannot be an id (control characters) falls back to the dataLayer's transaction_id, as the tag does.
    dataLayer = { 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-125' } };
    assertThat(runCode({ eventName: 'checkout', orderId: 'A\n1' })).isEqualTo('checkout_T-125');
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
- name: "A page visit has the id of its page view: Automatic on page events and view_item, Base code only and Page Visit agree; each single-page-app route is a page view of its own"
  code: |-
    dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 4 };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
    dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
    dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 5 };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
    assertThat(runCode({ eventName: 'none' })).isEqualTo(PAGE_VIEW_ID + '.page1');
    assertThat(runCode({ eventName: 'pagevisit' })).isEqualTo(PAGE_VIEW_ID + '.page1');
    path = '/app/shoes';
    dataLayer = { event: 'page_view', 'gtm.uniqueEventId': 6 };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page2');
    dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 7 };
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page2');
    // A page view number global of another shape starts again at 1.
    routeGlobal = 'junk';
    assertThat(runCode(mockData)).isEqualTo(PAGE_VIEW_ID + '.page1');
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
  // The page view number global (web-template/shared/page-view-id.ts), and the page's path.
  let routeGlobal;
  let path = '/';
  mock('getUrl', (component) => (component === 'path' ? path : undefined));
  mock('copyFromWindow', (key) => (key === '_pinterest_gtm_pvid' ? pageViewGlobal : key === '_pinterest_gtm_route' ? routeGlobal : undefined));
  let frozenGlobal = false;
  mock('setInWindow', (key, value, override) => {
    if (key === '_pinterest_gtm_route') { routeGlobal = value; return true; }
    globalsSet.push([key, value, override]);
    if (!frozenGlobal && (pageViewGlobal === undefined || override)) pageViewGlobal = value;
    return true;
  });
  const mockData = { eventName: 'auto' };


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


