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

var i;
const _=require("copyFromDataLayer");
const l=require("copyFromWindow");
var d="page";
var p="page_visit view_category search add_to_cart checkout signup lead watch_video custom add_payment_info add_to_wishlist initiate_checkout subscribe view_content contact customize_product find_location schedule start_trial submit_application";
var L="page_view=page gtm.js=page gtm.dom=page gtm.load=page view_item=page_visit view_item_list=view_category select_item=view_content select_promotion=view_content view_promotion=view_content search add_to_cart add_to_wishlist begin_checkout=initiate_checkout add_payment_info purchase=checkout generate_lead=lead sign_up=signup video_start=watch_video";
function h(t,n){if(n===""||n.indexOf(" ")!==-1||n.indexOf("=")!==-1)return i;const e=" "+t+" ";const r=e.indexOf(" "+n+"=");if(r!==-1){const o=r+n.length+2;return e.slice(o,e.indexOf(" ",o))}return e.indexOf(" "+n+" ")!==-1?n:i}
var m=t=>t.split("_").join("");
function w(t){if(h(p,t)!==i)return t;const n=p.split(" ");for(let e=0;e<n.length;e++)if(m(n[e])===t)return n[e];return i}
function R(t){const n=h(L,t);if(n===d)return d;const e=n!=null?n:w(t);return e===i?i:m(e)}
function S(t){return t===i?i:R(t.trim().toLowerCase())}
function y(t){return t.indexOf("_")===-1&&w(t)!==i}
function b(t){if(t===""||t.length>100)return false;for(let n=0;n<t.length;n++){const e=t.charAt(n);if(!(e>="a"&&e<="z"||e>="A"&&e<="Z"||e==="_"))return false}return true}
var q=t=>t-t===0;
function f(t){const n=typeof t;let e;if(n==="string")e=t.trim();else if(n==="number"){if(!q(t))return i;e=""+t}else if(n==="boolean")e=t?"true":"false";else return i;return e===""?i:e}
function x(t,n){const e={};const r=t;for(const o in r)e[o]=r[o];for(const o in n)if(e[o]===i||e[o]===null)e[o]=n[o];return e}
var E=256;
var G="\uD800";
var N="\uDBFF";
var C="\uDC00";
var P="\uDFFF";
var U=t=>t>=G&&t<=N;
var I=t=>t>=C&&t<=P;
var V=t=>t<" "||t==="";
function W(t,n){let e=0;for(let r=0;r<t.length;r++){const o=t.charAt(r);if(V(o)||I(o))return-1;if(U(o)){if(!I(t.charAt(r+1)))return-1;r++}e++;if(e>n)return e}return e}
function H(t,n){const e=W(t,n);return e>=1&&e<=n}
function A(t,n){const e=f(t);return e!==i&&H(e,n)?e:i}
var k="checkout_";
var g=t=>A(t,E);
function j(t,n,e,r,o){const a=g(t);if(a!==i)return a;const u=n==="checkout"?g(e()):i;const s=u===i?i:g(k+u);if(s!==i)return s;if(r!==i&&(n===d||n==="pagevisit"))return r();return o===i?i:o()}
var v="_pinterest_gtm_pvid";
var B="none";
var O="auto";
var T="advertiserDefined";
function D(t){const n=t.indexOf(".");if(n<10||n>16||t.length!==n+10)return false;for(let e=0;e<t.length;e++)if(e!==n&&(t.charAt(e)<"0"||t.charAt(e)>"9"))return false;return true}
var c;
function F(){var t;if(c!==i)return c;const n=l(v);const e=(typeof n==="string"?n:"").split(" ");const r=+((t=e[1])!=null?t:"");if(D(e[0])&&r>=1&&r-r%1===r)return c={id:e[0],view:r,path:e.slice(2).join(" ")};if(D(e[0]))return c={id:e[0],view:0,path:""};const o=require("getTimestampMillis")()+"."+require("generateRandom")(1e8,999999999);require("setInWindow")(v,o,n!==i);if(l(v)===o)return c={id:o,view:0,path:""};const a=_("gtm.start");return c={id:typeof a==="number"?a+".gtm":o,view:0,path:""}}
function M(){return F().id}
function z(){const t=F();const n=""+require("getUrl")("path");if(t.view===0||t.path!==n){t.view++;t.path=n;require("setInWindow")(v,t.id+" "+t.view+" "+n,true)}return t.id+".page"+t.view}
function K(t,n,e){var r,o;const a=(r=f(t))!=null?r:O;if(a===B)return{name:d};if(a===O){const s=e(f(_("event")));return s.tag!==i?{name:s.tag}:{skip:(o=s.skip)!=null?o:"no Pinterest event for this dataLayer event"}}const u=a===T?f(n):a;return u!==i&&(a===T?b(u):y(u))?{name:u}:{skip:"the event name must be a Pinterest event, or letters and underscores"}}
function X(t,n,e){return j(t,n,()=>{var r;return(r=A(e,E))!=null?r:_("ecommerce.transaction_id")},z,()=>{const r=f(_("gtm.uniqueEventId"));return M()+"."+(r!==i&&r.length<20?r:"r"+require("generateRandom")(1e5,999999))})}
var Y={eventName:"auto"};
function Z(){const t=x(data,Y);const n=K(t.eventName,t.customEventName,e=>({tag:S(e)}));return X(t.eventId,n.name,t.orderId)}
return Z()


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
    // A page view number of another shape starts again at 1.
    pageViewGlobal = PAGE_VIEW_ID + ' junk /app/shoes';
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
  // The page's path; the global holds "<page load id> <page view number> <path>" once a page visit was asked for.
  let path = '/';
  mock('getUrl', (component) => (component === 'path' ? path : undefined));
  mock('copyFromWindow', (key) => (key === '_pinterest_gtm_pvid' ? pageViewGlobal : undefined));
  let frozenGlobal = false;
  mock('setInWindow', (key, value, override) => {
    globalsSet.push([key, value, override]);
    if (!frozenGlobal && (pageViewGlobal === undefined || override)) pageViewGlobal = value;
    return true;
  });
  const mockData = { eventName: 'auto' };


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


