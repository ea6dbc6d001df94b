___TERMS_OF_SERVICE___

By creating or modifying this file you agree to Google Tag Manager's Community
Template Gallery Developer Terms of Service available at
https://developers.google.com/tag-manager/gallery-tos (or such other URL as
Google may provide), as modified from time to time.


___INFO___

{
  "type": "TAG",
  "id": "cvt_temp_public_id",
  "version": 1,
  "securityGroups": [],
  "displayName": "Pinterest Tag by pinterest-gtm",
  "categories": [
    "ADVERTISING",
    "CONVERSIONS",
    "REMARKETING"
  ],
  "brand": {
    "id": "brand_pinterest_gtm",
    "displayName": "pinterest-gtm",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAMAAABg3Am1AAAAQlBMVEUAAAAXO08XO08XO08XO08XO08XO09uhZH///9RbHs0VGXx8/QmR1rU2t63wsiLnadDYHDi5+n5zYP2rDH1piOotr2gIgauAAAAFnRSTlMAYK/f/1Cf////////////////////+ZW3pQAACTtJREFUeAEBMAnP9gAAAAAAAAABAgMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAgEAAAAAAAAAAAAAAAUDBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwUAAAAAAAAAAAYEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBgAAAAAAAAYEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGAAAAAAUEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAUAAAADBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAAABBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEAAgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQCAAMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAcICAgICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAkICAgICAgICAgICAgICAgICAgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAoLCAgICAgICAgICAgICAgICAgIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAwNCAgICAgICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQOCAgICAgICAgICAgICAgICAgICAgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQPCAgICAgICAgICAgICAgICAgICAgIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQHCAgICAgICAgICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQQCwgICAgICAgICAgICAgICAgICAgICAgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQMEQgICAgSExMSCAgICAgICAgICAgICAgIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEDQgICAgSFBQUFBIICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEFQgICAgIExQUFBQTCAgICAgICAgICAgICAgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBBUICAgICBMUFBQUEwgICAgICAgICAgICAgIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEDQgICAgSFBQUFBIICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAwRCAgICBITExIICAgICAgICAgICAgICAgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEEAsICAgICAgICAgICAgICAgICAgICAgIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQHCAgICAgICAgICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBA8ICAgICAgICAgICAgICAgICAgICAgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEDggICAgICAgICAgICAgICAgICAgIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAwNCAgICAgICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQECgsICAgICAgICAgICAgICAgICAgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQJCAgICAgICAgICAgICAgICAgIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAcICAgICAgICAgICAgICAgICAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAADBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMAAgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQCAAEEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQAAAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwAAAAUEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAUAAAAABgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAYAAAAAAAAGBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAYAAAAAAAAAAAUDBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwUAAAAAAAAAAAAAAAECAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMCAQAAAAAAAOtnLGHGAntbAAAAAElFTkSuQmCC"
  },
  "description": "The Pinterest Tag with a shared event_id for deduplication with the Conversions API, every GA4 ecommerce item as a line item, several tag IDs, hashed Enhanced Match, Consent Mode and optional forwarding to a server container. Docs: https://github.com/pinterest-gtm/pinterest-gtm",
  "containerContexts": [
    "WEB"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "GROUP",
    "name": "tagGroup",
    "displayName": "Tag",
    "groupStyle": "NO_ZIPPY",
    "subParams": [
      {
        "type": "TEXT",
        "name": "tagId",
        "displayName": "Pinterest Tag ID(s)",
        "simpleValueType": true,
        "help": "The 13-digit tag ID from Ads Manager (Conversions → Pinterest Tag). Several IDs, comma-separated, are each loaded once per page. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters\"\u003eDocs\u003c/a\u003e",
        "valueHint": "2612345678901",
        "alwaysInSummary": true,
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^(\\s*\\d{13}(\\s*,\\s*\\d{13})*\\s*|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "Enter one or more 13-digit tag IDs, separated by commas."
          }
        ]
      },
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
        "alwaysInSummary": true,
        "help": "Which event to track. \u003cb\u003eAutomatic\u003c/b\u003e maps the GA4 event being pushed by the README\u0027s event table (purchase → checkout, add_to_cart → addtocart, page_view → the base code\u0027s page visit, …) and tracks nothing for events that are not conversions (refund, remove_from_cart, …). \u003cb\u003eBase code only\u003c/b\u003e loads the tag and sends the page visit. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003ePinterest events\u003c/a\u003e"
      },
      {
        "type": "TEXT",
        "name": "customEventName",
        "displayName": "Custom event name",
        "simpleValueType": true,
        "help": "An advertiser-defined event name: letters and underscores only. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003ePinterest help\u003c/a\u003e",
        "enablingConditions": [
          {
            "paramName": "eventName",
            "paramValue": "advertiserDefined",
            "type": "EQUALS"
          }
        ],
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^([a-zA-Z_]+|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "Letters and underscores only."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "eventId",
        "displayName": "Event ID (optional)",
        "simpleValueType": true,
        "help": "Leave empty to use pinterest-gtm\u0027s rule: checkout with an order ID → \u003ccode\u003echeckout_\u0026lt;order ID\u0026gt;\u003c/code\u003e; otherwise an ID unique to this page view and dataLayer event. The \u003cb\u003ePinterest Event ID\u003c/b\u003e variable returns the same ID for your server-side events. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters\"\u003eDeduplication\u003c/a\u003e",
        "enablingConditions": [
          {
            "paramName": "eventName",
            "paramValue": "none",
            "type": "NOT_EQUALS"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "eventGroup",
    "displayName": "Event data",
    "groupStyle": "ZIPPY_OPEN",
    "enablingConditions": [
      {
        "paramName": "eventName",
        "paramValue": "none",
        "type": "NOT_EQUALS"
      }
    ],
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "readEcommerce",
        "checkboxText": "Read GA4 ecommerce data from the dataLayer (always on in Automatic mode)",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Takes value, currency, transaction_id, coupon and every item of the GA4 \u003ccode\u003eecommerce\u003c/code\u003e object, and search_term and video_title. Fields below win over the dataLayer. \u003ca href\u003d\"https://developers.google.com/analytics/devguides/collection/ga4/ecommerce\"\u003eGA4 ecommerce\u003c/a\u003e"
      },
      {
        "type": "TEXT",
        "name": "value",
        "displayName": "Value",
        "simpleValueType": true,
        "help": "The order or lead value, a number such as 49.90. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(-?\\d+(\\.\\d+)?|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "A number such as 49.90."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "currency",
        "displayName": "Currency",
        "simpleValueType": true,
        "help": "ISO 4217 code, for example EUR. \u003ca href\u003d\"https://www.iso.org/iso-4217-currency-codes.html\"\u003eISO 4217\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^([A-Za-z]{3}|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "Three letters, for example USD."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "defaultCurrency",
        "displayName": "Default currency",
        "simpleValueType": true,
        "help": "Used when the event has a value but no currency (ISO 4217, for example EUR). Without either, the value is left out: Pinterest cannot read an amount in an unknown currency. \u003ca href\u003d\"https://www.iso.org/iso-4217-currency-codes.html\"\u003eISO 4217\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^([A-Za-z]{3}|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "Three letters, for example USD."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "orderId",
        "displayName": "Order ID",
        "simpleValueType": true,
        "help": "The order (transaction) ID. Pinterest needs it for checkout reporting, and it makes the checkout event_id stable across reloads. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters\"\u003eDeduplication\u003c/a\u003e"
      },
      {
        "type": "TEXT",
        "name": "orderQuantity",
        "displayName": "Order quantity",
        "simpleValueType": true,
        "help": "Number of items; computed from the line items when empty. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(\\d+|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "A whole number."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "promoCode",
        "displayName": "Promo code",
        "simpleValueType": true,
        "help": "The coupon used. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e"
      },
      {
        "type": "TEXT",
        "name": "searchQuery",
        "displayName": "Search query",
        "simpleValueType": true,
        "help": "For search events. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e"
      },
      {
        "type": "TEXT",
        "name": "leadType",
        "displayName": "Lead type",
        "simpleValueType": true,
        "help": "For lead and signup events. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e"
      },
      {
        "type": "TEXT",
        "name": "videoTitle",
        "displayName": "Video title",
        "simpleValueType": true,
        "help": "For watchvideo events. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e"
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "customProperties",
        "displayName": "Custom properties",
        "newRowButtonText": "Add property",
        "help": "Any other event data, sent as is (they win over everything above). \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e",
        "simpleTableColumns": [
          {
            "name": "name",
            "displayName": "Name",
            "type": "TEXT",
            "isUnique": true,
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              },
              {
                "type": "REGEX",
                "args": [
                  "^([A-Za-z_][A-Za-z0-9_]{0,63}|\\{\\{[^}]+\\}\\})$"
                ],
                "errorMessage": "Letters, digits and underscores, starting with a letter."
              }
            ]
          },
          {
            "name": "value",
            "displayName": "Value",
            "type": "TEXT"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "matchGroup",
    "displayName": "Enhanced Match",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "email",
        "displayName": "Email",
        "simpleValueType": true,
        "help": "The customer\u0027s email, raw or SHA-256 hashed. It is normalised and hashed inside GTM before it reaches Pinterest and is never logged. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/enhanced-match\"\u003eEnhanced Match\u003c/a\u003e"
      },
      {
        "type": "TEXT",
        "name": "externalId",
        "displayName": "External ID",
        "simpleValueType": true,
        "help": "Your own customer ID (loyalty or account ID), hashed with SHA-256 inside GTM. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/enhanced-match\"\u003eEnhanced Match\u003c/a\u003e"
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "privacyGroup",
    "displayName": "Consent and privacy",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "RADIO",
        "name": "consentMode",
        "displayName": "Consent",
        "simpleValueType": true,
        "defaultValue": "respect",
        "radioItems": [
          {
            "value": "respect",
            "displayValue": "Respect Consent Mode: wait for ad_storage; on revocation call pintrk(\"setconsent\", false)"
          },
          {
            "value": "always",
            "displayValue": "Fire regardless (your triggers or consent settings already gate this tag)"
          }
        ],
        "help": "With Consent Mode, nothing is loaded or sent while ad_storage is denied; the event is sent if consent is granted later on the page. While ad_user_data is denied, no Enhanced Match data (email, external ID) is sent; it is set when ad_user_data is granted. \u003ca href\u003d\"https://developers.google.com/tag-platform/security/concepts/consent-mode\"\u003eConsent Mode\u003c/a\u003e"
      },
      {
        "type": "CHECKBOX",
        "name": "limitedDataProcessing",
        "checkboxText": "Limited Data Processing (US state privacy laws)",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Sends \u003ccode\u003epintrk(\"set\", {opt_out_type: \"LDP\", st, country})\u003c/code\u003e before any event, with the state and country hashed as Pinterest\u0027s guide shows; for users to whom a US state privacy law applies. \u003ca href\u003d\"https://developers.pinterest.com/docs/track-conversions/use-limited-data-processing-flag/\"\u003eLDP\u003c/a\u003e",
        "subParams": [
          {
            "type": "TEXT",
            "name": "ldpState",
            "displayName": "State",
            "simpleValueType": true,
            "help": "Two-letter state code, e.g. CA; hashed inside GTM. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/limited-data-processing\"\u003eLDP\u003c/a\u003e",
            "enablingConditions": [
              {
                "paramName": "limitedDataProcessing",
                "paramValue": true,
                "type": "EQUALS"
              }
            ]
          },
          {
            "type": "TEXT",
            "name": "ldpCountry",
            "displayName": "Country",
            "simpleValueType": true,
            "help": "Two-letter country code, e.g. US; hashed inside GTM. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/limited-data-processing\"\u003eLDP\u003c/a\u003e",
            "enablingConditions": [
              {
                "paramName": "limitedDataProcessing",
                "paramValue": true,
                "type": "EQUALS"
              }
            ]
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "serverGroup",
    "displayName": "Server forwarding",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "serverUrl",
        "displayName": "Server container endpoint",
        "simpleValueType": true,
        "help": "Optional. Also sends the event (same event_id, hashed user data) to the pinterest-gtm client in your server container, e.g. https://sgtm.example.com/pinterest/events. An https URL whose path starts with /pinterest/. Type it, or use a constant or a lookup of constants: never a variable the page can influence (a URL from the page would receive hashed user data and the click id); other URLs are refused at run time. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters\"\u003eServer forwarding\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(https://[^/?#]+/pinterest/[^?#]*|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "An https URL whose path starts with /pinterest/."
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "advancedGroup",
    "displayName": "Advanced",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "sendPageView",
        "checkboxText": "Send pintrk(\"page\") once per page with the base code",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "Pinterest\u0027s base code sends page on every page. Turn off only if another tag already does. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/install-the-pinterest-tag\"\u003eBase code\u003c/a\u003e"
      }
    ]
  }
]


___SANDBOXED_JS_FOR_WEB_TEMPLATE___

const copyFromDataLayer=require("copyFromDataLayer");
const copyFromWindow=require("copyFromWindow");
const createArgumentsQueue=require("createArgumentsQueue");
const injectScript=require("injectScript");
const isConsentGranted=require("isConsentGranted");
const templateStorage=require("templateStorage");
function lookup(u,n){return n!==undefined&&u.hasOwnProperty(n)?u[n]:undefined}
var PAGE="page";
var TAG_TO_CAPI={page:"page_visit",pagevisit:"page_visit",viewcategory:"view_category",search:"search",addtocart:"add_to_cart",checkout:"checkout",signup:"signup",lead:"lead",watchvideo:"watch_video",custom:"custom",addpaymentinfo:"add_payment_info",addtowishlist:"add_to_wishlist",initiatecheckout:"initiate_checkout",subscribe:"subscribe",viewcontent:"view_content",contact:"contact",customizeproduct:"customize_product",findlocation:"find_location",schedule:"schedule",starttrial:"start_trial",submitapplication:"submit_application"};
var ENGAGEMENT="engagement, not a conversion Pinterest reports";
var LEAD_STAGE="a later CRM stage of a lead that generate_lead already counted";
var GAME="a game or app milestone, not a conversion Pinterest reports";
var SESSION="collected by GA4 for every visitor, not a conversion";
var SAME_VIDEO="the same video that video_start counted";
var TAG_EVENT_OF={page_view:PAGE,"gtm.js":PAGE,"gtm.dom":PAGE,"gtm.load":PAGE,view_item:"pagevisit",view_item_list:"viewcategory",select_item:"viewcontent",select_promotion:"viewcontent",view_promotion:"viewcontent",search:"search",view_search_results:"search",add_to_cart:"addtocart",add_to_wishlist:"addtowishlist",begin_checkout:"initiatecheckout",add_payment_info:"addpaymentinfo",purchase:"checkout",generate_lead:"lead",sign_up:"signup",video_start:"watchvideo"};
var NOT_A_CONVERSION={view_cart:"looking at the cart adds nothing and buys nothing",remove_from_cart:"takes an add to cart back: not a conversion",add_shipping_info:"a step of a checkout that begin_checkout already counted: one checkout, one event",refund:"takes a sale back: not a conversion",qualify_lead:LEAD_STAGE,disqualify_lead:LEAD_STAGE,working_lead:LEAD_STAGE,close_convert_lead:LEAD_STAGE,close_unconvert_lead:LEAD_STAGE,login:"a returning customer, not a new conversion",video_progress:SAME_VIDEO,video_complete:SAME_VIDEO,select_content:ENGAGEMENT,share:ENGAGEMENT,join_group:ENGAGEMENT,tutorial_begin:ENGAGEMENT,tutorial_complete:ENGAGEMENT,ad_impression:ENGAGEMENT,earn_virtual_currency:GAME,spend_virtual_currency:GAME,level_start:GAME,level_end:GAME,level_up:GAME,post_score:GAME,unlock_achievement:GAME,first_visit:SESSION,session_start:SESSION,user_engagement:SESSION,scroll:SESSION,click:SESSION,file_download:SESSION,form_start:SESSION,form_submit:"any form, searches and newsletters included: fire lead or signup on your own trigger instead"};
function tagEventOfKey(n){const u=lookup(TAG_EVENT_OF,n);if(u!==undefined)return u;if(n!==PAGE&&lookup(TAG_TO_CAPI,n)!==undefined)return n;for(const t in TAG_TO_CAPI)if(t!==PAGE&&TAG_TO_CAPI[t]===n)return t;return undefined}
function eventMeaning(e){if(e===undefined)return{};const n=e.trim().toLowerCase();const t=lookup(NOT_A_CONVERSION,n);if(t!==undefined)return{skip:n+" is not a conversion: "+t};const i=tagEventOfKey(n);return i===undefined?{}:{tag:i}}
function capiEventFor(n){var o;return(o=lookup(TAG_TO_CAPI,n))!=null?o:n}
function isCustomEventName(r){if(r===""||r.length>100)return false;for(let e=0;e<r.length;e++){const t=r.charAt(e);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"))return false}return true}
function valueIsItemTotal(t){return t==="add_to_cart"||t==="initiate_checkout"||t==="checkout"}
var getType;
function objectType(e){if(getType===undefined)getType=require("getType");return getType(e)}
var isFinite=i=>i-i===0;
function toText(e){const t=typeof e;let n;if(t==="string")n=e.trim();else if(t==="number"){if(!isFinite(e))return undefined;n=""+e}else if(t==="boolean")n=e?"true":"false";else return undefined;return n===""?undefined:n}
function isDecimalText(i){let l=0;let f=false;for(let e=0;e<i.length;e++){const t=i.charAt(e);if(t>="0"&&t<="9")l++;else if(t==="."&&!f)f=true;else if(!(t==="-"&&e===0))return false}return l>0}
function toNumber(n){const e=typeof n;if(e==="number")return isFinite(n)?n:undefined;if(e!=="string")return undefined;const i=n.trim();if(!isDecimalText(i))return undefined;const t=+i;return isFinite(t)?t:undefined}
function toInteger(t){const n=toNumber(t);if(n===undefined)return undefined;const e=n-n%1;return e===0?n*0:e}
function toQuantity(e){const n=toInteger(e);return n!==undefined&&n>=0&&n<=1e6?n:undefined}
function toObject(n){return isObject(n)?n:undefined}
function toList(t){return isList(t)?t:[]}
function isObject(t){return typeof t==="object"&&t!==null&&objectType(t)==="object"}
function isList(t){return typeof t==="object"&&t!==null&&objectType(t)==="array"}
function keysOf(o){const n=[];for(const t in o)n.push(t);return n}
function withDefaults(e,o){const i={};const t=e;for(const n in t)i[n]=t[n];for(const n in o)if(i[n]===undefined||i[n]===null)i[n]=o[n];return i}
var CHECKOUT_ID_PREFIX="checkout_";
var PAGE_VISIT_ID_SUFFIX=".page";
function deriveEventId(e){const d=toText(e.explicit);if(d!==undefined)return d;const n=toText(e.orderId);if(n!==undefined&&e.eventName==="checkout")return CHECKOUT_ID_PREFIX+n;if(e.pageViewId===undefined)return undefined;if(e.eventName===PAGE)return e.pageViewId+PAGE_VISIT_ID_SUFFIX;const r=toText(e.uniqueEventId);return r===undefined?undefined:e.pageViewId+"."+r}
var PROTOCOL_VERSION=1;
var VERSION_PARAM="v";
var EVENT_PARAM="e";
var MAX_GET_LENGTH=8e3;
var CONSENT_KEYS=["ad_storage","ad_user_data"];
var CONSENT_VALUES=["granted","denied"];
var LIMITS={eventNameLength:100,eventIdLength:256,urlLength:2048,clickIdLength:512,textLength:256,lineItems:200,customKeys:50,customKeyLength:64,hashesPerField:10};
var CUSTOM_TEXT_KEYS=["currency","order_id","search_query","lead_type","video_title","promo_code"];
var CUSTOM_NUMBER_KEYS=["value","order_quantity"];
var LINE_ITEM_TEXT_KEYS=["product_id","product_name","product_category","product_variant","product_brand"];
var LINE_ITEM_NUMBER_KEYS=["product_price","product_quantity"];
var USER_DATA_KEYS=["em","external_id","st","country"];
var EVENT_KEYS=["event_name","event_id","event_time","page_location","page_referrer","click_id","click_id_from_url","custom_data","user_data","opt_out_type","consent"];
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
var isAsciiLetterOrDigit=i=>i>="a"&&i<="z"||i>="A"&&i<="Z"||i>="0"&&i<="9";
function isClickId(i,e){if(i.length===0||i.length>e)return false;for(let r=0;r<i.length;r++){const t=i.charAt(r);if(!isAsciiLetterOrDigit(t)&&t!=="+"&&t!=="/"&&t!=="-"&&t!=="_"&&t!=="=")return false}return true}
function withoutQuery(n){const e=n.indexOf("?");const t=n.indexOf("#");const c=e===-1?t:t===-1?e:e<t?e:t;return c===-1?n:n.slice(0,c)}
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
function pageVisitId(){return deriveEventId({eventName:PAGE,pageViewId:pageViewId()})}
var CORE_JS_URL="https://s.pinimg.com/ct/core.js";
var isLetter2=a=>a>="a"&&a<="z";
function twoLetterCode(r){let t="";const o=r.toLowerCase();for(let n=0;n<o.length;n++){const e=o.charAt(n);if(isLetter2(e))t+=e;else if(e!==" "&&e!=="."&&e!=="	")return undefined}return t.length===2?t:undefined}
function twoLetterState(e){const t=e.trim();return twoLetterCode(t.charAt(2)==="-"?t.slice(3):t)}
var isDigit2=i=>i>="0"&&i<="9";
var isHexDigit=i=>isDigit2(i)||i>="a"&&i<="f";
var isSpace=a=>a===" "||a==="	"||a==="\n"||a==="\r"||a===" ";
function keep(e,t){let n="";for(let r=0;r<e.length;r++)if(t(e.charAt(r)))n+=e.charAt(r);return n}
var isHex=(e,i)=>e.length===i&&keep(e.toLowerCase(),isHexDigit).length===i;
function isSha256Hex(e){return isHex(e,64)}
function isMd5OrSha1Hex(i){return isHex(i,32)||isHex(i,40)}
var given=(e,i)=>e===undefined||e===""?{skip:i}:{value:e};
function email(a){const e=keep(a,n=>!isSpace(n));return e.indexOf("@")>0?{value:e}:{skip:"not an email address"}}
function prepareTagField(t,o){const e=toText(o);if(e===undefined)return undefined;if(isSha256Hex(e)||t==="em"&&isMd5OrSha1Hex(e))return{hashed:e.toLowerCase()};const n=t==="em"?email(e.toLowerCase()):t==="external_id"?{value:e}:given(t==="st"?twoLetterState(e):twoLetterCode(e),"not a two-letter code");return n.value!==undefined?{plain:n.value}:{skip:n.skip}}
function hashAll(i,l){const e={};const t=[];let h=i.length;const s=()=>{h--;if(h===0)l(e,t)};if(h===0){l(e,t);return}let d;for(let f=0;f<i.length;f++){const n=i[f];const a=n.prepared;if(a.hashed!==undefined){e[n.key]=a.hashed;s();continue}if(d===undefined)d=require("sha256");d(a.plain,r=>{e[n.key]=r;s()},()=>{t.push(n.key);s()},{outputEncoding:"hex"})}}
var permitted;
function logging(){if(permitted===undefined)permitted=require("queryPermission")("logging");return permitted}
function log(o,n){if(!logging())return;const e=require("logToConsole");if(n===undefined)e("[Pinterest Tag] "+o);else e("[Pinterest Tag] "+o,n)}
function tagForm(n){return n.plain===undefined?n:{plain:n.plain.toUpperCase()}}
function preparePartnerData(t,i){const a=[];const u=(e,o,r,n)=>{const d=prepareTagField(o,r);if(d!==undefined&&d.skip!==undefined&&n===undefined)log(o+" left out: "+d.skip);else if(d!==undefined&&d.skip===undefined)a.push({key:e,prepared:n===undefined?d:n(d)})};u("em","em",t.email);u("external_id","external_id",t.externalId);const f=t.limitedDataProcessing===true;if(f){u("st","st",t.ldpState);u("country","country",t.ldpCountry);u("tagSt","st",t.ldpState,tagForm);u("tagCountry","country",t.ldpCountry,tagForm)}hashAll(a,e=>{const o={};const r={};if(e.em!==undefined)o.em=e.em;if(e.em!==undefined&&!isMd5OrSha1Hex(e.em))r.em=e.em;if(e.external_id!==undefined)o.external_id=r.external_id=e.external_id;let n;if(f){n={opt_out_type:"LDP"};if(e.tagSt!==undefined)n.st=e.tagSt;if(e.tagCountry!==undefined)n.country=e.tagCountry;if(e.st!==undefined)r.st=e.st;if(e.country!==undefined)r.country=e.country}i({match:o,ldp:n,forwarded:r})})}
function isEmpty(e){return e.em===undefined&&e.external_id===undefined}
function pintrkQueue(){return createArgumentsQueue("pintrk","pintrk.queue")}
function runBaseCode(n,f,u,d,o,i){let l=false;for(let e=0;e<u.length;e++){if(f.loaded.indexOf(u[e])!==-1){l=true;continue}n("load",u[e],d);f.loaded.push(u[e])}if(l&&!isEmpty(d))n("set",d);if(o!==undefined)n("set",o);if(i===undefined||f.pageSent)return false;n("page",{event_id:i});f.pageSent=true;return true}
function injectCoreJs(t,e){injectScript(CORE_JS_URL,t,e,"pinterest-gtm-core")}
var AD_STORAGE="ad_storage";
var AD_USER_DATA="ad_user_data";
var RESPECT_CONSENT="respect";
var MATCH_KEY="pendingMatch";
function adStorageGranted(){return isConsentGranted(AD_STORAGE)}
function adUserDataGranted(){return isConsentGranted(AD_USER_DATA)}
function onAdStorageGranted(n){let e=false;require("addConsentListener")(AD_STORAGE,(r,t)=>{if(!t||e)return;e=true;n()})}
function watchConsentChanges(e,n){if(n.consentWatch)return;n.consentWatch=true;require("addConsentListener")(AD_STORAGE,(c,t)=>{e("setconsent",t)})}
function holdMatchUntilGranted(t,a){templateStorage.setItem(MATCH_KEY,a);if(templateStorage.getItem("matchWatch")===true)return;templateStorage.setItem("matchWatch",true);require("addConsentListener")(AD_USER_DATA,(n,r)=>{const e=templateStorage.getItem(MATCH_KEY);if(!r||e===undefined||e===null)return;templateStorage.removeItem(MATCH_KEY);t("set",e)})}
function toCurrency(r){const t=toText(r);if(t===undefined||t.length!==3)return undefined;const n=t.toUpperCase();for(let e=0;e<3;e++)if(n.charAt(e)<"A"||n.charAt(e)>"Z")return undefined;return n}
function lineItemsFromGa4(d){const u=[];for(let e=0;e<d.length;e++){const t=toObject(d[e]);if(t===undefined)continue;const n={};const i=toText(t.item_id);const o=toText(t.item_name);if(i===undefined&&o===undefined)continue;if(i!==undefined)n.product_id=i;if(o!==undefined)n.product_name=o;const c=toText(t.item_category);if(c!==undefined)n.product_category=c;const r=toText(t.item_variant);if(r!==undefined)n.product_variant=r;const f=toText(t.item_brand);if(f!==undefined)n.product_brand=f;const a=toNumber(t.price);if(a!==undefined)n.product_price=a;const m=toQuantity(t.quantity);if(m!==undefined)n.product_quantity=m;u.push(n)}return u}
function totalQuantity(u){let n=0;for(let t=0;t<u.length;t++)n+=u[t].product_quantity===undefined?1:u[t].product_quantity;return n}
function lineItemsTotal(t){let n=0;for(let e=0;e<t.length;e++){const u=t[e].product_price;if(u===undefined)return undefined;n+=u*(t[e].product_quantity===undefined?1:t[e].product_quantity)}return t.length>0?n:undefined}
function tagDataFromGa4(m,_,y){var o,c,r;const e={};const t=(o=toObject(m))!=null?o:{};const i=toList(t.items);const n=lineItemsFromGa4(i);const u=toNumber(t.value);if(u!==undefined)e.value=u;const d=(r=toCurrency(t.currency))!=null?r:toCurrency(((c=toObject(i[0]))!=null?c:{}).currency);if(d!==undefined)e.currency=d;const s=toText(t.transaction_id);if(s!==undefined)e.order_id=s;if(n.length>0){e.line_items=n;e.order_quantity=totalQuantity(n)}const a=toText(t.coupon);if(a!==undefined)e.promo_code=a;const l=toText(_);if(l!==undefined)e.search_query=l;const f=toText(y);if(f!==undefined)e.video_title=f;return e}
function isPropertyName(e){if(e.length>64)return false;for(let r=0;r<e.length;r++){const t=e.charAt(r);const n=t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_";if(!n&&!(r>0&&t>="0"&&t<="9"))return false}return true}
function scalar(n){const r=typeof n;if(r==="number")return toNumber(n);return r==="string"&&n!==""||r==="boolean"?n:undefined}
var LINE_ITEM_FIELDS=["product_name","product_id","product_category","product_variant","product_variant_id","product_price","product_quantity","product_brand"];
function lineItemsFrom(I){const t=[];const i=toList(I);for(let e=0;e<i.length;e++){const o=toObject(i[e]);if(o===undefined)continue;const l={};for(let n=0;n<LINE_ITEM_FIELDS.length;n++){const s=scalar(o[LINE_ITEM_FIELDS[n]]);if(s!==undefined)l[LINE_ITEM_FIELDS[n]]=s}t.push(l)}return t.length>0?t:undefined}
function applyFields(o,e){const u=toNumber(e.value);if(u!==undefined)o.value=u;const d=toCurrency(e.currency);if(d!==undefined)o.currency=d;const t=toInteger(e.orderQuantity);if(t!==undefined&&t>=0)o.order_quantity=t;const c=[["order_id",e.orderId],["promo_code",e.promoCode],["search_query",e.searchQuery],["lead_type",e.leadType],["video_title",e.videoTitle]];for(let n=0;n<c.length;n++){const i=toText(c[n][1]);if(i!==undefined)o[c[n][0]]=i}const s=toList(e.customProperties);for(let n=0;n<s.length;n++){const i=toObject(s[n]);const r=i===undefined?undefined:toText(i.name);if(i===undefined||r===undefined||!isPropertyName(r))continue;const l=r==="line_items"?lineItemsFrom(i.value):scalar(i.value);if(l!==undefined)o[r]=l}}
function settleValue(e,i,l){if(e.value===undefined&&e.line_items!==undefined&&valueIsItemTotal(capiEventFor(i))){const n=lineItemsTotal(e.line_items);if(n!==undefined){e.value=n;log("value computed from the items (price × quantity): "+n)}}if(e.value===undefined||e.currency!==undefined)return;const t=toCurrency(l);if(t!==undefined){e.currency=t;return}require("Object").delete(e,"value");log("value left out: the event has no currency and the Default currency field is empty")}
function withoutPersonalData(n){let l=0;const t=keysOf(n);for(let e=0;e<t.length;e++){const r=n[t[e]];if(typeof r==="string"&&isPersonalOrControlText(r)){require("Object").delete(n,t[e]);l++}else if(t[e]==="line_items"){const i=r;for(let s=0;s<i.length;s++)l+=withoutPersonalData(i[s])}}return l}
function buildEventData(e,o){const r=e.eventName===AUTO||e.readEcommerce===true;const a=r?tagDataFromGa4(copyFromDataLayer("ecommerce"),copyFromDataLayer("search_term"),copyFromDataLayer("video_title")):{};applyFields(a,e);const t=withoutPersonalData(a);if(t>0)log("left out "+t+" event data value(s) that look like an email address, a phone number or hold control characters");settleValue(a,o,e.defaultCurrency);return a}
var FIELD_DEFAULTS={eventName:"auto",readEcommerce:true,consentMode:"respect",limitedDataProcessing:false,sendPageView:true};
var parseUrl2;
var OUTSIDE=": has a field outside the protocol";
var NO_EMAIL=": must not hold a raw email address (send it hashed in user_data.em)";
var NO_PHONE=": must not hold a raw phone number";
var text=(t,o,e)=>typeof t!=="string"||!isProtocolText(t,o)?e+": must be text of 1 to "+o+" characters without control characters":undefined;
var number=(e,n)=>typeof e!=="number"||e-e!==0?n+": must be a finite number":undefined;
var freeText=(e,r,n)=>{var o;return(o=text(e,r,n))!=null?o:looksLikeEmail(e)?n+NO_EMAIL:looksLikePhone(e)?n+NO_PHONE:undefined};
var customText=(e,t)=>freeText(e,LIMITS.textLength,t);
function url(r,t){const n=text(r,LIMITS.urlLength,t);if(n!==undefined)return n;if(parseUrl2===undefined)parseUrl2=require("parseUrl");const e=parseUrl2(r);const o=e!==undefined&&(e.protocol==="https:"||e.protocol==="http:")&&e.hostname!=="";if(!o||e.username!==""||e.password!=="")return t+": must be an http(s) URL without credentials";return looksLikeEmail(withoutQuery(r))?t+NO_EMAIL:undefined}
function isPropertyName2(e){if(e.length===0||e.length>LIMITS.customKeyLength)return false;for(let r=0;r<e.length;r++){const t=e.charAt(r);if(!(t>="a"&&t<="z"||t==="_"||r>0&&t>="0"&&t<="9"))return false}return true}
function customPropertyProblem(n,t){const e="custom_data.*";if(!isPropertyName2(n))return"custom_data: property names are 1 to "+LIMITS.customKeyLength+" lower-case letters, digits and underscores";const r=typeof t;if(r==="number")return number(t,e);if(r==="boolean")return undefined;if(r!=="string")return e+": must be a string, a number or a boolean";return customText(t,e)}
function lineItemProblem(o,t){if(!isObject(o))return t+": must be an object";const i=o;const c=keysOf(i);for(let r=0;r<c.length;r++){const e=c[r];if(LINE_ITEM_TEXT_KEYS.indexOf(e)!==-1){const n=customText(i[e],t+"."+e);if(n)return n;continue}if(LINE_ITEM_NUMBER_KEYS.indexOf(e)!==-1){const n=number(i[e],t+"."+e);if(n)return n;continue}return t+OUTSIDE}return undefined}
function customData(i){if(!isObject(i))return"custom_data: must be an object";const r=i;const s=keysOf(r);if(s.length>LIMITS.customKeys)return"custom_data: at most "+LIMITS.customKeys+" properties";for(let o=0;o<s.length;o++){const e=s[o];const n=r[e];if(e==="line_items"){if(!isList(n)||n.length>LIMITS.lineItems)return"custom_data.line_items: must be an array of at most "+LIMITS.lineItems+" items";for(let t=0;t<n.length;t++){const c=lineItemProblem(n[t],"custom_data.line_items["+t+"]");if(c)return c}continue}if(CUSTOM_NUMBER_KEYS.indexOf(e)!==-1){const t=number(n,"custom_data."+e);if(t)return t;continue}if(CUSTOM_TEXT_KEYS.indexOf(e)!==-1){const t=customText(n,"custom_data."+e);if(t)return t;continue}const u=customPropertyProblem(e,n);if(u)return u}return undefined}
function userData(n){if(!isObject(n))return"user_data: must be an object";const r=n;const t=keysOf(r);for(let e=0;e<t.length;e++){if(USER_DATA_KEYS.indexOf(t[e])===-1)return"user_data"+OUTSIDE;const i="user_data."+t[e];const s=r[t[e]];if(!isList(s)||s.length>LIMITS.hashesPerField)return i+": must be an array of at most "+LIMITS.hashesPerField+" hashes";for(let a=0;a<s.length;a++){const h=s[a];if(typeof h!=="string"||!isSha256Hex(h))return i+"["+a+"]: must be a SHA-256 hex digest"}}return undefined}
function consentProblem(t){if(!isObject(t))return"consent: must be an object";const o=t;const e=keysOf(o);for(let n=0;n<e.length;n++){if(CONSENT_KEYS.indexOf(e[n])===-1)return"consent"+OUTSIDE;if(CONSENT_VALUES.indexOf(o[e[n]])===-1)return"consent."+e[n]+': must be "granted" or "denied"'}return undefined}
function forwardedEventProblem(i){var u;if(!isObject(i))return"event: must be an object";const e=i;const o=keysOf(e);for(let n=0;n<o.length;n++)if(EVENT_KEYS.indexOf(o[n])===-1)return"event"+OUTSIDE;const r=text(e.event_name,LIMITS.eventNameLength,"event_name");if(r!==undefined)return r;if(!isCustomEventName(e.event_name))return"event_name: must be letters and underscores";const t=e.click_id;const d=[freeText(e.event_id,LIMITS.eventIdLength,"event_id"),e.event_time===undefined?undefined:(u=number(e.event_time,"event_time"))!=null?u:e.event_time<0?"event_time: must not be negative":undefined,e.page_location===undefined?undefined:url(e.page_location,"page_location"),e.page_referrer===undefined?undefined:url(e.page_referrer,"page_referrer"),t===undefined||typeof t==="string"&&isClickId(t,LIMITS.clickIdLength)&&!looksLikePhone(t)?undefined:"click_id: must be 1 to "+LIMITS.clickIdLength+" characters of A-Z a-z 0-9 + / - _ =, not a phone number",e.click_id_from_url===undefined||typeof e.click_id_from_url==="boolean"?undefined:"click_id_from_url: must be a boolean",e.opt_out_type===undefined||e.opt_out_type==="LDP"||e.opt_out_type===""?undefined:'opt_out_type: must be "LDP" or empty',e.custom_data===undefined?undefined:customData(e.custom_data),e.user_data===undefined?undefined:userData(e.user_data),e.consent===undefined?undefined:consentProblem(e.consent)];for(let n=0;n<d.length;n++)if(d[n]!==undefined)return d[n];return undefined}
function repairLine(i){const t=toObject(i);if(t===undefined)return undefined;const E={};for(let e=0;e<LINE_ITEM_TEXT_KEYS.length;e++){const n=toText(t[LINE_ITEM_TEXT_KEYS[e]]);if(n!==undefined)E[LINE_ITEM_TEXT_KEYS[e]]=n}for(let e=0;e<LINE_ITEM_NUMBER_KEYS.length;e++){const n=toNumber(t[LINE_ITEM_NUMBER_KEYS[e]]);if(n!==undefined)E[LINE_ITEM_NUMBER_KEYS[e]]=n}return lineItemProblem(E,"line")===undefined?E:undefined}
function repairProperty(n,t){if(n==="line_items"){const e=[];const o=toList(t);for(let d=0;d<o.length&&e.length<LIMITS.lineItems;d++){const f=repairLine(o[d]);if(f!==undefined)e.push(f)}return e.length>0?{key:n,value:e}:undefined}if(CUSTOM_NUMBER_KEYS.indexOf(n)!==-1){const e=toNumber(t);return e===undefined?undefined:{key:n,value:e}}if(CUSTOM_TEXT_KEYS.indexOf(n)!==-1){const e=toText(t);return e!==undefined&&customText(e,n)===undefined?{key:n,value:e}:undefined}const r=n.toLowerCase();const i=typeof t==="string"?toText(t):t;return i!==undefined&&customPropertyProblem(r,i)===undefined?{key:r,value:i}:undefined}
function repairCustomData(r){const o={};let u=0;let i=0;const t=keysOf(r);for(let e=0;e<t.length;e++){if(t[e]==="event_id")continue;const n=repairProperty(t[e],r[t[e]]);if(n===undefined||o[n.key]!==undefined||i>=LIMITS.customKeys){u++;continue}o[n.key]=n.value;i++}return{custom:o,dropped:u}}
var encodeUriComponent2;
var JSON2;
var serverUrlChecked;
function encoded(o,i){var e,n;if(encodeUriComponent2===undefined||JSON2===undefined){encodeUriComponent2=require("encodeUriComponent");JSON2=require("JSON")}return(n=encodeUriComponent2((e=JSON2.stringify(o))!=null?e:i))!=null?n:""}
function clickId(){const o=r=>r!==undefined&&isClickId(r,LIMITS.clickIdLength)&&!isPersonalOrControlText(r);const e=toText(require("getQueryParameters")("epik"));if(e!==undefined)return o(e)?{value:e,fromUrl:true}:{fromUrl:false};const t=toText(toList(require("getCookieValues")("_epik"))[0]);return o(t)?{value:t,fromUrl:false}:{fromUrl:false}}
function location(t){var n;const o=toText(t("protocol"));const e=toText(t("host"));if(o!=="https"&&o!=="http"||e===undefined)return undefined;const u=o+"://"+e+((n=toText(t("path")))!=null?n:"");return isProtocolText(u,LIMITS.urlLength)?u:undefined}
function isServerUrl(e){if(serverUrlChecked===undefined||serverUrlChecked.url!==e)serverUrlChecked={url:e,ok:checkServerUrl(e)};return serverUrlChecked.ok}
function checkServerUrl(e){if(e.indexOf("https://")!==0||!isProtocolText(e,LIMITS.urlLength)||e.indexOf(" ")!==-1||e.indexOf("\\")!==-1)return false;const t=e.slice("https://".length);const s=t.indexOf("/");const i=s===-1?"":t.slice(0,s);if(i===""||i.indexOf("@")!==-1||i.indexOf("?")!==-1||i.indexOf("#")!==-1)return false;const n=t.slice(s).toLowerCase();if(n.indexOf("/.")!==-1||n.indexOf("%2e")!==-1||n.indexOf("%2f")!==-1||n.indexOf("%5c")!==-1)return false;return n.indexOf("/pinterest/")===0&&require("queryPermission")("send_pixel",e)}
function readPageFacts(e){return{time:require("getTimestampMillis")(),page:location(require("getUrl")),referrer:location(require("getReferrerUrl")),click:clickId(),consent:e}}
function buildForwardedEvent(u,a,n,_,d){const t=toText(a.event_id);if(t===undefined||!isProtocolText(t,LIMITS.eventIdLength)){log("server forwarding skipped: the event_id is not 1 to 256 characters of text");return undefined}const e={event_name:capiEventFor(u),event_id:t,event_time:d.time};if(d.page!==undefined)e.page_location=d.page;if(d.referrer!==undefined)e.page_referrer=d.referrer;const i=d.click;if(i.value!==undefined){e.click_id=i.value;if(i.fromUrl)e.click_id_from_url=true}const o=repairCustomData(a);if(o.dropped>0)log("server forwarding: left out "+o.dropped+" event data value(s) the server would refuse");e.custom_data=o.custom;const r={};if(n.em!==undefined)r.em=[n.em];if(n.external_id!==undefined)r.external_id=[n.external_id];if(n.st!==undefined)r.st=[n.st];if(n.country!==undefined)r.country=[n.country];e.user_data=r;if(_)e.opt_out_type="LDP";e.consent={ad_storage:d.consent.ad_storage,ad_user_data:d.consent.ad_user_data};const f=forwardedEventProblem(e);if(f!==undefined){log("server forwarding skipped: "+f);return undefined}return e}
function requestUrl(n,O){const e=n.indexOf("?")===-1?"?":"&";return n+e+VERSION_PARAM+"="+PROTOCOL_VERSION+"&"+EVENT_PARAM+"="+encoded(O,"{}")}
function linesThatFit(r,l,e){const n=l.custom_data;n.line_items=[];let i=requestUrl(r,l).length;let o=0;for(let t=0;t<e.length;t++){i+=encoded(e[t],"").length+(t>0?3:0);if(i>MAX_GET_LENGTH)break;o++}n.line_items=e;return o}
function forwardEvent(i,e){if(e===undefined)return;if(!isServerUrl(i)){log("server forwarding skipped: the server container endpoint must be an https URL whose path starts with /pinterest/");return}let n=requestUrl(i,e);const r=e.custom_data;const t=toList(r.line_items);if(n.length>MAX_GET_LENGTH&&t.length>0){const s=linesThatFit(i,e,t);r.line_items=t.slice(0,s);log("server forwarding: dropped "+(t.length-s)+" of "+t.length+" line items to stay under 8 KB");n=requestUrl(i,e)}if(n.length>MAX_GET_LENGTH){log("server forwarding skipped: the event is over 8 KB even without line items");return}require("sendPixel")(n)}
var KEY="pageState";
var fingerprint=n=>n.loaded.join(",")+"|"+n.pageSent+"|"+n.consentWatch;
function openPageState(){var n;const t=(n=toObject(templateStorage.getItem(KEY)))!=null?n:{};const e={loaded:toList(t.loaded).slice(0),pageSent:t.pageSent===true,consentWatch:t.consentWatch===true};return{loaded:e.loaded,pageSent:e.pageSent,consentWatch:e.consentWatch,opened:fingerprint(e)}}
function savePageState(e){if(fingerprint(e)!==e.opened)templateStorage.setItem(KEY,{loaded:e.loaded,pageSent:e.pageSent,consentWatch:e.consentWatch})}
function parseTagIds(t){const n=[];const s=[];const r=(typeof t==="string"?t:t===undefined||t===null?"":typeof t==="number"?""+t:require("makeString")(t)).split(",");for(let e=0;e<r.length;e++){const i=r[e].trim();if(i==="")continue;if(!isTagId(i))s.push(i);else if(n.indexOf(i)===-1)n.push(i)}return{ids:n,rejected:s}}
function isTagId(r){if(r.length!==13)return false;for(let t=0;t<r.length;t++)if(r.charAt(t)<"0"||r.charAt(t)>"9")return false;return true}
function main(){const e=withDefaults(data,FIELD_DEFAULTS);const t=parseTagIds(e.tagId);if(t.rejected.length>0)log("ignoring "+t.rejected.length+" tag ID(s) that are not 13 digits");if(t.ids.length===0){log("no valid tag ID: nothing sent");data.gtmOnFailure();return}const n=toText(e.consentMode)===RESPECT_CONSENT;if(n&&!adStorageGranted()){log("ad_storage is denied: waiting for consent before loading or sending anything");onAdStorageGranted(()=>{fire(e,t.ids,n,true)});data.gtmOnSuccess();return}fire(e,t.ids,n,false)}
function consentState(){return{ad_storage:adStorageGranted()?"granted":"denied",ad_user_data:adUserDataGranted()?"granted":"denied"}}
function fire(t,l,c,f){let d=f;const s=e=>{if(d)return;d=true;if(e)data.gtmOnSuccess();else data.gtmOnFailure()};const i=resolveTagEvent(t.eventName,t.customEventName,eventMeaning);const a=pintrkQueue();const n=!c||adUserDataGranted();preparePartnerData(t,e=>{const m=n?e.match:{};if(!n&&!isEmpty(e.match)){log("ad_user_data is denied: Enhanced Match waits for it");holdMatchUntilGranted(a,e.match)}const r=t.sendPageView!==false?pageVisitId():undefined;const o=openPageState();const u=runBaseCode(a,o,l,m,e.ldp,r);if(c)watchConsentChanges(a,o);savePageState(o);const h=track(t,a,i.name,i.skip);injectCoreJs(()=>{s(true)},()=>{log("core.js failed to load (blocked by the browser or an extension?)");s(false)});forward(t,e,n,u?r:undefined,h)})}
function track(n,r,e,d){var i;if(e===undefined){log("no event tracked: "+(d!=null?d:""));return undefined}if(e===PAGE)return undefined;const t=buildEventData(n,e);t.event_id=webEventId((i=toText(n.eventId))!=null?i:t.event_id,e,t.order_id);r("track",e,t);if(logging())log("track "+e,{event_id:t.event_id,fields:keysOf(t)});return{name:e,data:t}}
function forward(i,n,u,d,e){const r=toText(i.serverUrl);if(r===undefined)return;const t=u?n.forwarded:{st:n.forwarded.st,country:n.forwarded.country};const f=n.ldp!==undefined;if(d===undefined&&e===undefined)return;const o=readPageFacts(consentState());if(d!==undefined)forwardEvent(r,buildForwardedEvent(PAGE,{event_id:d},t,f,o));if(e!==undefined)forwardEvent(r,buildForwardedEvent(e.name,e.data,t,f,o))}
main();


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
                    "string": "pintrk"
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
                    "string": "pintrk.queue"
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
        "publicId": "inject_script",
        "versionId": "1"
      },
      "param": [
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://s.pinimg.com/ct/core.js"
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
                "string": "ecommerce"
              },
              {
                "type": 1,
                "string": "ecommerce.*"
              },
              {
                "type": 1,
                "string": "gtm.uniqueEventId"
              },
              {
                "type": 1,
                "string": "gtm.start"
              },
              {
                "type": 1,
                "string": "search_term"
              },
              {
                "type": 1,
                "string": "video_title"
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
        "publicId": "access_consent",
        "versionId": "1"
      },
      "param": [
        {
          "key": "consentTypes",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_storage"
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
                    "string": "consentType"
                  },
                  {
                    "type": 1,
                    "string": "read"
                  },
                  {
                    "type": 1,
                    "string": "write"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "ad_user_data"
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
        "publicId": "access_template_storage",
        "versionId": "1"
      },
      "param": []
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
          "key": "protocol",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "host",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "path",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "query",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "queriesAllowed",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "queryKeys",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "epik"
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
        "publicId": "get_referrer",
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
          "key": "protocol",
          "value": {
            "type": 8,
            "boolean": true
          }
        },
        {
          "key": "host",
          "value": {
            "type": 8,
            "boolean": true
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
        "publicId": "send_pixel",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedUrls",
          "value": {
            "type": 1,
            "string": "specific"
          }
        },
        {
          "key": "urls",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 1,
                "string": "https://*/pinterest/*"
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
- name: "Base code only: loads the tag, sends the page visit with its event_id, injects core.js and succeeds"
  code: |-
    runCode(mockData);
    assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['page', { event_id: PAGE_VIEW_ID + '.page' }]]);
    assertThat(injected).isEqualTo(['https://s.pinimg.com/ct/core.js']);
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: Sends no page when page is turned off
  code: |-
    runCode(withData({ sendPageView: false }));
    assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}]]);
- name: Fails without loading anything when no tag ID is valid
  code: |-
    runCode(withData({ tagId: '12345' }));
    assertThat(pintrkCalls).isEqualTo([]);
    assertThat(injected).isEqualTo([]);
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: Loads the valid tag IDs and logs how many others there were, without echoing them
  code: |-
    runCode(withData({ tagId: 'abc, ' + TAG_ID + ' ,' }));
    assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
    assertThat(logs.join(' ')).contains('ignoring 1 tag ID(s)');
    assertThat(logs.join(' ')).doesNotContain('abc');
- name: Loads every tag ID once and sends page once
  code: |-
    runCode(withData({ tagId: TAG_ID + ',' + OTHER_TAG_ID + ',' + TAG_ID }));
    assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['load', OTHER_TAG_ID, {}], ['page', { event_id: PAGE_VIEW_ID + '.page' }]]);
- name: A later fire on the page loads nothing again and updates partner data with set
  code: |-
    runCode(mockData);
    pintrkCalls = [];
    runCode(withData({ email: 'jane@example.com' }));
    assertThat(pintrkCalls).isEqualTo([['set', { em: 'sha256(jane@example.com)' }]]);
- name: A later fire without partner data sends no set
  code: |-
    runCode(mockData);
    pintrkCalls = [];
    runCode(mockData);
    assertThat(pintrkCalls).isEqualTo([]);
    assertApi('gtmOnSuccess').wasCalled();
- name: A tag ID new to this template is loaded although pintrk already exists on the page
  code: |-
    runCode(mockData);
    pintrkCalls = [];
    runCode(withData({ tagId: OTHER_TAG_ID }));
    assertThat(pintrkCalls).isEqualTo([['load', OTHER_TAG_ID, {}]]);
    assertApi('createArgumentsQueue').wasCalledWith('pintrk', 'pintrk.queue');
- name: Automatic mode tracks a GA4 purchase as checkout with every item
  code: |-
    dataLayer = purchase;
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()).isEqualTo([['track', 'checkout', {
      value: 59.8, currency: 'EUR', order_id: 'T-1001', order_quantity: 3, promo_code: 'PIN10', event_id: 'checkout_T-1001',
      line_items: [
        { product_id: 'SKU-1', product_name: 'Vase', product_category: 'Home', product_variant: 'Blue', product_brand: 'Acme', product_price: 19.9, product_quantity: 2 },
        { product_id: 'SKU-2', product_name: 'Mug', product_price: 20, product_quantity: 1 },
      ],
    }]]);
