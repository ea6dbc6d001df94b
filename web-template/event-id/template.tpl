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

const copyFromDataLayer=require("copyFromDataLayer");
const copyFromWindow=require("copyFromWindow");
function lookup(u,n){return n!==undefined&&u.hasOwnProperty(n)?u[n]:undefined}
var PAGE="page";
var TAG_TO_CAPI={page:"page_visit",pagevisit:"page_visit",viewcategory:"view_category",search:"search",addtocart:"add_to_cart",checkout:"checkout",signup:"signup",lead:"lead",watchvideo:"watch_video",custom:"custom",addpaymentinfo:"add_payment_info",addtowishlist:"add_to_wishlist",initiatecheckout:"initiate_checkout",subscribe:"subscribe",viewcontent:"view_content",contact:"contact",customizeproduct:"customize_product",findlocation:"find_location",schedule:"schedule",starttrial:"start_trial",submitapplication:"submit_application"};
var TAG_EVENT_OF={page_view:PAGE,"gtm.js":PAGE,"gtm.dom":PAGE,"gtm.load":PAGE,view_item:"pagevisit",view_item_list:"viewcategory",select_item:"viewcontent",select_promotion:"viewcontent",view_promotion:"viewcontent",search:"search",view_search_results:"search",add_to_cart:"addtocart",add_to_wishlist:"addtowishlist",begin_checkout:"initiatecheckout",add_payment_info:"addpaymentinfo",purchase:"checkout",generate_lead:"lead",sign_up:"signup",video_start:"watchvideo"};
function tagEventOfKey(n){const u=lookup(TAG_EVENT_OF,n);if(u!==undefined)return u;if(n!==PAGE&&lookup(TAG_TO_CAPI,n)!==undefined)return n;for(const t in TAG_TO_CAPI)if(t!==PAGE&&TAG_TO_CAPI[t]===n)return t;return undefined}
function tagEventFor(e){return e===undefined?undefined:tagEventOfKey(e.trim().toLowerCase())}
function isCustomEventName(r){if(r===""||r.length>100)return false;for(let e=0;e<r.length;e++){const t=r.charAt(e);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"))return false}return true}
var isFinite=i=>i-i===0;
function toText(e){const t=typeof e;let n;if(t==="string")n=e.trim();else if(t==="number"){if(!isFinite(e))return undefined;n=""+e}else if(t==="boolean")n=e?"true":"false";else return undefined;return n===""?undefined:n}
function withDefaults(e,o){const i={};const t=e;for(const n in t)i[n]=t[n];for(const n in o)if(i[n]===undefined||i[n]===null)i[n]=o[n];return i}
var CHECKOUT_ID_PREFIX="checkout_";
var PAGE_VISIT_ID_SUFFIX=".page";
function deriveEventId(e){const d=toText(e.explicit);if(d!==undefined)return d;const n=toText(e.orderId);if(n!==undefined&&e.eventName==="checkout")return CHECKOUT_ID_PREFIX+n;if(e.pageViewId===undefined)return undefined;if(e.eventName===PAGE)return e.pageViewId+PAGE_VISIT_ID_SUFFIX;const r=toText(e.uniqueEventId);return r===undefined?undefined:e.pageViewId+"."+r}
var LIMITS={eventNameLength:100,eventIdLength:256,urlLength:2048,clickIdLength:512,textLength:256,lineItems:200,customKeys:50,customKeyLength:64,hashesPerField:10};
var isDigit=i=>i>="0"&&i<="9";
var isLetter=a=>a>="a"&&a<="z"||a>="A"&&a<="Z";
var isAddressChar=i=>isLetter(i)||isDigit(i)||i>""||"._%+-'".indexOf(i)!==-1;
var isDomainChar=i=>isLetter(i)||isDigit(i)||i>""||i==="."||i==="-";
function domainAt(i,l){let e=l;while(e<i.length&&isDomainChar(i.charAt(e)))e++;let n=i.slice(l,e);while(n.charAt(n.length-1)===".")n=n.slice(0,n.length-1);return n}
function isMailDomain(r){const n=r.lastIndexOf(".");if(n<1)return false;const t=r.slice(n+1);if(t.length<2)return false;for(let e=0;e<t.length;e++)if(!isLetter(t.charAt(e))&&t.charAt(e)<="")return false;return true}
function looksLikeEmail(e){const t=e.split("%40").join("@");let i=t.indexOf("@");while(i!==-1){if(i>0&&isAddressChar(t.charAt(i-1))&&isMailDomain(domainAt(t,i+1)))return true;i=t.indexOf("@",i+1)}return false}
function isDate(n,t){if(n.length!==3||t.length!==2||t.charAt(0)!==t.charAt(1)||"-./".indexOf(t.charAt(0))===-1)return false;const h=e=>e.length>=1&&e.length<=2;return n[0].length===4&&h(n[1])&&h(n[2])||h(n[0])&&h(n[1])&&(n[2].length===4||n[2].length===2)}
function looksLikePhone(l){const s=l.trim();const i=[];let r="";let e="";let f=0;let u=false;for(let n=0;n<s.length;n++){const t=s.charAt(n);if(isDigit(t)){e+=t;f++;continue}if(t==="+"&&n===0)continue;if(" -()./".indexOf(t)===-1)return false;if(t==="("||t===")")u=true;if(e!==""){i.push(e);e=""}if(t!==" "||r.charAt(r.length-1)!==" ")r+=t}if(e!=="")i.push(e);if(f<7||f>15)return false;if(s.charAt(0)==="+"||u)return true;return i.length>=3&&!isDate(i,r.trim())}
function isPersonalOrControlText(r){for(let o=0;o<r.length;o++)if(r.charAt(o)<" "||r.charAt(o)==="")return true;return looksLikeEmail(r)||looksLikePhone(r)}
var HIGH_SURROGATE_FIRST="\uD800";
var HIGH_SURROGATE_LAST="\uDBFF";
var LOW_SURROGATE_FIRST="\uDC00";
var LOW_SURROGATE_LAST="\uDFFF";
var isHighSurrogate=H=>H>=HIGH_SURROGATE_FIRST&&H<=HIGH_SURROGATE_LAST;
var isLowSurrogate=R=>R>=LOW_SURROGATE_FIRST&&R<=LOW_SURROGATE_LAST;
var isControl=o=>o<" "||o==="";
function characterCount(o,n){let t=0;for(let r=0;r<o.length;r++){const i=o.charAt(r);if(isControl(i)||isLowSurrogate(i))return-1;if(isHighSurrogate(i)){if(!isLowSurrogate(o.charAt(r+1)))return-1;r++}t++;if(t>n)return t}return t}
function isProtocolText(c,t){const o=characterCount(c,t);return o>=1&&o<=t}
var PAGE_VIEW_ID_GLOBAL="_pinterest_gtm_pvid";
var BASE_CODE_ONLY="none";
var AUTO="auto";
var ADVERTISER_DEFINED="advertiserDefined";
function isPageViewId(n){if(typeof n!=="string")return false;const t=n;const r=t.indexOf(".");if(r<10||r>16||t.length!==r+10)return false;for(let e=0;e<t.length;e++)if(e!==r&&(t.charAt(e)<"0"||t.charAt(e)>"9"))return false;return true}
var known;
function pageViewId(){if(known===undefined)known=readOrCreate();return known}
function readOrCreate(){const e=copyFromWindow(PAGE_VIEW_ID_GLOBAL);if(isPageViewId(e))return e;const r=require("getTimestampMillis")()+"."+require("generateRandom")(1e8,999999999);require("setInWindow")(PAGE_VIEW_ID_GLOBAL,r,e!==undefined);const t=copyFromWindow(PAGE_VIEW_ID_GLOBAL);if(isPageViewId(t))return t;const i=copyFromDataLayer("gtm.start");return typeof i==="number"?i+".gtm":r}
function resolveTagEvent(s,o,i){var a,r;const e=(a=toText(s))!=null?a:AUTO;if(e===BASE_CODE_ONLY)return{name:PAGE};if(e===AUTO){const t=toText(copyFromDataLayer("event"));const n=i(t);if(n.tag!==undefined)return{name:n.tag};return{skip:(r=n.skip)!=null?r:"the dataLayer event has no Pinterest event"}}if(e===ADVERTISER_DEFINED){const t=toText(o);return t!==undefined&&isCustomEventName(t)?{name:t}:{skip:"the custom event name must be letters and underscores"}}return e!==PAGE&&TAG_TO_CAPI.hasOwnProperty(e)?{name:e}:{skip:"the Event field holds no Pinterest event"}}
function idPart(e){const t=toText(e);return t!==undefined&&isProtocolText(t,LIMITS.eventIdLength)&&!isPersonalOrControlText(t)?t:undefined}
function orderIdForEvent(a){var r;return(r=idPart(a))!=null?r:idPart(copyFromDataLayer("ecommerce.transaction_id"))}
function webEventId(d,n,t){const e=pageViewId();const r=idPart(deriveEventId({explicit:idPart(d),eventName:n,orderId:orderIdForEvent(t),pageViewId:e,uniqueEventId:copyFromDataLayer("gtm.uniqueEventId")}));return r!=null?r:e+".r"+require("generateRandom")(1e5,999999)}
var FIELD_DEFAULTS={eventName:"auto"};
function main(){const e=withDefaults(data,FIELD_DEFAULTS);const t=resolveTagEvent(e.eventName,e.customEventName,n=>({tag:tagEventFor(n)}));return webEventId(toText(e.eventId),t.name,e.orderId)}
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


