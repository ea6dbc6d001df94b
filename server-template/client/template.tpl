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
    "help": "Comma-separated origins allowed to POST from a browser, e.g. https://shop.example; a request carrying another Origin is refused. The web tag\u0027s image requests and server-to-server POSTs need no CORS. While Site hosts is empty, these origins\u0027 hosts are the site\u0027s hosts. \u003ca href\u003d\"https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS\"\u003eCORS\u003c/a\u003e"
  },
  {
    "type": "TEXT",
    "name": "siteHosts",
    "displayName": "Site hosts",
    "simpleValueType": true,
    "help": "Comma-separated host names of your site\u0027s pages, e.g. shop.example (each also covers its subdomains). The web tag\u0027s image requests must come from them: a request the browser marks cross-site, or whose page or Referer is on another host, is refused, so other websites cannot send events through their visitors\u0027 browsers. Empty: the hosts of the allowed origins, or else the registrable domain of this server container (sgtm.shop.example serves shop.example). \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md#requests-from-other-sites\"\u003eRequests from other sites\u003c/a\u003e"
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
    "type": "TEXT",
    "name": "trustedProxyHops",
    "displayName": "Trusted proxy hops",
    "simpleValueType": true,
    "defaultValue": "1",
    "help": "How many X-Forwarded-For entries, counted from the right, your own proxies append: the visitor\u0027s IP address is the leftmost of them, never an entry the caller wrote. 1 for Cloud Run (Google\u0027s front end appends the visitor\u0027s address), 2 behind Google\u0027s external Application Load Balancer (it appends the visitor\u0027s and its own address). At most 10. Private and reserved addresses are never sent. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/event-protocol.md#client-address\"\u003eClient address\u003c/a\u003e",
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

var o,P=1,D="v",ie="e",k=8e3,x=100,w=512e3,H=5,M="x-pinterest-gtm-secret",oe="x-pinterest-gtm-source",se="client",ue="x-pinterest-custom-",le=100,ae=256,ce=2048,N=512,F=500,fe=200,U=50,j=64,de=10,ge="event_name:n> event_id:i> event_time:m> page_location:u> page_referrer:u> click_id:k> click_id_from_url:b> custom_data:C> user_data:U> opt_out_type:o> consent:S>consent_state|value:f> order_quantity:f currency:t> order_id:d>transaction_id search_query:t>search_term promo_code:t>coupon lead_type:t> video_title:t> line_items:L>items|product_id:d>item_id product_name:t>item_name product_category:t>item_category product_variant:t>item_variant product_brand:t>item_brand product_price:f>price product_quantity:f>quantity product_discount:f>discount|em:h external_id:h st:h country:h|ad_storage:g ad_user_data:g",y="0123456789",m="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",q=(e,r)=>e!==""&&r.indexOf(e)!==-1;
function T(e,r){for(let t=0;t<e.length;t++)if(r.indexOf(e.charAt(t))===-1)return!1;return!0}
var _e=e=>e>""||q(e,m+y+"._%+-'"),he=e=>e>""||q(e,m+y+".-");
function pe(e,r){let t=r;for(;t<e.length&&he(e.charAt(t));)t++;for(;t>r&&e.charAt(t-1)===".";)t--;let n=e.lastIndexOf(".",t-1);if(n<=r||t-n<3)return!1;for(let i=n+1;i<t;i++)if(e.charAt(i)<=""&&!q(e.charAt(i),m))return!1;return!0}
function V(e){let r=e.split("%40").join("@");for(let t=r.indexOf("@");t!==-1;t=r.indexOf("@",t+1))if(t>0&&_e(r.charAt(t-1))&&pe(r,t+1))return!0;return!1}
function me(e){return e!==""&&e.length<=100&&T(e,m+"_")}
function Oe(e,r){return e.length===r&&T(e,y+"abcdefABCDEF")}
function Ee(e){return Oe(e,64)}
var C;
function G(e){return C=C||require("getType"),C(e)}
var ye=e=>e-e===0;
function h(e){let r=typeof e;return(r==="string"?e.trim():r==="boolean"||r==="number"&&ye(e)?""+e:"")||o}
function I(e){return typeof e=="object"&&e!==null&&G(e)==="object"}
function X(e){return typeof e=="object"&&e!==null&&G(e)==="array"}
function S(e){let r=[];for(let t in e)r.push(t);return r}
function Te(e,r){let t={},n=e;for(let i in n)t[i]=n[i];for(let i in r)(t[i]===o||t[i]===null)&&(t[i]=r[i]);return t}
function Ie(e,r){let t=0;for(let n=0;n<e.length;n++){let i=e.charAt(n);if(i<" "||i===""||i>="\uDC00"&&i<="\uDFFF")return-1;if(i>="\uD800"&&i<="\uDBFF"){let s=e.charAt(++n);if(s<"\uDC00"||s>"\uDFFF")return-1}if(++t>r)return t}return t}
function B(e,r){let t=Ie(e,r);return t>=1&&t<=r}
function Se(e,r){return e.length>0&&e.length<=r&&T(e,m+y+"+/-_=")}
function Y(e){let r=e.indexOf("?"),t=e.indexOf("#"),n=r===-1?t:t===-1||r<t?r:t;return n===-1?e:e.slice(0,n)}
function K(e,r){let t=" "+ge.split("|")[e],n=t.indexOf(" "+r+":");return n===-1||r.indexOf(" ")!==-1?o:t.slice(n+r.length+2).split(" ")[0]}
var be=": has a field outside the protocol",J=": must not hold a raw email address (send it hashed in user_data.em)",f=(e,r)=>e+": must be "+r,Ae=e=>typeof e=="number"&&e-e===0;
function O(e,r,t){return typeof e=="string"&&B(e,r)?o:f(t,"text of 1 to "+r+" characters without control characters")}
function qe(e,r){let t=O(e,ce,r);if(t!==o)return t;let n=require("parseUrl")(e);return!(n!==o&&(n.protocol==="https:"||n.protocol==="http:")&&n.hostname!=="")||n.username!==""||n.password!==""?f(r,"an http(s) URL without credentials"):V(Y(e))?r+J:o}
function z(e,r,t,n,i){if(!X(e)||e.length>r)return f(n,"an array of at most "+r+" "+t);for(let s=0;s<e.length;s++){let u=i(e[s],n+"["+s+"]");if(u!==o)return u}return o}
function E(e,r,t,n){if(!I(e))return f(t||"event","an object");let i=e,s=S(i);for(let u=0;u<s.length;u++){let l=K(r,s[u]),a=l!==o?p(i[s[u]],l.charAt(0),t===""?s[u]:t+"."+s[u]):n!==o?n(s[u],i[s[u]]):(t||"event")+be;if(a!==o)return a}return o}
function Ce(e){if(e.length===0||e.length>j)return!1;for(let r=0;r<e.length;r++){let t=e.charAt(r);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"||r>0&&t>="0"&&t<="9"))return!1}return!0}
function ve(e,r){if(!Ce(e))return"custom_data: property names are 1 to "+j+" letters, digits and underscores";let t=typeof r;return t==="number"?p(r,"f","custom_data.*"):t==="string"?p(r,"t","custom_data.*"):t==="boolean"?o:f("custom_data.*","a string, a number or a boolean")}
function p(e,r,t){switch(r){case"n":return O(e,le,t)||(me(e)?o:f(t,"letters and underscores"));case"i":return O(e,ae,t);case"d":return O(e,F,t);case"t":return O(e,F,t)||(V(e)?t+J:o);case"f":return Ae(e)?o:f(t,"a finite number");case"m":return p(e,"f",t)||(e<0?t+": must not be negative":o);case"u":return qe(e,t);case"k":return typeof e=="string"&&Se(e,N)?o:f(t,"1 to "+N+" characters of A-Z a-z 0-9 + / - _ =");case"b":return typeof e=="boolean"?o:f(t,"a boolean");case"o":return e==="LDP"||e===""?o:f(t,'"LDP" or empty');case"g":return e==="granted"||e==="denied"?o:f(t,'"granted" or "denied"');case"h":return z(e,de,"hashes",t,(n,i)=>typeof n=="string"&&Ee(n)?o:f(i,"a SHA-256 hex digest"));case"L":return z(e,fe,"items",t,(n,i)=>E(n,2,i));case"C":return I(e)&&S(e).length>U?t+": at most "+U+" properties":E(e,1,t,ve);case"U":return E(e,3,t);default:return E(e,4,t)}}
function Le(e){return E(e,0,"")||p(e.event_name,"n","event_name")||p(e.event_id,"i","event_id")}
function v(e,r,t,n){let i=S(e);for(let s=0;s<i.length;s++){let u=i[s],l=e[u],a=K(r,u),c=a===o?"":a.charAt(0);a===o?t[ue+u]=l:c==="C"?v(l,1,t,n):a.length>1&&l!==""&&!(I(l)&&S(l).length===0)&&(t[a.slice(2)||u]=c==="L"?l.map(g=>v(g,2,{},n)):c==="u"?Y(l):c==="m"&&l>n?n:l)}return t}
function Re(e,r){let t=v(e,0,{},r.now);return r.ip!==o&&(t.ip_override=r.ip),r.userAgent!==o&&(t.user_agent=r.userAgent),r.clientId!==o&&(e.consent||{}).ad_storage==="granted"&&(t.client_id=r.clientId),t[oe]=se,t}
var Pe=365,Q="_epik",Z="_pin_gtm_epik_ts",De=1,ke=10;
function xe(e){let r=(h(e)||"auto").toLowerCase();for(let t=0;t<r.length;t++)if("abcdefghijklmnopqrstuvwxyz0123456789.-".indexOf(r.charAt(t))===-1)return"auto";return r.length>253?"auto":r}
function we(e,r,t,n){let i,s=0;for(let g=0;g<e.length;g++){let _=e[g];if(_.click_id_from_url!==!0||_.click_id===o||_.consent!==o&&_.consent.ad_storage==="denied")continue;let ne=_.event_time===o||_.event_time>r?r:_.event_time;(i===o||ne>=s)&&(i=_.click_id,s=ne)}if(i===o)return!1;let u=require("getCookieValues"),l=+(u(Z)[0]||"none");if(l<=r&&(l>s||u(Q)[0]===i))return!1;let a={domain:xe(n),path:"/","max-age":t*86400,secure:!0,sameSite:"Lax",httpOnly:!1},c=require("setCookie");return c(Q,i,a),c(Z,""+s,a),!0}
var He={path:"/pinterest/events",maxEvents:"100",maxBodyBytes:"512000",trustedProxyHops:"1",setClickIdCookie:!0,cookieMaxAgeDays:"365",cookieDomain:"auto"};
function Me(e,r){let t=[e].join(",").split(",");for(let n=0;n<t.length;n++){let i=t[n].trim(),s=require("parseUrl")(i);if(s!==o&&s.origin===i.toLowerCase()&&i.toLowerCase()===r.toLowerCase())return i}return o}
function Ne(e,r){let t=require("setResponseHeader");t("access-control-allow-origin",e),t("vary","Origin"),r&&(t("access-control-allow-methods","GET, POST, OPTIONS"),t("access-control-allow-headers","content-type"),t("access-control-max-age","86400"))}
var d=(e,r)=>({status:e,error:r});
function Fe(e){let r=require("encodeUriComponent")(e);return r===o?o:r.length-2*(r.split("%").length-1)}
function Ue(e,r){let t=e.length>r?e.length:e.length*3<=r?0:Fe(e);return t===o?d(400,"body: must be UTF-8 text"):t>r?d(413,"body: larger than "+r+" bytes"):o}
function W(e,r,t){if(e.length===0)return d(400,"events: must not be empty");if(e.length>r)return d(413,"events: at most "+r+" events per request");for(let n=0;n<e.length;n++){let i=Le(e[n]);if(i!==o)return d(400,(e.length>1?"events["+n+"].":"")+i)}return{events:e,asPixel:t}}
function je(e,r,t){let n=d(400,"v: unsupported protocol version");if(e==="GET"){let l=require("getRequestQueryParameter");if(l(D)!==""+P)return n;let a=l(ie);if(typeof a!="string")return d(400,"e: must be JSON");if(a.length>k)return d(413,"e: longer than "+k+" characters");let c=require("JSON").parse(a);return c===o?d(400,"e: must be JSON"):W([c],1,!0)}if(e!=="POST")return d(405,"method: use GET or POST");let i=require("getRequestBody")()||"",s=Ue(i,t);if(s!==o)return s;let u=require("JSON").parse(i);return I(u)?u[D]!==P?n:X(u.events)?W(u.events,r,!1):d(400,"events: must be an array"):d(400,"body: must be a JSON object")}
var Ve="0123456789";
function Ge(){let e=(require("getCookieValues")("_ga")[0]||"").split("."),r=e.slice(2).join(".");return e.length===4&&e[0]==="GA1"&&e.indexOf("")===-1&&e[1].length<3&&r.length<=40&&T(e[1]+r,Ve+".")?r:o}
function Xe(e){let r=e.split(".");for(let i=0;i<4;i++)if(""+ +r[i]!==r[i]||(+r[i]&255)!==+r[i])return!1;let t=+r[0],n=+r[1];return r.length===4&&t!==0&&t!==10&&t!==127&&t<224&&!(t===100&&n>=64&&n<128)&&!(t===169&&n===254)&&!(t===172&&n>=16&&n<32)&&!(t===192&&(n===168||n===0&&+r[2]==0))&&!(t===198&&(n===18||n===19))}
function L(e){let r=e.length>=1&&e.length<=4?0:-1;for(let t=0;t<e.length&&r>=0;t++){let n="0123456789abcdef".indexOf(e.charAt(t));r=n===-1?-1:r*16+n}return r}
function Be(e){let r=e.toLowerCase().split("::"),t=r[0].split(":").concat(r.length===2?["0"].concat(r[1]===""?[]:r[1].split(":")):[]);for(let i=0;i<t.length;i++)if(L(t[i])===-1)return!1;let n=L(t[0]);return r.length<=2&&t.length<=8&&(r.length===2||t.length===8)&&n>=8192&&n<=16383&&!(n===8193&&L(t[1])<512)}
function Ye(e,r){let t=[e].join(",").split(","),n=t.length>=r?t[t.length-r].trim():"";return Xe(n)||Be(n)?n:o}
var Ke=512;
function Je(e){let r=require("getRequestHeader"),t=h(r("user-agent"));return{ip:Ye(r("x-forwarded-for"),e),userAgent:t!==o&&B(t,Ke)?t:o,now:require("getTimestampMillis")(),clientId:Ge()}}
function $(e){let r=require("setResponseHeader");return require("setResponseStatus")(e),r("x-content-type-options","nosniff"),r("cache-control","no-store"),r}
function ze(e,r){$(e)("content-type","application/json; charset=utf-8"),require("setResponseBody")(require("JSON").stringify({error:r})),require("returnResponse")()}
function ee(e){e?require("setPixelResponse")():$(204),require("returnResponse")()}
var te="0123456789abcdef";
function Qe(e,r){let t=require("sha256Sync"),n=t(e,{outputEncoding:"hex"}),i=t(r,{outputEncoding:"hex"}),s=n.length^i.length;for(let u=0;u<i.length;u++)s=s|te.indexOf(n.charAt(u))^te.indexOf(i.charAt(u));return s===0}
function Ze(e,r,t){let n=e==="POST"?h(require("getRequestHeader")(M)):o,i=h(r);return n!==o&&i!==o?Qe(n,i)?t:0:t<H?t:H}
function R(e){let r=require("parseUrl")(e.indexOf("//")===-1?"https://"+e:e);return r===o?"":r.hostname}
function We(e,r){let t=[],n=[e,r].join(",").split(",");for(let s=0;s<n.length;s++){let u=R(n[s].trim());u!==""&&t.push(u)}let i=t.length===0?R(h(require("getRequestHeader")("host"))||""):"";return i!==""&&t.push(require("computeEffectiveTldPlusOne")(i)||i),t}
function re(e,r){let t="."+R(e);for(let n=0;n<r.length;n++)if(t.slice(-r[n].length-1)==="."+r[n])return!0;return!1}
function $e(e,r){let t=require("getRequestHeader");if(t("sec-fetch-site")==="cross-site")return"sec-fetch-site: cross-site";let n=h(t("referer"));return n!==o&&!re(n,e)?"referer: not on the site":r===o||re(r,e)?o:"page_location: not on the site"}
var b=(e,r,t)=>{let n=+e;return n>=1?n>t?t:n-n%1:r};
function A(e,r){require("logToConsole")("[Pinterest client] rejected: "+r),ze(e,r)}
function et(){let e=Te(data,He);if(require("getRequestPath")()!==e.path)return;require("claimRequest")();let r=require("getRequestMethod")(),t=h(require("getRequestHeader")("origin")),n=t===o?"":Me(e.allowedOrigins,t);if(n===o||r==="OPTIONS"&&n==="")return A(403,"origin: not allowed");if(n!==""&&Ne(n,r==="OPTIONS"),r==="OPTIONS")return ee(!1);let i=Ze(r,e.sharedSecret,b(e.maxEvents,x,x));if(i===0)return A(403,M+": does not match");let s=je(r,i,b(e.maxBodyBytes,w,w));if(s.events===o)return A(s.status,s.error);let u=s.events,l=s.asPixel?$e(We(e.siteHosts,e.allowedOrigins),u[0].page_location):o;if(l!==o)return A(403,l);let a=Je(b(e.trustedProxyHops,De,ke));e.setClickIdCookie!==!1&&we(u,a.now,b(e.cookieMaxAgeDays,Pe,400),e.cookieDomain);let c=u.length;for(let g=0;g<u.length;g++)require("runContainer")(Re(u[g],a),()=>{c--,c===0&&ee(s.asPixel)})}
et()


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
                    "string": "x-forwarded-for"
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
                    "string": "sec-fetch-site"
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
                    "string": "referer"
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
                    "string": "host"
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
              },
              {
                "type": 1,
                "string": "_ga"
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
    // Wrong secrets that differ from the right one at each position, and of every other length up to twice its own: a
    // comparison that looked at only part of the digests (the last pair, say: 1 wrong secret in 16 would pass) lets one through.
    const wrongSecrets = ['wrong-secret-value', SECRET + SECRET];
    for (let i = 0; i < SECRET.length; i++) wrongSecrets.push(SECRET.slice(0, i) + (SECRET.charAt(i) === 'x' ? 'y' : 'x') + SECRET.slice(i + 1));
    for (let n = 1; n < 2 * SECRET.length; n++) if (n !== SECRET.length) wrongSecrets.push(n < SECRET.length ? SECRET.slice(0, n) : SECRET + SECRET.slice(0, n - SECRET.length));
    wrongSecrets.forEach((wrong) => {
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
    request.headers['x-forwarded-for'] = '198.51.100.7, <script>';
    request.headers['user-agent'] = repeat('U', 513);
    runCode(mockData);
    assertThat(ran[0].ip_override).isUndefined();
    assertThat(ran[0].user_agent).isUndefined();
    reset();
    request.headers['x-forwarded-for'] = '2001:db8::1';
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
- name: The visitor's address is the X-Forwarded-For entry the trusted proxies appended, never one the caller wrote; private and reserved addresses are refused
  code: |-
    const ipFor = (forwardedFor, hops) => {
      reset();
      request.headers['x-forwarded-for'] = forwardedFor;
      runCode({ path: '/pinterest/events', allowedOrigins: 'https://shop.example', trustedProxyHops: hops });
      return ran[0].ip_override;
    };
    // Cloud Run appends one entry (the default, 1 hop); behind the load balancer two: the visitor's and its own.
    assertThat(ipFor('203.0.113.66, 198.51.100.7')).isEqualTo('198.51.100.7');
    assertThat(ipFor('203.0.113.66, 198.51.100.7', '1')).isEqualTo('198.51.100.7');
    assertThat(ipFor('203.0.113.66, 198.51.100.7, 192.0.2.80', '2')).isEqualTo('198.51.100.7');
    assertThat(ipFor('2001:db8::66,2606:4700:4700::1111', '1')).isEqualTo('2606:4700:4700::1111');
    // Fewer entries than trusted hops: the request did not come through them, and no address is sent.
    assertThat(ipFor('198.51.100.7', '2')).isUndefined();
    assertThat(ipFor(undefined)).isUndefined();
    [
      '0.0.0.0', '10.1.2.3', '100.64.0.1', '100.127.255.254', '127.0.0.1', '169.254.169.254', '172.16.0.1', '172.31.255.255', '192.0.0.8',
      '192.168.1.1', '198.18.0.1', '198.19.255.255', '224.0.0.1', '239.1.1.1', '240.0.0.1', '255.255.255.255',
      '::', '::1', '::ffff:198.51.100.7', 'fe80::1', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001::1', '2001:1ff::1', '64:ff9b::c633:6407',
    ].forEach((reserved) => assertThat(ipFor('198.51.100.9, ' + reserved)).isUndefined());
    [
      '<script>', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.256', '-1.2.3.4', '1.2.3.4:443', '[2001:db8::1]', '2001:db8::1::2', '2001:db8:::1',
      '2001:db8:1:2:3:4:5:6:7', '2001:db8::1%eth0', '2001:db8::198.51.100.7', '12345::1', 'g001:db8::1', '2001:db8',
    ].forEach((junk) => assertThat(ipFor('198.51.100.9, ' + junk)).isUndefined());
    ['100.63.255.255', '100.128.0.1', '172.15.255.255', '172.32.0.1', '192.0.1.1', '192.169.0.1', '198.17.255.255', '198.20.0.1', '223.255.255.255', '2001:200::1', '3fff::1']
      .forEach((edge) => assertThat(ipFor('10.0.0.1, ' + edge)).isEqualTo(edge));
    // The address never comes from getRemoteAddress, which reads the first entry: the one any caller writes.
    assertApi('getRemoteAddress').wasNotCalled();
- name: A GET the browser marks cross-site, or from a page of another site, runs nothing and sets no cookie; the site's own pixels keep working
  code: |-
    const pixel = (headers, page) => {
      reset();
      request.headers = headers;
      request.query = { v: '1', e: JSON.stringify(wireEvent({ page_location: page || 'https://shop.example/thanks', click_id: 'EPIK-1', click_id_from_url: true })) };
    };
    // An <img> on any page sends Sec-Fetch-Site: cross-site (and the page as Referer, unless it hides it).
    [
      [{ 'sec-fetch-site': 'cross-site' }, 'sec-fetch-site: cross-site'],
      [{ 'sec-fetch-site': 'cross-site', referer: 'https://shop.example/' }, 'sec-fetch-site: cross-site'],
      [{ origin: 'https://evil.example' }, 'origin: not allowed'],
      [{ origin: 'null' }, 'origin: not allowed'],
      [{ referer: 'https://evil.example/deal' }, 'referer: not on the site'],
      [{ referer: 'https://shop.example.evil.example/' }, 'referer: not on the site'],
      [{ referer: 'https://evilshop.example/' }, 'referer: not on the site'],
      [{ referer: 'not a url' }, 'referer: not on the site'],
    ].forEach((row) => {
      pixel(row[0]);
      runCode(mockData);
      assertThat(response.status).isEqualTo(403);
      assertThat(errorOf()).isEqualTo(row[1]);
      assertThat(ran).isEqualTo([]);
      assertThat(cookiesSet).isEqualTo([]);
    });
    pixel({}, 'https://evil.example/checkout');
    runCode(mockData);
    assertThat([response.status, errorOf(), ran, cookiesSet]).isEqualTo([403, 'page_location: not on the site', [], []]);
    // The site's own pages: same-origin or same-site (a server container on a subdomain), a subdomain's page, no Referer at all.
    [
      [{ 'sec-fetch-site': 'same-site', referer: 'https://shop.example/' }, 'https://shop.example/thanks'],
      [{ 'sec-fetch-site': 'same-origin', referer: 'https://www.shop.example/p/1?x=1' }, 'https://www.shop.example/p/1'],
      [{ 'sec-fetch-site': 'none' }, 'https://shop.example/'],
      [{}, 'https://shop.example/thanks'],
    ].forEach((row) => {
      pixel(row[0], row[1]);
      runCode(mockData);
      assertThat(response.pixel).isTrue();
      assertThat(ran.length).isEqualTo(1);
      assertThat(cookiesSet.length).isEqualTo(2);
    });
    // Site hosts: the field and the allowed origins; with neither, the registrable domain of the server container's host.
    const noHosts = { path: '/pinterest/events' };
    pixel({ host: 'sgtm.shop.example', referer: 'https://www.shop.example/' }, 'https://shop.example/thanks');
    runCode(noHosts);
    assertThat(ran.length).isEqualTo(1);
    pixel({ host: 'sgtm.shop.example' }, 'https://evil.example/thanks');
    runCode(noHosts);
    assertThat([response.status, ran]).isEqualTo([403, []]);
    pixel({}, 'https://shop.example/thanks');
    runCode(noHosts);
    assertThat([response.status, errorOf()]).isEqualTo([403, 'page_location: not on the site']);
    pixel({ host: 'sgtm.shop.example', referer: 'https://xn--bcher-kva.example/' }, 'https://bücher.example/');
    runCode({ path: '/pinterest/events', siteHosts: 'bücher.example, https://shop.example' });
    assertThat(ran.length).isEqualTo(1);
    pixel({ host: 'sgtm.shop.example' }, 'https://shop.example/');
    runCode({ path: '/pinterest/events', siteHosts: 'bücher.example' });
    assertThat(response.status).isEqualTo(403);
    // A POST is judged by its Origin (CORS) and the shared secret, not by these rules: a site's backend sends no browser headers.
    post({ v: 1, events: [wireEvent({ page_location: 'https://other.example/' })] }, { referer: 'https://other.example/' });
    runCode(mockData);
    assertThat(response.status).isEqualTo(204);
- name: GA's client id from _ga becomes event data client_id, only for an event whose page granted ad_storage; any other _ga is left out
  code: |-
    cookies._ga = ['GA1.1.1234567890.1700000000'];
    post({ v: 1, events: [wireEvent({ consent: { ad_storage: 'granted' } }), wireEvent({ event_id: 'E-2', consent: { ad_storage: 'denied' } }), wireEvent({ event_id: 'E-3' })] });
    runCode(mockData);
    assertThat(ran.map((e) => e.client_id)).isEqualTo(['1234567890.1700000000', undefined, undefined]);
    ['GA1.2.12.34.56', 'GA2.1.12.34', 'GA1.1.12', 'GA1.1..34', 'GA1.1.12.3x', 'GA1.1.jane@example.com.1', 'GA1.1.12.34;HttpOnly', 'GA1.1.' + repeat('1', 40) + '.1', 'GA1.123.1.2', ''].forEach((value) => {
      reset();
      cookies._ga = [value];
      post({ v: 1, events: [wireEvent({ consent: { ad_storage: 'granted' } })] });
      runCode(mockData);
      assertThat(ran[0].client_id, value).isUndefined();
    });
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

  // The visitor's address as Cloud Run's front end appends it: the last X-Forwarded-For entry.
  const VISITOR_IP = '198.51.100.7';
  let request = { method: 'GET', path: '/pinterest/events', query: { v: '1', e: JSON.stringify(wireEvent()) }, headers: { 'user-agent': 'UA/1', 'x-forwarded-for': VISITOR_IP }, body: undefined };
  const post = (body, headers) => {
    const sent = headers || {};
    if (sent['x-forwarded-for'] === undefined) sent['x-forwarded-for'] = VISITOR_IP;
    request = { method: 'POST', path: '/pinterest/events', query: {}, headers: sent, body: typeof body === 'string' ? body : JSON.stringify(body) };
  };

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