- name: "Automatic mode: add_to_cart becomes addtocart with an id unique to the page view and event"
  code: |-
    dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 7, ecommerce: { currency: 'USD', value: 10, items: [{ item_id: 'A', price: 10, quantity: 1 }] } };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()[0][1]).isEqualTo('addtocart');
    assertThat(tracked()[0][2].event_id).isEqualTo(PAGE_VIEW_ID + '.7');
- name: "Automatic mode: view_item_list becomes viewcategory"
  code: |-
    dataLayer = { event: 'view_item_list', 'gtm.uniqueEventId': 3 };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()).isEqualTo([['track', 'viewcategory', { event_id: PAGE_VIEW_ID + '.3' }]]);
- name: "Automatic mode: an event with no Pinterest meaning tracks nothing but still loads the tag"
  code: |-
    dataLayer = { event: 'gtm.click', 'gtm.uniqueEventId': 4 };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()).isEqualTo([]);
    assertThat(callsOf('load').length).isEqualTo(1);
    assertApi('gtmOnSuccess').wasCalled();
- name: "Automatic mode: search carries the search term"
  code: |-
    dataLayer = { event: 'search', search_term: ' red vase ', 'gtm.uniqueEventId': 5 };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()).isEqualTo([['track', 'search', { search_query: 'red vase', event_id: PAGE_VIEW_ID + '.5' }]]);
