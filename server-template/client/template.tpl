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

var i,M=1,P="v",le="e",de="/pinterest/events",U=8e3,H=100,F=512e3,j=5,K="x-pinterest-gtm-secret",m=["ad_storage","ad_user_data"],pe=["granted","denied"],me="consent_state",ge="x-pinterest-gtm-source",he="client",Ee="x-pinterest-custom-",ye=100,ve=256,Te=2048,Y=512,Oe=500,V=200,X=50,G=64,B=10,z=["currency","order_id","search_query","lead_type","video_title","promo_code"],J=["value","order_quantity"],be=["product_id","product_name","product_category","product_variant","product_brand"],Se=["product_price","product_quantity","product_discount"],Ie=["em","external_id","st","country"],Ae=["event_name","event_id","event_time","page_location","page_referrer","click_id","click_id_from_url","custom_data","user_data","opt_out_type","consent"],g="0123456789",h="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",A=(e,t)=>e!==""&&t.indexOf(e)!==-1;
function y(e,t){for(let r=0;r<e.length;r++)if(t.indexOf(e.charAt(r))===-1)return!1;return!0}
var Ce=e=>e>""||A(e,h+g+"._%+-'"),qe=e=>e>""||A(e,h+g+".-");
function Le(e,t){let r=t;for(;r<e.length&&qe(e.charAt(r));)r++;for(;r>t&&e.charAt(r-1)===".";)r--;const n=e.lastIndexOf(".",r-1);if(n<=t||r-n<3)return!1;for(let o=n+1;o<r;o++)if(e.charAt(o)<=""&&!A(e.charAt(o),h))return!1;return!0}
function Q(e){const t=e.split("%40").join("@");for(let r=t.indexOf("@");r!==-1;r=t.indexOf("@",r+1))if(r>0&&Ce(t.charAt(r-1))&&Le(t,r+1))return!0;return!1}
var C;
function q(e){return C===i&&(C=require("getType")),C(e)}
var Z=e=>e-e===0;
function d(e){const t=typeof e,r=t==="string"?e.trim():t==="boolean"||t==="number"&&Z(e)?""+e:"";return r===""?i:r}
function De(e){const r=(e.charAt(0)==="-"?e.slice(1):e).split(".");return r.length<3&&r.join("")!==""&&y(r.join(""),g)}
function L(e){const t=typeof e=="number"?e:typeof e=="string"&&De(e.trim())?+e:i;return t!==i&&Z(t)?t:i}
function Re(e){const t=L(e);if(t===i)return i;const r=t-t%1;return r===0?t*0:r}
function E(e){return v(e)?e:i}
function W(e){return typeof e=="object"&&e!==null&&q(e)==="array"?e:[]}
function v(e){return typeof e=="object"&&e!==null&&q(e)==="object"}
function D(e){return typeof e=="object"&&e!==null&&q(e)==="array"}
function p(e){const t=[];for(const r in e)t.push(r);return t}
function ke(e,t){const r={},n=e;for(const o in n)r[o]=n[o];for(const o in t)(r[o]===i||r[o]===null)&&(r[o]=t[o]);return r}
function xe(e,t){let r=0;for(let n=0;n<e.length;n++){const o=e.charAt(n);if(o<" "||o===""||o>="\uDC00"&&o<="\uDFFF")return-1;if(o>="\uD800"&&o<="\uDBFF"){const s=e.charAt(++n);if(s<"\uDC00"||s>"\uDFFF")return-1}if(++r>t)return r}return r}
function $(e,t){const r=xe(e,t);return r>=1&&r<=t}
function we(e,t){return e.length>0&&e.length<=t&&y(e,h+g+"+/-_=")}
function R(e){const t=e.indexOf("?"),r=e.indexOf("#"),n=t===-1?r:r===-1||t<r?t:r;return n===-1?e:e.slice(0,n)}
var ee={value:"value",currency:"currency",order_id:"transaction_id",search_query:"search_term",promo_code:"coupon",lead_type:"lead_type",video_title:"video_title"};
function Ne(e){var t;const r=[],n=W(e);for(let o=0;o<n.length;o++){const s=(t=E(n[o]))!=null?t:{},a={};s.product_id!==i&&(a.item_id=s.product_id),s.product_name!==i&&(a.item_name=s.product_name),s.product_category!==i&&(a.item_category=s.product_category),s.product_variant!==i&&(a.item_variant=s.product_variant),s.product_brand!==i&&(a.item_brand=s.product_brand),s.product_price!==i&&(a.price=s.product_price),s.product_quantity!==i&&(a.quantity=s.product_quantity),s.product_discount!==i&&(a.discount=s.product_discount),r.push(a)}return r}
function Me(e,t){var r,n;const o={event_name:e.event_name,event_id:e.event_id};e.event_time!==i&&(o.event_time=e.event_time>t.now?t.now:e.event_time),e.page_location!==i&&(o.page_location=R(e.page_location)),e.page_referrer!==i&&(o.page_referrer=R(e.page_referrer)),t.ip!==i&&(o.ip_override=t.ip),t.userAgent!==i&&(o.user_agent=t.userAgent),e.click_id!==i&&(o.click_id=e.click_id),e.opt_out_type==="LDP"&&(o.opt_out_type="LDP");const s=(r=E(e.custom_data))!=null?r:{},a=p(s);for(let _=0;_<a.length;_++){const l=a[_];l==="line_items"?o.items=Ne(s.line_items):ee.hasOwnProperty(l)?o[ee[l]]=s[l]:J.indexOf(l)===-1&&z.indexOf(l)===-1&&(o[Ee+l]=s[l])}const c=E(e.user_data);c!==i&&p(c).length>0&&(o.user_data=c);const u=(n=E(e.consent))!=null?n:{},f={};for(let _=0;_<m.length;_++)u[m[_]]!==i&&(f[m[_]]=u[m[_]]);return p(f).length>0&&(o[me]=f),o[ge]=he,o}
var Pe=365,te="_epik",re="_pin_gtm_epik_ts",Ue=(e,t)=>e>t?t:e;
function He(e,t){var r;let n;for(let o=0;o<e.length;o++){const s=e[o];if(s.click_id_from_url!==!0||s.click_id===i||s.consent!==i&&s.consent.ad_storage==="denied")continue;const a=Ue((r=L(s.event_time))!=null?r:t,t);(n===i||a>=n.time)&&(n={value:s.click_id,time:a})}return n}
function Fe(e){const t=d(e);if(t===i||t.length>253)return"auto";const r=t.toLowerCase();for(let n=0;n<r.length;n++){const o=r.charAt(n);if(!(o>="a"&&o<="z"||o>="0"&&o<="9"||o==="."||o==="-"))return"auto"}return r}
function je(e,t,r,n){const o=He(e,t);if(o===i)return!1;const s=require("getCookieValues"),a=L(s(re)[0]),c=a===i||a>t?i:a;if(c!==i&&c>o.time||d(s(te)[0])===o.value&&c!==i)return!1;const u={domain:Fe(n),path:"/","max-age":r*86400,secure:!0,sameSite:"Lax",httpOnly:!1},f=require("setCookie");return f(te,o.value,u),f(re,""+o.time,u),!0}
var Ke={path:"/pinterest/events",maxEvents:"100",maxBodyBytes:"512000",setClickIdCookie:!0,cookieMaxAgeDays:"365",cookieDomain:"auto"};
function Ye(e,t){var r;const n=((r=d(e))!=null?r:"").split(",");for(let o=0;o<n.length;o++){const s=n[o].trim();if(Ve(s)&&s.toLowerCase()===t.toLowerCase())return s}return i}
function Ve(e){const t=e.toLowerCase(),r=t.indexOf("https://")===0?t.slice(8):t.indexOf("http://")===0?t.slice(7):"";if(r===""||r.length>253)return!1;for(let n=0;n<r.length;n++){const o=r.charAt(n);if(!(o>="a"&&o<="z"||o>="0"&&o<="9"||o==="."||o==="-"||o===":"))return!1}return!0}
function Xe(){return d(require("getRequestHeader")("origin"))}
function ne(e,t){const r=require("setResponseHeader");r("access-control-allow-origin",e),r("vary","Origin"),t&&(r("access-control-allow-methods","GET, POST, OPTIONS"),r("access-control-allow-headers","content-type"),r("access-control-max-age","86400"))}
function Ge(e){return e!==""&&e.length<=100&&y(e,h+"_")}
function Be(e,t){return e.length===t&&y(e,g+"abcdefABCDEF")}
function ze(e){return Be(e,64)}
var k,T=": has a field outside the protocol",oe=": must not hold a raw email address (send it hashed in user_data.em)",Je=["event_id","order_id","product_id"],O=(e,t,r)=>typeof e!="string"||!$(e,t)?r+": must be text of 1 to "+t+" characters without control characters":i,x=(e,t)=>typeof e!="number"||e-e!==0?t+": must be a finite number":i;
function ie(e,t,r){var n;return(n=O(e,Oe,r))!=null?n:Je.indexOf(t)===-1&&Q(e)?r+oe:i}
function se(e,t){const r=O(e,Te,t);if(r!==i)return r;k===i&&(k=require("parseUrl"));const n=k(e);return!(n!==i&&(n.protocol==="https:"||n.protocol==="http:")&&n.hostname!=="")||n.username!==""||n.password!==""?t+": must be an http(s) URL without credentials":Q(R(e))?t+oe:i}
function Qe(e){if(e.length===0||e.length>G)return!1;for(let t=0;t<e.length;t++){const r=e.charAt(t);if(!(r>="a"&&r<="z"||r>="A"&&r<="Z"||r==="_"||t>0&&r>="0"&&r<="9"))return!1}return!0}
function b(e,t,r,n,o){if(!v(e))return t+": must be an object";const s=e,a=p(s);for(let c=0;c<a.length;c++){const u=a[c],f=t+"."+u,_=r.indexOf(u)!==-1?ie(s[u],u,f):n.indexOf(u)!==-1?x(s[u],f):o!==i?o(u,s[u]):t+T;if(_!==i)return _}return i}
function Ze(e,t){if(!Qe(e))return"custom_data: property names are 1 to "+G+" letters, digits and underscores";const r=typeof t;return r==="number"?x(t,"custom_data.*"):r==="boolean"?i:r==="string"?ie(t,"","custom_data.*"):"custom_data.*: must be a string, a number or a boolean"}
function We(e){return v(e)&&p(e).length>X?"custom_data: at most "+X+" properties":b(e,"custom_data",z,J,(t,r)=>{if(t!=="line_items")return Ze(t,r);if(!D(r)||r.length>V)return"custom_data.line_items: must be an array of at most "+V+" items";for(let n=0;n<r.length;n++){const o=b(r[n],"custom_data.line_items["+n+"]",be,Se);if(o!==i)return o}return i})}
function $e(e){return b(e,"user_data",[],[],(t,r)=>{if(Ie.indexOf(t)===-1)return"user_data"+T;if(!D(r)||r.length>B)return"user_data."+t+": must be an array of at most "+B+" hashes";for(let n=0;n<r.length;n++){const o=r[n];if(typeof o!="string"||!ze(o))return"user_data."+t+"["+n+"]: must be a SHA-256 hex digest"}return i})}
function et(e){return b(e,"consent",[],[],(t,r)=>m.indexOf(t)===-1?"consent"+T:pe.indexOf(r)===-1?"consent."+t+': must be "granted" or "denied"':i)}
function tt(e){var t,r;if(!v(e))return"event: must be an object";const n=e,o=p(n);for(let u=0;u<o.length;u++)if(Ae.indexOf(o[u])===-1)return"event"+T;const s=n.click_id,a=n.event_time,c=[(t=O(n.event_name,ye,"event_name"))!=null?t:Ge(n.event_name)?i:"event_name: must be letters and underscores",O(n.event_id,ve,"event_id"),a===i?i:(r=x(a,"event_time"))!=null?r:a<0?"event_time: must not be negative":i,n.page_location===i?i:se(n.page_location,"page_location"),n.page_referrer===i?i:se(n.page_referrer,"page_referrer"),s===i||typeof s=="string"&&we(s,Y)?i:"click_id: must be 1 to "+Y+" characters of A-Z a-z 0-9 + / - _ =",n.click_id_from_url===i||typeof n.click_id_from_url=="boolean"?i:"click_id_from_url: must be a boolean",n.opt_out_type===i||n.opt_out_type==="LDP"||n.opt_out_type===""?i:'opt_out_type: must be "LDP" or empty',n.custom_data===i?i:We(n.custom_data),n.user_data===i?i:$e(n.user_data),n.consent===i?i:et(n.consent)];for(let u=0;u<c.length;u++)if(c[u]!==i)return c[u];return i}
function rt(e){const t=require("encodeUriComponent")(e);return t===i?i:t.length-2*(t.split("%").length-1)}
function nt(e,t){const r={status:413,error:"body: larger than "+t+" bytes"};if(e.length>t)return r;if(e.length*3<=t)return i;const n=rt(e);return n===i?{status:400,error:"body: must be UTF-8 text"}:n>t?r:i}
function ae(e,t,r){if(e.length===0)return{status:400,error:"events: must not be empty"};if(e.length>t)return{status:413,error:"events: at most "+t+" events per request"};for(let n=0;n<e.length;n++){const o=tt(e[n]);if(o!==i)return{status:400,error:(e.length>1?"events["+n+"].":"")+o}}return{events:e,asPixel:r}}
function ot(e,t,r){var n;if(e==="GET"){const c=require("getRequestQueryParameter");if(c(P)!==""+M)return{status:400,error:"v: unsupported protocol version"};const u=c(le);if(typeof u=="string"&&u.length>U)return{status:413,error:"e: longer than "+U+" characters"};const f=typeof u=="string"?require("JSON").parse(u):i;return f===i?{status:400,error:"e: must be JSON"}:ae([f],1,!0)}if(e!=="POST")return{status:405,error:"method: use GET or POST"};const o=(n=require("getRequestBody")())!=null?n:"",s=nt(o,r);if(s!==i)return s;const a=E(require("JSON").parse(o));return a===i?{status:400,error:"body: must be a JSON object"}:a[P]!==M?{status:400,error:"v: unsupported protocol version"}:D(a.events)?ae(W(a.events),t,!1):{status:400,error:"events: must be an array"}}
var it=45;
function st(e){const t=d(e);if(t===i||t.length>it||t.indexOf(".")===-1&&t.indexOf(":")===-1)return i;const r=t.toLowerCase();for(let n=0;n<r.length;n++){const o=r.charAt(n);if(!(o>="0"&&o<="9"||o>="a"&&o<="f"||o==="."||o===":"))return i}return t}
var at=512;
function ut(){const e=d(require("getRequestHeader")("user-agent"));return{ip:st(require("getRemoteAddress")()),userAgent:e!==i&&$(e,at)?e:i,now:require("getTimestampMillis")()}}
function ct(e,t){const r=require("setResponseHeader");require("setResponseStatus")(e),r("content-type","application/json; charset=utf-8"),r("x-content-type-options","nosniff"),r("cache-control","no-store"),require("setResponseBody")(require("JSON").stringify({error:t})),require("returnResponse")()}
function ue(e){if(e)require("setPixelResponse")();else{const t=require("setResponseHeader");require("setResponseStatus")(204),t("x-content-type-options","nosniff"),t("cache-control","no-store")}require("returnResponse")()}
var ce="0123456789abcdef";
function ft(e,t){const r=require("sha256Sync"),n=r(e,{outputEncoding:"hex"}),o=r(t,{outputEncoding:"hex"});let s=n.length^o.length;for(let a=0;a<o.length;a++)s=s|ce.indexOf(n.charAt(a))^ce.indexOf(o.charAt(a));return s===0}
function _t(e){const t=d(require("getRequestHeader")(K)),r=d(e);return t===i||r===i?"anonymous":ft(t,r)?"authenticated":"wrong secret"}
var w=(e,t,r)=>{const n=Re(e);return n===i||n<1?t:n>r?r:n};
function S(e,t){require("logToConsole")("[Pinterest client] rejected: "+t),ct(e,t)}
function lt(){var e,t,r,n;const o=ke(data,Ke);if(require("getRequestPath")()!==((e=d(o.path))!=null?e:de))return;require("claimRequest")();const s=require("getRequestMethod")(),a=Xe(),c=a===i?i:Ye(o.allowedOrigins,a);if(s==="OPTIONS"){if(c===i)return S(403,"origin: not allowed");ne(c,!0),ue(!1);return}if(a!==i&&s==="POST"&&c===i)return S(403,"origin: not allowed");c!==i&&ne(c,!1);const u=s==="POST"?_t(o.sharedSecret):"anonymous";if(u==="wrong secret")return S(403,K+": does not match");const f=w(o.maxEvents,H,H),_=u==="authenticated"||f<j?f:j,l=ot(s,_,w(o.maxBodyBytes,F,F));if(l.events===i)return S((t=l.status)!=null?t:400,(r=l.error)!=null?r:"request: invalid");const I=l.events,fe=ut();o.setClickIdCookie!==!1&&je(I,fe.now,w(o.cookieMaxAgeDays,Pe,400),(n=d(o.cookieDomain))!=null?n:"auto");let _e=I.length;for(let N=0;N<I.length;N++)require("runContainer")(Me(I[N],fe),()=>{_e--,_e===0&&ue(l.asPixel===!0)})}
lt()


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


