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

var o,M=1,P="v",_e="e",de="/pinterest/events",U=8e3,H=100,F=512e3,j=5,K="x-pinterest-gtm-secret",m=["ad_storage","ad_user_data"],pe=["granted","denied"],me="consent_state",ge="x-pinterest-gtm-source",he="client",Ee="x-pinterest-custom-",ye=100,ve=256,Te=2048,Y=512,Oe=500,V=200,X=50,G=64,B=10,z=["currency","order_id","search_query","lead_type","video_title","promo_code"],J=["value","order_quantity"],be=["product_id","product_name","product_category","product_variant","product_brand"],Se=["product_price","product_quantity","product_discount"],Ie=["em","external_id","st","country"],Ae=["event_name","event_id","event_time","page_location","page_referrer","click_id","click_id_from_url","custom_data","user_data","opt_out_type","consent"],g="0123456789",h="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",A=(e,t)=>e!==""&&t.indexOf(e)!==-1;
function y(e,t){for(let r=0;r<e.length;r++)if(t.indexOf(e.charAt(r))===-1)return!1;return!0}
var Ce=e=>e>""||A(e,h+g+"._%+-'"),qe=e=>e>""||A(e,h+g+".-");
function Le(e,t){let r=t;for(;r<e.length&&qe(e.charAt(r));)r++;for(;r>t&&e.charAt(r-1)===".";)r--;let n=e.lastIndexOf(".",r-1);if(n<=t||r-n<3)return!1;for(let i=n+1;i<r;i++)if(e.charAt(i)<=""&&!A(e.charAt(i),h))return!1;return!0}
function Q(e){let t=e.split("%40").join("@");for(let r=t.indexOf("@");r!==-1;r=t.indexOf("@",r+1))if(r>0&&Ce(t.charAt(r-1))&&Le(t,r+1))return!0;return!1}
var C;
function q(e){return C=C||require("getType"),C(e)}
var Z=e=>e-e===0;
function d(e){let t=typeof e;return(t==="string"?e.trim():t==="boolean"||t==="number"&&Z(e)?""+e:"")||o}
function De(e){let r=(e.charAt(0)==="-"?e.slice(1):e).split(".");return r.length<3&&r.join("")!==""&&y(r.join(""),g)}
function L(e){let t=typeof e=="number"?e:typeof e=="string"&&De(e.trim())?+e:o;return t!==o&&Z(t)?t:o}
function xe(e){let t=L(e);if(t===o)return o;let r=t-t%1;return r===0?t*0:r}
function E(e){return v(e)?e:o}
function W(e){return typeof e=="object"&&e!==null&&q(e)==="array"?e:[]}
function v(e){return typeof e=="object"&&e!==null&&q(e)==="object"}
function D(e){return typeof e=="object"&&e!==null&&q(e)==="array"}
function p(e){let t=[];for(let r in e)t.push(r);return t}
function Re(e,t){let r={},n=e;for(let i in n)r[i]=n[i];for(let i in t)(r[i]===o||r[i]===null)&&(r[i]=t[i]);return r}
function ke(e,t){let r=0;for(let n=0;n<e.length;n++){let i=e.charAt(n);if(i<" "||i===""||i>="\uDC00"&&i<="\uDFFF")return-1;if(i>="\uD800"&&i<="\uDBFF"){let a=e.charAt(++n);if(a<"\uDC00"||a>"\uDFFF")return-1}if(++r>t)return r}return r}
function $(e,t){let r=ke(e,t);return r>=1&&r<=t}
function we(e,t){return e.length>0&&e.length<=t&&y(e,h+g+"+/-_=")}
function x(e){let t=e.indexOf("?"),r=e.indexOf("#"),n=t===-1?r:r===-1||t<r?t:r;return n===-1?e:e.slice(0,n)}
var ee={value:"value",currency:"currency",order_id:"transaction_id",search_query:"search_term",promo_code:"coupon",lead_type:"lead_type",video_title:"video_title"};
function Ne(e){var t;let r=[],n=W(e);for(let i=0;i<n.length;i++){let a=(t=E(n[i]))!=null?t:{},u={};a.product_id!==o&&(u.item_id=a.product_id),a.product_name!==o&&(u.item_name=a.product_name),a.product_category!==o&&(u.item_category=a.product_category),a.product_variant!==o&&(u.item_variant=a.product_variant),a.product_brand!==o&&(u.item_brand=a.product_brand),a.product_price!==o&&(u.price=a.product_price),a.product_quantity!==o&&(u.quantity=a.product_quantity),a.product_discount!==o&&(u.discount=a.product_discount),r.push(u)}return r}
function Me(e,t){var r,n;let i={event_name:e.event_name,event_id:e.event_id};e.event_time!==o&&(i.event_time=e.event_time>t.now?t.now:e.event_time),e.page_location!==o&&(i.page_location=x(e.page_location)),e.page_referrer!==o&&(i.page_referrer=x(e.page_referrer)),t.ip!==o&&(i.ip_override=t.ip),t.userAgent!==o&&(i.user_agent=t.userAgent),e.click_id!==o&&(i.click_id=e.click_id),e.opt_out_type==="LDP"&&(i.opt_out_type="LDP");let a=(r=E(e.custom_data))!=null?r:{},u=p(a);for(let f=0;f<u.length;f++){let _=u[f];_==="line_items"?i.items=Ne(a.line_items):ee.hasOwnProperty(_)?i[ee[_]]=a[_]:J.indexOf(_)===-1&&z.indexOf(_)===-1&&(i[Ee+_]=a[_])}let l=E(e.user_data);l!==o&&p(l).length>0&&(i.user_data=l);let s=(n=E(e.consent))!=null?n:{},c={};for(let f=0;f<m.length;f++)s[m[f]]!==o&&(c[m[f]]=s[m[f]]);return p(c).length>0&&(i[me]=c),i[ge]=he,i}
var Pe=365,te="_epik",re="_pin_gtm_epik_ts",Ue=(e,t)=>e>t?t:e;
function He(e,t){var r;let n;for(let i=0;i<e.length;i++){let a=e[i];if(a.click_id_from_url!==!0||a.click_id===o||a.consent!==o&&a.consent.ad_storage==="denied")continue;let u=Ue((r=L(a.event_time))!=null?r:t,t);(n===o||u>=n.time)&&(n={value:a.click_id,time:u})}return n}
function Fe(e){let t=d(e);if(t===o||t.length>253)return"auto";let r=t.toLowerCase();for(let n=0;n<r.length;n++){let i=r.charAt(n);if(!(i>="a"&&i<="z"||i>="0"&&i<="9"||i==="."||i==="-"))return"auto"}return r}
function je(e,t,r,n){let i=He(e,t);if(i===o)return!1;let a=require("getCookieValues"),u=L(a(re)[0]),l=u===o||u>t?o:u;if(l!==o&&l>i.time||d(a(te)[0])===i.value&&l!==o)return!1;let s={domain:Fe(n),path:"/","max-age":r*86400,secure:!0,sameSite:"Lax",httpOnly:!1},c=require("setCookie");return c(te,i.value,s),c(re,""+i.time,s),!0}
var Ke={path:"/pinterest/events",maxEvents:"100",maxBodyBytes:"512000",setClickIdCookie:!0,cookieMaxAgeDays:"365",cookieDomain:"auto"};
function Ye(e,t){var r;let n=((r=d(e))!=null?r:"").split(",");for(let i=0;i<n.length;i++){let a=n[i].trim();if(Ve(a)&&a.toLowerCase()===t.toLowerCase())return a}return o}
function Ve(e){let t=e.toLowerCase(),r=t.indexOf("https://")===0?t.slice(8):t.indexOf("http://")===0?t.slice(7):"";if(r===""||r.length>253)return!1;for(let n=0;n<r.length;n++){let i=r.charAt(n);if(!(i>="a"&&i<="z"||i>="0"&&i<="9"||i==="."||i==="-"||i===":"))return!1}return!0}
function Xe(){return d(require("getRequestHeader")("origin"))}
function ne(e,t){let r=require("setResponseHeader");r("access-control-allow-origin",e),r("vary","Origin"),t&&(r("access-control-allow-methods","GET, POST, OPTIONS"),r("access-control-allow-headers","content-type"),r("access-control-max-age","86400"))}
function Ge(e){return e!==""&&e.length<=100&&y(e,h+"_")}
function Be(e,t){return e.length===t&&y(e,g+"abcdefABCDEF")}
function ze(e){return Be(e,64)}
var R,T=": has a field outside the protocol",ie=": must not hold a raw email address (send it hashed in user_data.em)",Je=["event_id","order_id","product_id"],O=(e,t,r)=>typeof e!="string"||!$(e,t)?r+": must be text of 1 to "+t+" characters without control characters":o,k=(e,t)=>typeof e!="number"||e-e!==0?t+": must be a finite number":o;
function oe(e,t,r){var n;return(n=O(e,Oe,r))!=null?n:Je.indexOf(t)===-1&&Q(e)?r+ie:o}
function ae(e,t){let r=O(e,Te,t);if(r!==o)return r;R===o&&(R=require("parseUrl"));let n=R(e);return!(n!==o&&(n.protocol==="https:"||n.protocol==="http:")&&n.hostname!=="")||n.username!==""||n.password!==""?t+": must be an http(s) URL without credentials":Q(x(e))?t+ie:o}
function Qe(e){if(e.length===0||e.length>G)return!1;for(let t=0;t<e.length;t++){let r=e.charAt(t);if(!(r>="a"&&r<="z"||r>="A"&&r<="Z"||r==="_"||t>0&&r>="0"&&r<="9"))return!1}return!0}
function b(e,t,r,n,i){if(!v(e))return t+": must be an object";let a=e,u=p(a);for(let l=0;l<u.length;l++){let s=u[l],c=t+"."+s,f=r.indexOf(s)!==-1?oe(a[s],s,c):n.indexOf(s)!==-1?k(a[s],c):i!==o?i(s,a[s]):t+T;if(f!==o)return f}return o}
function Ze(e,t){if(!Qe(e))return"custom_data: property names are 1 to "+G+" letters, digits and underscores";let r=typeof t;return r==="number"?k(t,"custom_data.*"):r==="boolean"?o:r==="string"?oe(t,"","custom_data.*"):"custom_data.*: must be a string, a number or a boolean"}
function We(e){return v(e)&&p(e).length>X?"custom_data: at most "+X+" properties":b(e,"custom_data",z,J,(t,r)=>{if(t!=="line_items")return Ze(t,r);if(!D(r)||r.length>V)return"custom_data.line_items: must be an array of at most "+V+" items";for(let n=0;n<r.length;n++){let i=b(r[n],"custom_data.line_items["+n+"]",be,Se);if(i!==o)return i}return o})}
function $e(e){return b(e,"user_data",[],[],(t,r)=>{if(Ie.indexOf(t)===-1)return"user_data"+T;if(!D(r)||r.length>B)return"user_data."+t+": must be an array of at most "+B+" hashes";for(let n=0;n<r.length;n++){let i=r[n];if(typeof i!="string"||!ze(i))return"user_data."+t+"["+n+"]: must be a SHA-256 hex digest"}return o})}
function et(e){return b(e,"consent",[],[],(t,r)=>m.indexOf(t)===-1?"consent"+T:pe.indexOf(r)===-1?"consent."+t+': must be "granted" or "denied"':o)}
function tt(e){var t,r;if(!v(e))return"event: must be an object";let n=e,i=p(n);for(let s=0;s<i.length;s++)if(Ae.indexOf(i[s])===-1)return"event"+T;let a=n.click_id,u=n.event_time,l=[(t=O(n.event_name,ye,"event_name"))!=null?t:Ge(n.event_name)?o:"event_name: must be letters and underscores",O(n.event_id,ve,"event_id"),u===o?o:(r=k(u,"event_time"))!=null?r:u<0?"event_time: must not be negative":o,n.page_location===o?o:ae(n.page_location,"page_location"),n.page_referrer===o?o:ae(n.page_referrer,"page_referrer"),a===o||typeof a=="string"&&we(a,Y)?o:"click_id: must be 1 to "+Y+" characters of A-Z a-z 0-9 + / - _ =",n.click_id_from_url===o||typeof n.click_id_from_url=="boolean"?o:"click_id_from_url: must be a boolean",n.opt_out_type===o||n.opt_out_type==="LDP"||n.opt_out_type===""?o:'opt_out_type: must be "LDP" or empty',n.custom_data===o?o:We(n.custom_data),n.user_data===o?o:$e(n.user_data),n.consent===o?o:et(n.consent)];for(let s=0;s<l.length;s++)if(l[s]!==o)return l[s];return o}
function rt(e){let t=require("encodeUriComponent")(e);return t===o?o:t.length-2*(t.split("%").length-1)}
function nt(e,t){let r={status:413,error:"body: larger than "+t+" bytes"};if(e.length>t)return r;if(e.length*3<=t)return o;let n=rt(e);return n===o?{status:400,error:"body: must be UTF-8 text"}:n>t?r:o}
function ue(e,t,r){if(e.length===0)return{status:400,error:"events: must not be empty"};if(e.length>t)return{status:413,error:"events: at most "+t+" events per request"};for(let n=0;n<e.length;n++){let i=tt(e[n]);if(i!==o)return{status:400,error:(e.length>1?"events["+n+"].":"")+i}}return{events:e,asPixel:r}}
function it(e,t,r){var n;if(e==="GET"){let l=require("getRequestQueryParameter");if(l(P)!==""+M)return{status:400,error:"v: unsupported protocol version"};let s=l(_e);if(typeof s=="string"&&s.length>U)return{status:413,error:"e: longer than "+U+" characters"};let c=typeof s=="string"?require("JSON").parse(s):o;return c===o?{status:400,error:"e: must be JSON"}:ue([c],1,!0)}if(e!=="POST")return{status:405,error:"method: use GET or POST"};let i=(n=require("getRequestBody")())!=null?n:"",a=nt(i,r);if(a!==o)return a;let u=E(require("JSON").parse(i));return u===o?{status:400,error:"body: must be a JSON object"}:u[P]!==M?{status:400,error:"v: unsupported protocol version"}:D(u.events)?ue(W(u.events),t,!1):{status:400,error:"events: must be an array"}}
var ot=45;
function at(e){let t=d(e);if(t===o||t.length>ot||t.indexOf(".")===-1&&t.indexOf(":")===-1)return o;let r=t.toLowerCase();for(let n=0;n<r.length;n++){let i=r.charAt(n);if(!(i>="0"&&i<="9"||i>="a"&&i<="f"||i==="."||i===":"))return o}return t}
var ut=512;
function st(){let e=d(require("getRequestHeader")("user-agent"));return{ip:at(require("getRemoteAddress")()),userAgent:e!==o&&$(e,ut)?e:o,now:require("getTimestampMillis")()}}
function lt(e,t){let r=require("setResponseHeader");require("setResponseStatus")(e),r("content-type","application/json; charset=utf-8"),r("x-content-type-options","nosniff"),r("cache-control","no-store"),require("setResponseBody")(require("JSON").stringify({error:t})),require("returnResponse")()}
function se(e){if(e)require("setPixelResponse")();else{let t=require("setResponseHeader");require("setResponseStatus")(204),t("x-content-type-options","nosniff"),t("cache-control","no-store")}require("returnResponse")()}
var le="0123456789abcdef";
function ct(e,t){let r=require("sha256Sync"),n=r(e,{outputEncoding:"hex"}),i=r(t,{outputEncoding:"hex"}),a=n.length^i.length;for(let u=0;u<i.length;u++)a=a|le.indexOf(n.charAt(u))^le.indexOf(i.charAt(u));return a===0}
function ft(e){let t=d(require("getRequestHeader")(K)),r=d(e);return t===o||r===o?"anonymous":ct(t,r)?"authenticated":"wrong secret"}
var w=(e,t,r)=>{let n=xe(e);return n===o||n<1?t:n>r?r:n};
function S(e,t){require("logToConsole")("[Pinterest client] rejected: "+t),lt(e,t)}
function _t(){var e,t,r,n;let i=Re(data,Ke);if(require("getRequestPath")()!==((e=d(i.path))!=null?e:de))return;require("claimRequest")();let a=require("getRequestMethod")(),u=Xe(),l=u===o?o:Ye(i.allowedOrigins,u);if(a==="OPTIONS"){if(l===o)return S(403,"origin: not allowed");ne(l,!0),se(!1);return}if(u!==o&&a==="POST"&&l===o)return S(403,"origin: not allowed");l!==o&&ne(l,!1);let s=a==="POST"?ft(i.sharedSecret):"anonymous";if(s==="wrong secret")return S(403,K+": does not match");let c=w(i.maxEvents,H,H),f=s==="authenticated"||c<j?c:j,_=it(a,f,w(i.maxBodyBytes,F,F));if(_.events===o)return S((t=_.status)!=null?t:400,(r=_.error)!=null?r:"request: invalid");let I=_.events,ce=st();i.setClickIdCookie!==!1&&je(I,ce.now,w(i.cookieMaxAgeDays,Pe,400),(n=d(i.cookieDomain))!=null?n:"auto");let fe=I.length;for(let N=0;N<I.length;N++)require("runContainer")(Me(I[N],ce),()=>{fe--,fe===0&&se(_.asPixel===!0)})}
_t()


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