- name: A chosen event ignores the dataLayer's ecommerce when reading it is off
  code: |-
    dataLayer = purchase;
    runCode(withData({ eventName: 'addtocart', readEcommerce: false }));
    assertApi('copyFromDataLayer').wasNotCalledWith('ecommerce');
    assertThat(tracked()[0][2]).isEqualTo({ event_id: PAGE_VIEW_ID + '.12' });
- name: Fields win over the dataLayer
  code: |-
    dataLayer = purchase;
    runCode(withData({ eventName: 'checkout', value: '100.5', currency: 'usd', orderId: 'T-2', orderQuantity: '4' }));
    const data = tracked()[0][2];
    assertThat([data.value, data.currency, data.order_id, data.order_quantity, data.event_id]).isEqualTo([100.5, 'USD', 'T-2', 4, 'checkout_T-2']);
    assertThat(data.line_items.length).isEqualTo(2);
- name: Custom properties are added, win over everything else, and empty ones are skipped
  code: |-
    dataLayer = { 'gtm.uniqueEventId': 9 };
    runCode(withData({ eventName: 'lead', leadType: 'Newsletter', customProperties: [
      { name: 'lead_type', value: 'Catalog' }, { name: 'property', value: 'shop-eu' }, { name: 'empty', value: '' }, { name: '', value: 'x' },
    ] }));
    assertThat(tracked()[0][2]).isEqualTo({ lead_type: 'Catalog', property: 'shop-eu', event_id: PAGE_VIEW_ID + '.9' });
