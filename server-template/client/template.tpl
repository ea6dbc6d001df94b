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

var i,k=1,w="v",_e="e",le="/pinterest/events",N=8e3,M=100,P=512e3,H=5,U="x-pinterest-gtm-secret",g=["ad_storage","ad_user_data"],de=["granted","denied"],pe="consent_state",ge="x-pinterest-gtm-source",me="client",he="x-pinterest-custom-",Ee=100,ve=256,ye=2048,F=512,Te=500,K=200,G=50,Y=64,j=10,V=["currency","order_id","search_query","lead_type","video_title","promo_code"],X=["value","order_quantity"],Oe=["product_id","product_name","product_category","product_variant","product_brand"],Se=["product_price","product_quantity","product_discount"],be=["em","external_id","st","country"],Ae=["event_name","event_id","event_time","page_location","page_referrer","click_id","click_id_from_url","custom_data","user_data","opt_out_type","consent"],b=e=>e>="a"&&e<="z"||e>="A"&&e<="Z",B=e=>e>="0"&&e<="9",Ie=e=>b(e)||B(e)||e>""||"._%+-'".indexOf(e)!==-1,Le=e=>b(e)||B(e)||e>""||e==="."||e==="-";
function Re(e,r){let t=r;for(;t<e.length&&Le(e.charAt(t));)t++;for(;t>r&&e.charAt(t-1)===".";)t--;const n=e.lastIndexOf(".",t-1);if(n<=r||t-n<3)return!1;for(let o=n+1;o<t;o++)if(!b(e.charAt(o))&&e.charAt(o)<="")return!1;return!0}
function z(e){const r=e.split("%40").join("@");for(let t=r.indexOf("@");t!==-1;t=r.indexOf("@",t+1))if(t>0&&Ie(r.charAt(t-1))&&Re(r,t+1))return!0;return!1}
var A;
function J(e){return A===i&&(A=require("getType")),A(e)}
var I=e=>e-e===0;
function d(e){const r=typeof e;let t;if(r==="string")t=e.trim();else if(r==="number"){if(!I(e))return i;t=""+e}else if(r==="boolean")t=e?"true":"false";else return i;return t===""?i:t}
function Ce(e){let r=0,t=!1;for(let n=0;n<e.length;n++){const o=e.charAt(n);if(o>="0"&&o<="9")r++;else if(o==="."&&!t)t=!0;else if(!(o==="-"&&n===0))return!1}return r>0}
function L(e){const r=typeof e;if(r==="number")return I(e)?e:i;if(r!=="string")return i;const t=e.trim();if(!Ce(t))return i;const n=+t;return I(n)?n:i}
function qe(e){const r=L(e);if(r===i)return i;const t=r-r%1;return t===0?r*0:t}
function m(e){return h(e)?e:i}
function Z(e){return E(e)?e:[]}
function h(e){return typeof e=="object"&&e!==null&&J(e)==="object"}
function E(e){return typeof e=="object"&&e!==null&&J(e)==="array"}
function p(e){const r=[];for(const t in e)r.push(t);return r}
function xe(e,r){const t={},n=e;for(const o in n)t[o]=n[o];for(const o in r)(t[o]===i||t[o]===null)&&(t[o]=r[o]);return t}
var De="\uD800",ke="\uDBFF",we="\uDC00",Ne="\uDFFF",Me=e=>e>=De&&e<=ke,Q=e=>e>=we&&e<=Ne,Pe=e=>e<" "||e==="";
function He(e,r){let t=0;for(let n=0;n<e.length;n++){const o=e.charAt(n);if(Pe(o)||Q(o))return-1;if(Me(o)){if(!Q(e.charAt(n+1)))return-1;n++}if(t++,t>r)return t}return t}
function W(e,r){const t=He(e,r);return t>=1&&t<=r}
var Ue=e=>e>="a"&&e<="z"||e>="A"&&e<="Z"||e>="0"&&e<="9";
function Fe(e,r){if(e.length===0||e.length>r)return!1;for(let t=0;t<e.length;t++){const n=e.charAt(t);if(!Ue(n)&&n!=="+"&&n!=="/"&&n!=="-"&&n!=="_"&&n!=="=")return!1}return!0}
function R(e){const r=e.indexOf("?"),t=e.indexOf("#"),n=r===-1?t:t===-1||r<t?r:t;return n===-1?e:e.slice(0,n)}
var $={value:"value",currency:"currency",order_id:"transaction_id",search_query:"search_term",promo_code:"coupon",lead_type:"lead_type",video_title:"video_title"};
function Ke(e){var r;const t=[],n=Z(e);for(let o=0;o<n.length;o++){const s=(r=m(n[o]))!=null?r:{},a={};s.product_id!==i&&(a.item_id=s.product_id),s.product_name!==i&&(a.item_name=s.product_name),s.product_category!==i&&(a.item_category=s.product_category),s.product_variant!==i&&(a.item_variant=s.product_variant),s.product_brand!==i&&(a.item_brand=s.product_brand),s.product_price!==i&&(a.price=s.product_price),s.product_quantity!==i&&(a.quantity=s.product_quantity),s.product_discount!==i&&(a.discount=s.product_discount),t.push(a)}return t}
function Ge(e,r){var t,n;const o={event_name:e.event_name,event_id:e.event_id};e.event_time!==i&&(o.event_time=e.event_time>r.now?r.now:e.event_time),e.page_location!==i&&(o.page_location=R(e.page_location)),e.page_referrer!==i&&(o.page_referrer=R(e.page_referrer)),r.ip!==i&&(o.ip_override=r.ip),r.userAgent!==i&&(o.user_agent=r.userAgent),e.click_id!==i&&(o.click_id=e.click_id),e.opt_out_type==="LDP"&&(o.opt_out_type="LDP");const s=(t=m(e.custom_data))!=null?t:{},a=p(s);for(let _=0;_<a.length;_++){const l=a[_];l==="line_items"?o.items=Ke(s.line_items):$.hasOwnProperty(l)?o[$[l]]=s[l]:X.indexOf(l)===-1&&V.indexOf(l)===-1&&(o[he+l]=s[l])}const c=m(e.user_data);c!==i&&p(c).length>0&&(o.user_data=c);const u=(n=m(e.consent))!=null?n:{},f={};for(let _=0;_<g.length;_++)u[g[_]]!==i&&(f[g[_]]=u[g[_]]);return p(f).length>0&&(o[pe]=f),o[ge]=me,o}
var Ye=365,ee="_epik",te="_pin_gtm_epik_ts",je=(e,r)=>e>r?r:e;
function Ve(e,r){var t;let n;for(let o=0;o<e.length;o++){const s=e[o];if(s.click_id_from_url!==!0||s.click_id===i||s.consent!==i&&s.consent.ad_storage==="denied")continue;const a=je((t=L(s.event_time))!=null?t:r,r);(n===i||a>=n.time)&&(n={value:s.click_id,time:a})}return n}
function Xe(e){const r=d(e);if(r===i||r.length>253)return"auto";const t=r.toLowerCase();for(let n=0;n<t.length;n++){const o=t.charAt(n);if(!(o>="a"&&o<="z"||o>="0"&&o<="9"||o==="."||o==="-"))return"auto"}return t}
function Be(e,r,t,n){const o=Ve(e,r);if(o===i)return!1;const s=require("getCookieValues"),a=L(s(te)[0]),c=a===i||a>r?i:a;if(c!==i&&c>o.time||d(s(ee)[0])===o.value&&c!==i)return!1;const u={domain:Xe(n),path:"/","max-age":t*86400,secure:!0,sameSite:"Lax",httpOnly:!1},f=require("setCookie");return f(ee,o.value,u),f(te,""+o.time,u),!0}
var ze={path:"/pinterest/events",maxEvents:"100",maxBodyBytes:"512000",setClickIdCookie:!0,cookieMaxAgeDays:"365",cookieDomain:"auto"};
function Je(e,r){var t;const n=((t=d(e))!=null?t:"").split(",");for(let o=0;o<n.length;o++){const s=n[o].trim();if(Ze(s)&&s.toLowerCase()===r.toLowerCase())return s}return i}
function Ze(e){const r=e.toLowerCase(),t=r.indexOf("https://")===0?r.slice(8):r.indexOf("http://")===0?r.slice(7):"";if(t===""||t.length>253)return!1;for(let n=0;n<t.length;n++){const o=t.charAt(n);if(!(o>="a"&&o<="z"||o>="0"&&o<="9"||o==="."||o==="-"||o===":"))return!1}return!0}
function Qe(){return d(require("getRequestHeader")("origin"))}
function re(e,r){const t=require("setResponseHeader");t("access-control-allow-origin",e),t("vary","Origin"),r&&(t("access-control-allow-methods","GET, POST, OPTIONS"),t("access-control-allow-headers","content-type"),t("access-control-max-age","86400"))}
function We(e){if(e===""||e.length>100)return!1;for(let r=0;r<e.length;r++){const t=e.charAt(r);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"))return!1}return!0}
function $e(e,r){if(e.length!==r)return!1;for(let t=0;t<r;t++)if("0123456789abcdefABCDEF".indexOf(e.charAt(t))===-1)return!1;return!0}
function et(e){return $e(e,64)}
var C,v=": has a field outside the protocol",ne=": must not hold a raw email address (send it hashed in user_data.em)",tt=["event_id","order_id","product_id"],y=(e,r,t)=>typeof e!="string"||!W(e,r)?t+": must be text of 1 to "+r+" characters without control characters":i,q=(e,r)=>typeof e!="number"||e-e!==0?r+": must be a finite number":i;
function oe(e,r,t){var n;return(n=y(e,Te,t))!=null?n:tt.indexOf(r)===-1&&z(e)?t+ne:i}
function ie(e,r){const t=y(e,ye,r);if(t!==i)return t;C===i&&(C=require("parseUrl"));const n=C(e);return!(n!==i&&(n.protocol==="https:"||n.protocol==="http:")&&n.hostname!=="")||n.username!==""||n.password!==""?r+": must be an http(s) URL without credentials":z(R(e))?r+ne:i}
function rt(e){if(e.length===0||e.length>Y)return!1;for(let r=0;r<e.length;r++){const t=e.charAt(r);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"||r>0&&t>="0"&&t<="9"))return!1}return!0}
function T(e,r,t,n,o){if(!h(e))return r+": must be an object";const s=e,a=p(s);for(let c=0;c<a.length;c++){const u=a[c],f=r+"."+u,_=t.indexOf(u)!==-1?oe(s[u],u,f):n.indexOf(u)!==-1?q(s[u],f):o!==i?o(u,s[u]):r+v;if(_!==i)return _}return i}
function nt(e,r){if(!rt(e))return"custom_data: property names are 1 to "+Y+" letters, digits and underscores";const t=typeof r;return t==="number"?q(r,"custom_data.*"):t==="boolean"?i:t==="string"?oe(r,"","custom_data.*"):"custom_data.*: must be a string, a number or a boolean"}
function ot(e){return h(e)&&p(e).length>G?"custom_data: at most "+G+" properties":T(e,"custom_data",V,X,(r,t)=>{if(r!=="line_items")return nt(r,t);if(!E(t)||t.length>K)return"custom_data.line_items: must be an array of at most "+K+" items";for(let n=0;n<t.length;n++){const o=T(t[n],"custom_data.line_items["+n+"]",Oe,Se);if(o!==i)return o}return i})}
function it(e){return T(e,"user_data",[],[],(r,t)=>{if(be.indexOf(r)===-1)return"user_data"+v;if(!E(t)||t.length>j)return"user_data."+r+": must be an array of at most "+j+" hashes";for(let n=0;n<t.length;n++){const o=t[n];if(typeof o!="string"||!et(o))return"user_data."+r+"["+n+"]: must be a SHA-256 hex digest"}return i})}
function st(e){return T(e,"consent",[],[],(r,t)=>g.indexOf(r)===-1?"consent"+v:de.indexOf(t)===-1?"consent."+r+': must be "granted" or "denied"':i)}
function at(e){var r,t;if(!h(e))return"event: must be an object";const n=e,o=p(n);for(let u=0;u<o.length;u++)if(Ae.indexOf(o[u])===-1)return"event"+v;const s=n.click_id,a=n.event_time,c=[(r=y(n.event_name,Ee,"event_name"))!=null?r:We(n.event_name)?i:"event_name: must be letters and underscores",y(n.event_id,ve,"event_id"),a===i?i:(t=q(a,"event_time"))!=null?t:a<0?"event_time: must not be negative":i,n.page_location===i?i:ie(n.page_location,"page_location"),n.page_referrer===i?i:ie(n.page_referrer,"page_referrer"),s===i||typeof s=="string"&&Fe(s,F)?i:"click_id: must be 1 to "+F+" characters of A-Z a-z 0-9 + / - _ =",n.click_id_from_url===i||typeof n.click_id_from_url=="boolean"?i:"click_id_from_url: must be a boolean",n.opt_out_type===i||n.opt_out_type==="LDP"||n.opt_out_type===""?i:'opt_out_type: must be "LDP" or empty',n.custom_data===i?i:ot(n.custom_data),n.user_data===i?i:it(n.user_data),n.consent===i?i:st(n.consent)];for(let u=0;u<c.length;u++)if(c[u]!==i)return c[u];return i}
function ut(e){const r=require("encodeUriComponent")(e);return r===i?i:r.length-2*(r.split("%").length-1)}
function ct(e,r){const t={status:413,error:"body: larger than "+r+" bytes"};if(e.length>r)return t;if(e.length*3<=r)return i;const n=ut(e);return n===i?{status:400,error:"body: must be UTF-8 text"}:n>r?t:i}
function se(e,r,t){if(e.length===0)return{status:400,error:"events: must not be empty"};if(e.length>r)return{status:413,error:"events: at most "+r+" events per request"};for(let n=0;n<e.length;n++){const o=at(e[n]);if(o!==i)return{status:400,error:(e.length>1?"events["+n+"].":"")+o}}return{events:e,asPixel:t}}
function ft(e,r,t){var n;if(e==="GET"){const c=require("getRequestQueryParameter");if(c(w)!==""+k)return{status:400,error:"v: unsupported protocol version"};const u=c(_e);if(typeof u=="string"&&u.length>N)return{status:413,error:"e: longer than "+N+" characters"};const f=typeof u=="string"?require("JSON").parse(u):i;return f===i?{status:400,error:"e: must be JSON"}:se([f],1,!0)}if(e!=="POST")return{status:405,error:"method: use GET or POST"};const o=(n=require("getRequestBody")())!=null?n:"",s=ct(o,t);if(s!==i)return s;const a=m(require("JSON").parse(o));return a===i?{status:400,error:"body: must be a JSON object"}:a[w]!==k?{status:400,error:"v: unsupported protocol version"}:E(a.events)?se(Z(a.events),r,!1):{status:400,error:"events: must be an array"}}
var _t=45;
function lt(e){const r=d(e);if(r===i||r.length>_t||r.indexOf(".")===-1&&r.indexOf(":")===-1)return i;const t=r.toLowerCase();for(let n=0;n<t.length;n++){const o=t.charAt(n);if(!(o>="0"&&o<="9"||o>="a"&&o<="f"||o==="."||o===":"))return i}return r}
var dt=512;
function pt(){const e=d(require("getRequestHeader")("user-agent"));return{ip:lt(require("getRemoteAddress")()),userAgent:e!==i&&W(e,dt)?e:i,now:require("getTimestampMillis")()}}
function gt(e,r){const t=require("setResponseHeader");require("setResponseStatus")(e),t("content-type","application/json; charset=utf-8"),t("x-content-type-options","nosniff"),t("cache-control","no-store"),require("setResponseBody")(require("JSON").stringify({error:r})),require("returnResponse")()}
function ae(e){if(e)require("setPixelResponse")();else{const r=require("setResponseHeader");require("setResponseStatus")(204),r("x-content-type-options","nosniff"),r("cache-control","no-store")}require("returnResponse")()}
var ue="0123456789abcdef";
function mt(e,r){const t=require("sha256Sync"),n=t(e,{outputEncoding:"hex"}),o=t(r,{outputEncoding:"hex"});let s=n.length^o.length;for(let a=0;a<o.length;a++)s=s|ue.indexOf(n.charAt(a))^ue.indexOf(o.charAt(a));return s===0}
function ht(e){const r=d(require("getRequestHeader")(U)),t=d(e);return r===i||t===i?"anonymous":mt(r,t)?"authenticated":"wrong secret"}
var x=(e,r,t)=>{const n=qe(e);return n===i||n<1?r:n>t?t:n};
function O(e,r){require("logToConsole")("[Pinterest client] rejected: "+r),gt(e,r)}
function Et(){var e,r,t,n;const o=xe(data,ze);if(require("getRequestPath")()!==((e=d(o.path))!=null?e:le))return;require("claimRequest")();const s=require("getRequestMethod")(),a=Qe(),c=a===i?i:Je(o.allowedOrigins,a);if(s==="OPTIONS"){if(c===i)return O(403,"origin: not allowed");re(c,!0),ae(!1);return}if(a!==i&&s==="POST"&&c===i)return O(403,"origin: not allowed");c!==i&&re(c,!1);const u=s==="POST"?ht(o.sharedSecret):"anonymous";if(u==="wrong secret")return O(403,U+": does not match");const f=x(o.maxEvents,M,M),_=u==="authenticated"||f<H?f:H,l=ft(s,_,x(o.maxBodyBytes,P,P));if(l.events===i)return O((r=l.status)!=null?r:400,(t=l.error)!=null?t:"request: invalid");const S=l.events,ce=pt();o.setClickIdCookie!==!1&&Be(S,ce.now,x(o.cookieMaxAgeDays,Ye,400),(n=d(o.cookieDomain))!=null?n:"auto");let fe=S.length;for(let D=0;D<S.length;D++)require("runContainer")(Ge(S[D],ce),()=>{fe--,fe===0&&ae(l.asPixel===!0)})}
Et()


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
          "key": "writeHeaderWhitelist",
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