- name: Junk values are dropped, never thrown on
  code: |-
    dataLayer = { 'gtm.uniqueEventId': 2, ecommerce: { value: 'abc', currency: 'euro', transaction_id: null, items: [null, 'x', { price: 5 }, { item_id: 7, price: 'cheap', quantity: 'many' }] } };
    runCode(withData({ eventName: 'addtocart', value: 'n/a', orderQuantity: '-2' }));
    assertThat(tracked()[0][2]).isEqualTo({ line_items: [{ product_id: '7' }], order_quantity: 1, event_id: PAGE_VIEW_ID + '.2' });
    assertApi('gtmOnSuccess').wasCalled();
- name: The value is the sum of price times quantity when the dataLayer gives none
  code: |-
    dataLayer = { 'gtm.uniqueEventId': 2, ecommerce: { currency: 'USD', items: [{ item_id: 'A', price: 2.5, quantity: 2 }, { item_id: 'B', price: 1 }] } };
    runCode(withData({ eventName: 'addtocart' }));
    assertThat(tracked()[0][2].value).isEqualTo(6);
    assertThat(tracked()[0][2].order_quantity).isEqualTo(3);
- name: An explicit event ID is used as is
  code: |-
    dataLayer = purchase;
    runCode(withData({ eventName: 'checkout', eventId: ' order-77 ' }));
    assertThat(tracked()[0][2].event_id).isEqualTo('order-77');
- name: An event_id custom property counts as the explicit event ID
  code: |-
    runCode(withData({ eventName: 'signup', customProperties: [{ name: 'event_id', value: 'E-1' }] }));
    assertThat(tracked()[0][2].event_id).isEqualTo('E-1');
- name: A custom event name is tracked as written
  code: |-
    dataLayer = { 'gtm.uniqueEventId': 1 };
    runCode(withData({ eventName: 'advertiserDefined', customEventName: 'quote_request' }));
    assertThat(tracked()).isEqualTo([['track', 'quote_request', { event_id: PAGE_VIEW_ID + '.1' }]]);
- name: A custom event name with other characters is not tracked and is logged
  code: |-
    runCode(withData({ eventName: 'advertiserDefined', customEventName: 'quote-request!' }));
    assertThat(tracked()).isEqualTo([]);
    assertThat(logs.join(' ')).contains('letters and underscores');
    assertApi('gtmOnSuccess').wasCalled();
- name: Lead, search and video fields go into the event data
  code: |-
    runCode(withData({ eventName: 'watchvideo', videoTitle: 'How to pot', searchQuery: 'pots', leadType: 'Demo', promoCode: 'X1' }));
    const data = tracked()[0][2];
    assertThat([data.video_title, data.search_query, data.lead_type, data.promo_code]).isEqualTo(['How to pot', 'pots', 'Demo', 'X1']);
- name: The email is normalised and hashed before load; the raw address is never logged
  code: |-
    runCode(withData({ eventName: 'signup', email: ' Jane.Doe@Example.COM ' }));
    assertThat(hashed).isEqualTo(['jane.doe@example.com']);
    assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, { em: 'sha256(jane.doe@example.com)' }]]);
    assertThat(logs.join(' ')).doesNotContain('Jane');
    assertThat(logs.join(' ')).doesNotContain('jane');
- name: A SHA-256 email is passed through, lower-cased, without hashing it again
  code: |-
    const digest = 'AC8D8342BBB2362D13F0A559A3621BB407011368895164B628A54F7FC33FC43C';
    runCode(withData({ email: digest }));
    assertThat(hashed).isEqualTo([]);
    assertThat(callsOf('load')[0][2]).isEqualTo({ em: digest.toLowerCase() });
- name: The external ID is hashed as given (trimmed)
  code: |-
    runCode(withData({ externalId: ' Cust-42 ' }));
    assertThat(callsOf('load')[0][2]).isEqualTo({ external_id: 'sha256(Cust-42)' });
- name: "Limited Data Processing: pintrk('set') before any event code, state and country hashed upper-case as Pinterest's LDP guide shows"
  code: |-
    runCode(withData({ limitedDataProcessing: true, ldpState: 'ca', ldpCountry: ' US ' }));
    assertThat(pintrkCalls).isEqualTo([
      ['load', TAG_ID, {}],
      ['set', { opt_out_type: 'LDP', st: 'sha256(CA)', country: 'sha256(US)' }],
      ['page', { event_id: PAGE_VIEW_ID + '.page' }],
    ]);
- name: With ad_storage denied nothing loads until consent is granted; then the event is sent
  code: |-
    consentGranted = false;
    dataLayer = purchase;
    runCode(withData({ eventName: 'auto' }));
    assertThat(pintrkCalls).isEqualTo([]);
    assertThat(injected).isEqualTo([]);
    assertApi('gtmOnSuccess').wasCalled();
    setConsent(true);
    assertThat(callsOf('load').length).isEqualTo(1);
    assertThat(tracked()[0][1]).isEqualTo('checkout');
    assertThat(injected.length).isEqualTo(1);
- name: Fire regardless sends while ad_storage is denied
  code: |-
    consentGranted = false;
    runCode(withData({ consentMode: 'always' }));
    assertThat(callsOf('load').length).isEqualTo(1);
    assertApi('addConsentListener').wasNotCalled();
- name: Revoking ad_storage after loading calls setconsent false, granting again setconsent true
  code: |-
    runCode(mockData);
    setConsent(false);
    setConsent(true);
    assertThat(callsOf('setconsent')).isEqualTo([['setconsent', false], ['setconsent', true]]);
- name: A blocked core.js ends the tag with gtmOnFailure
  code: |-
    coreJsLoads = false;
    runCode(mockData);
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
    assertThat(logs.join(' ')).contains('core.js');
- name: Server forwarding sends the page visit and the event, with their event_ids, hashed user data and the click id
  code: |-
    // The client accepts only SHA-256 hex digests in user_data: this scenario's digest is one.
    const DIGEST = 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514';
    mock('sha256', (input, onSuccess) => { hashed.push(input); onSuccess(DIGEST); });
    dataLayer = purchase;
    runCode(withData({ eventName: 'auto', email: 'jane@example.com', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    assertThat(pixels.length).isEqualTo(2);
    const prefix = 'https://sgtm.example.com/pinterest/events?v=1&e=';
    assertThat(pixels[0].indexOf(prefix)).isEqualTo(0);
    const pageVisit = JSON.parse(require('decodeUriComponent')(pixels[0].slice(prefix.length)));
    assertThat([pageVisit.event_name, pageVisit.event_id]).isEqualTo(['page_visit', PAGE_VIEW_ID + '.page']);
    assertThat(pageVisit.consent).isEqualTo({ ad_storage: 'granted', ad_user_data: 'granted' });
    const event = JSON.parse(require('decodeUriComponent')(pixels[1].slice(prefix.length)));
    assertThat([event.event_name, event.event_id, event.page_location, event.click_id]).isEqualTo(['checkout', 'checkout_T-1001', 'https://shop.example/thank-you', 'dj0yJnU9abc']);
    assertThat(event.user_data).isEqualTo({ em: [DIGEST] });
    assertThat(hashed).isEqualTo(['jane@example.com']);
    assertThat(event.custom_data.line_items.length).isEqualTo(2);
    assertThat(pixels[1]).doesNotContain('jane%40example.com%22');
- name: Server forwarding drops line items from the end to stay under 8 KB
  code: |-
    const items = [];
    for (let i = 0; i < 200; i++) items.push({ item_id: 'SKU-' + i, item_name: 'A rather long product name number ' + i, price: 1, quantity: 1 });
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 1, ecommerce: { transaction_id: 'T-9', currency: 'USD', value: 200, items: items } };
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    assertThat(pixels.length).isEqualTo(2);
    assertThat(pixels[0].length <= 8000).isTrue();
    assertThat(pixels[1].length <= 8000).isTrue();
    const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
    assertThat(forwarded.custom_data.line_items.length > 10).isTrue();
    assertThat(forwarded.custom_data.line_items.length < 200).isTrue();
    assertThat(forwarded.custom_data.line_items[0].product_id).isEqualTo('SKU-0');
    assertThat(tracked()[0][2].line_items.length).isEqualTo(200);
    assertThat(logs.join(' ')).contains('dropped');
- name: "Automatic mode: video_start becomes watchvideo with the video title"
  code: |-
    dataLayer = { event: 'video_start', video_title: 'Spring', 'gtm.uniqueEventId': 6 };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()).isEqualTo([['track', 'watchvideo', { video_title: 'Spring', event_id: PAGE_VIEW_ID + '.6' }]]);
- name: Without gtm.uniqueEventId the event still gets an id unique to the page view
  code: |-
    runCode(withData({ eventName: 'pagevisit' }));
    const id = tracked()[0][2].event_id;
    assertThat(id.indexOf(PAGE_VIEW_ID + '.r')).isEqualTo(0);
- name: Nothing is sent to a server container unless its URL is set
  code: |-
    dataLayer = purchase;
    runCode(withData({ eventName: 'auto' }));
    assertApi('sendPixel').wasNotCalled();
- name: "Automatic mode: refunds, cart removals, cart views and shipping steps are not conversions and are not tracked"
  code: |-
    const events = ['refund', 'remove_from_cart', 'view_cart', 'add_shipping_info'];
    events.forEach((name, i) => {
      dataLayer = { event: name, 'gtm.uniqueEventId': 20 + i, ecommerce: { value: 10, currency: 'USD', items: [{ item_id: 'A', price: 10 }] } };
      runCode(withData({ eventName: 'auto' }));
    });
    assertThat(tracked()).isEqualTo([]);
    assertThat(logs.filter((l) => l.indexOf('is not a conversion') !== -1).length).isEqualTo(4);
    assertApi('gtmOnFailure').wasNotCalled();
- name: Automatic mode on page_view and GTM page events sends the base code's page visit once, never a second pagevisit track
  code: |-
    ['gtm.js', 'page_view', 'gtm.dom'].forEach((name, i) => {
      dataLayer = { event: name, 'gtm.uniqueEventId': i + 1 };
      runCode(withData({ eventName: 'auto' }));
    });
    assertThat(callsOf('page')).isEqualTo([['page', { event_id: PAGE_VIEW_ID + '.page' }]]);
    assertThat(tracked()).isEqualTo([]);
- name: Automatic mode tracks view_item as pagevisit with the product's line item and no invented value
  code: |-
    dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 9, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-9', item_name: 'Boot', price: 80 }] } };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()[0][1]).isEqualTo('pagevisit');
    assertThat(tracked()[0][2].line_items).isEqualTo([{ product_id: 'SKU-9', product_name: 'Boot', product_price: 80 }]);
    assertThat(tracked()[0][2].value).isUndefined();
    assertThat(tracked()[0][2].event_id).isEqualTo(PAGE_VIEW_ID + '.9');
- name: "A list of priced items has no value: the items were shown, not bought"
  code: |-
    dataLayer = { event: 'view_item_list', 'gtm.uniqueEventId': 5, ecommerce: { currency: 'USD', items: [{ item_id: 'A', price: 10 }, { item_id: 'B', price: 20 }, { item_id: 'C', price: 30 }] } };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()[0][1]).isEqualTo('viewcategory');
    assertThat(tracked()[0][2].value).isUndefined();
    assertThat(tracked()[0][2].order_quantity).isEqualTo(3);
- name: A value without a currency takes the Default currency field, else it is left out and the reason logged
  code: |-
    dataLayer = { event: 'add_to_cart', 'gtm.uniqueEventId': 6, ecommerce: { value: 25, items: [{ item_id: 'A', price: 25 }] } };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()[0][2].value).isUndefined();
    assertThat(tracked()[0][2].currency).isUndefined();
    assertThat(logs.filter((l) => l.indexOf('value left out') !== -1).length).isEqualTo(1);
    runCode(withData({ eventName: 'auto', defaultCurrency: 'gbp' }));
    assertThat(tracked()[1][2].value).isEqualTo(25);
    assertThat(tracked()[1][2].currency).isEqualTo('GBP');
- name: With ad_user_data denied no Enhanced Match is loaded or forwarded; granting it sends the hashed email with set
  code: |-
    userDataGranted = false;
    dataLayer = purchase;
    runCode(withData({ eventName: 'auto', email: 'jane@example.com', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
    assertThat(tracked()[0][1]).isEqualTo('checkout');
    const prefix = 'https://sgtm.example.com/pinterest/events?v=1&e=';
    const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(prefix.length)));
    assertThat(forwarded.user_data).isEqualTo({});
    assertThat(forwarded.consent).isEqualTo({ ad_storage: 'granted', ad_user_data: 'denied' });
    assertThat(callsOf('set')).isEqualTo([]);
    setUserDataConsent(true);
    assertThat(callsOf('set')).isEqualTo([['set', { em: 'sha256(jane@example.com)' }]]);
- name: "A tag saved with only a tag ID (fields added by later versions missing) behaves as the fields' defaults: Automatic, consent respected, ecommerce read"
  code: |-
    dataLayer = purchase;
    runCode({ tagId: TAG_ID });
    assertThat(tracked()[0][1]).isEqualTo('checkout');
    assertThat(tracked()[0][2].event_id).isEqualTo('checkout_T-1001');
    assertThat(callsOf('page').length).isEqualTo(1);
    consentGranted = false;
    pintrkCalls = [];
    runCode({ tagId: TAG_ID });
    assertThat(pintrkCalls).isEqualTo([]);
- name: A server URL outside https://<host>/pinterest/ (a variable the page can influence) is never used; the browser event is still sent
  code: |-
    dataLayer = purchase;
    ['http://sgtm.example.com/pinterest/events', 'https://evil.example/collect', 'https://user@evil.example/pinterest/x', 'https://sgtm.example.com/pinterest/ev\nents'].forEach((url) => {
      runCode(withData({ eventName: 'auto', serverUrl: url }));
    });
    assertThat(pixels).isEqualTo([]);
    assertThat(tracked().length).isEqualTo(4);
    // Five skips: the first fire also forwards its page visit.
    assertThat(logs.filter((l) => l.indexOf('server forwarding skipped') !== -1).length).isEqualTo(5);
- name: Forwarding repairs what the client would refuse (numeric text, capital names) and drops the rest; contact data never leaves
  code: |-
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-3', currency: 'USD', value: 9, items: [{ item_id: 'A', price: 9 }] } };
    let long = '';
    for (let i = 0; i < 300; i++) long += 'x';
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: [
      { name: 'value', value: '12.5' }, { name: 'Colour', value: 'red' }, { name: 'note', value: long },
      { name: 'contact', value: 'jane@example.com' }, { name: 'line_items', value: 'not a list' },
    ] }));
    const sent = tracked()[0][2];
    assertThat(sent.Colour).isEqualTo('red');
    assertThat(sent.contact).isUndefined();
    assertThat(sent.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
    const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
    assertThat(forwarded.custom_data.value).isEqualTo(12.5);
    assertThat(forwarded.custom_data.colour).isEqualTo('red');
    assertThat(forwarded.custom_data.note).isUndefined();
    assertThat(forwarded.custom_data.contact).isUndefined();
    assertThat(forwarded.custom_data.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
    assertThat(logs.join(' ')).contains('left out 1 event data value(s) that look like an email address');
    assertThat(logs.join(' ')).contains('server forwarding: left out 1 event data value(s)');
- name: "Contact data in event data never reaches pintrk: emails and phone numbers in fields, custom properties and line items are left out"
  code: |-
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 4, search_term: 'jane@example.com', ecommerce: {
      transaction_id: 'jane@example.com', currency: 'USD', value: 5, items: [{ item_id: 'A', item_name: '+1 (415) 555-0142', price: 5, quantity: '+14155550142' }],
    } };
    runCode(withData({ eventName: 'auto', customProperties: [{ name: 'note', value: 'call 0044 20 7946 0958' }, { name: 'phone', value: '(415) 555-0142' }, { name: 'nested', value: { a: 'jane@example.com' } }] }));
    const data = tracked()[0][2];
    assertThat(JSON.stringify(data)).doesNotContain('jane');
    assertThat(JSON.stringify(data)).doesNotContain('555');
    assertThat(data.line_items).isEqualTo([{ product_id: 'A', product_price: 5 }]);
    assertThat(data.event_id.indexOf(PAGE_VIEW_ID + '.')).isEqualTo(0);
- name: MD5 and SHA-1 email digests go to the tag as they are (it accepts them) but never to the server container
  code: |-
    const md5 = '0CBA00CA3DA1B283A57287BCCEB17E35';
    runCode(withData({ email: md5, serverUrl: 'https://sgtm.example.com/pinterest/events', eventName: 'signup' }));
    assertThat(hashed).isEqualTo([]);
    assertThat(callsOf('load')[0][2]).isEqualTo({ em: md5.toLowerCase() });
    const event = JSON.parse(require('decodeUriComponent')(pixels[0].slice('https://sgtm.example.com/pinterest/events?v=1&e='.length)));
    assertThat(event.user_data).isEqualTo({});
    const sha1 = 'A3CADDB38202511EAB803116294DC020F7C4F8A2';
    pintrkCalls = [];
    runCode(withData({ email: sha1 }));
    assertThat(hashed).isEqualTo([]);
    assertThat(callsOf('set')).isEqualTo([['set', { em: sha1.toLowerCase() }]]);
- name: A value that is neither an address nor a digest is left out, logged without the value
  code: |-
    runCode(withData({ email: 'Jane Doe' }));
    assertThat(hashed).isEqualTo([]);
    assertThat(callsOf('load')[0][2]).isEqualTo({});
    assertThat(logs.join(' ')).contains('em left out: not an email address');
    assertThat(logs.join(' ')).doesNotContain('Jane');
setup: |-
  // Shared by every scenario: a recording pintrk, a scripted dataLayer, page and consent, and a sha256
  // that answers at once with a readable fake digest ("sha256(<input>)").
  const Object = require('Object');
  const JSON = require('JSON');

  const TAG_ID = '2612345678901';
  const OTHER_TAG_ID = '2619999999999';
  const PAGE_VIEW_ID = '1700000000000.123456789';

  const mockData = { tagId: TAG_ID, eventName: 'none', consentMode: 'respect', sendPageView: true, readEcommerce: true };
  const withData = (overrides) => {
    const out = {};
    Object.keys(mockData).forEach((k) => { out[k] = mockData[k]; });
    Object.keys(overrides).forEach((k) => { out[k] = overrides[k]; });
    return out;
  };

  let pintrkCalls = [];
  const pintrk = (command, first, second) => {
    const call = [command];
    if (first !== undefined) call.push(first);
    if (second !== undefined) call.push(second);
    pintrkCalls.push(call);
  };
  const callsOf = (command) => pintrkCalls.filter((c) => c[0] === command);
  const tracked = () => callsOf('track');

  let dataLayer = {};
  // GTM's model stores dotted keys as paths; the scenarios also write 'gtm.uniqueEventId' flat for brevity.
  const readPath = (root, key) => (root[key] !== undefined ? root[key] : key.split('.').reduce((value, part) => (value === undefined || value === null ? undefined : value[part]), root));

  let injected = [];
  let coreJsLoads = true;
  let hashed = [];
  let pixels = [];
  let logs = [];
  let consentGranted = true;
  let userDataGranted = true;
  let consentListeners = [];
  const notify = (type, granted) => consentListeners.filter((l) => l[0] === type).forEach((l) => l[1](type, granted));
  const setConsent = (granted) => { consentGranted = granted; notify('ad_storage', granted); };
  const setUserDataConsent = (granted) => { userDataGranted = granted; notify('ad_user_data', granted); };

  mock('createArgumentsQueue', () => pintrk);
  mock('copyFromDataLayer', (key) => readPath(dataLayer, key));
  mock('injectScript', (url, onSuccess, onFailure) => { injected.push(url); if (coreJsLoads) onSuccess(); else onFailure(); });
  mock('sha256', (input, onSuccess) => { hashed.push(input); onSuccess('sha256(' + input + ')'); });
  mock('sendPixel', (url) => { pixels.push(url); });
  mock('logToConsole', function () { logs.push(JSON.stringify(arguments)); });
  mock('isConsentGranted', (type) => (type === 'ad_user_data' ? userDataGranted : consentGranted));
  mock('addConsentListener', (type, listener) => { consentListeners.push([type, listener]); });
  mock('copyFromWindow', (key) => (key === '_pinterest_gtm_pvid' ? PAGE_VIEW_ID : undefined));
  mock('getUrl', (component) => ({ protocol: 'https', host: 'shop.example', path: '/thank-you' })[component]);
  mock('getQueryParameters', (key) => (key === 'epik' ? 'dj0yJnU9abc' : undefined));
  mock('getReferrerUrl', () => '');

  const purchase = {
    event: 'purchase', 'gtm.uniqueEventId': 12,
    ecommerce: {
      transaction_id: 'T-1001', value: 59.8, currency: 'eur', coupon: 'PIN10',
      items: [
        { item_id: 'SKU-1', item_name: 'Vase', item_category: 'Home', item_variant: 'Blue', item_brand: 'Acme', price: 19.9, quantity: 2 },
        { item_id: 'SKU-2', item_name: 'Mug', price: '20', quantity: '1' },
      ],
    },
  };


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


