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

const encodeUriComponent = require("encodeUriComponent");
const generateRandom = require("generateRandom");
const getTimestampMillis = require("getTimestampMillis");
const getType = require("getType");
const JSON = require("JSON");
const logToConsole = require("logToConsole");
const makeNumber = require("makeNumber");
const makeString = require("makeString");
const Math = require("Math");
const Object = require("Object");
const parseUrl = require("parseUrl");
const queryPermission = require("queryPermission");
const addConsentListener = require("addConsentListener");
const copyFromDataLayer = require("copyFromDataLayer");
const copyFromWindow = require("copyFromWindow");
const createArgumentsQueue = require("createArgumentsQueue");
const getCookieValues = require("getCookieValues");
const getQueryParameters = require("getQueryParameters");
const getReferrerUrl = require("getReferrerUrl");
const getUrl = require("getUrl");
const injectScript = require("injectScript");
const isConsentGranted = require("isConsentGranted");
const sendPixel = require("sendPixel");
const setInWindow = require("setInWindow");
const sha256 = require("sha256");
const templateStorage = require("templateStorage");

// pinterest/lookup.ts
function lookup(table, key) {
  return key !== undefined && table.hasOwnProperty(key) ? table[key] : undefined;
}

// pinterest/events.ts
var TAG_EVENTS = [
  "pagevisit",
  "viewcategory",
  "search",
  "addtocart",
  "checkout",
  "signup",
  "lead",
  "watchvideo",
  "custom",
  "addpaymentinfo",
  "addtowishlist",
  "initiatecheckout",
  "subscribe",
  "viewcontent",
  "contact",
  "customizeproduct",
  "findlocation",
  "schedule",
  "starttrial",
  "submitapplication"
];
var PAGE = "page";
var TAG_TO_CAPI = {
  page: "page_visit",
  pagevisit: "page_visit",
  viewcategory: "view_category",
  search: "search",
  addtocart: "add_to_cart",
  checkout: "checkout",
  signup: "signup",
  lead: "lead",
  watchvideo: "watch_video",
  custom: "custom",
  addpaymentinfo: "add_payment_info",
  addtowishlist: "add_to_wishlist",
  initiatecheckout: "initiate_checkout",
  subscribe: "subscribe",
  viewcontent: "view_content",
  contact: "contact",
  customizeproduct: "customize_product",
  findlocation: "find_location",
  schedule: "schedule",
  starttrial: "start_trial",
  submitapplication: "submit_application"
};
var ENGAGEMENT = "engagement, not a conversion Pinterest reports";
var PAGE_LIFECYCLE = "a GTM page event: the page visit of the base code, once per page load";
var LEAD_STAGE = "a later CRM stage of a lead that generate_lead already counted";
var GAME = "a game or app milestone, not a conversion Pinterest reports";
var SESSION = "collected by GA4 for every visitor, not a conversion";
var EVENT_TABLE = [
  { ga4: "page_view", pinterest: PAGE, reason: 'the page visit of the base code, once per page load (pintrk("page"))' },
  { ga4: "gtm.js", pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: "gtm.dom", pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: "gtm.load", pinterest: PAGE, reason: PAGE_LIFECYCLE },
  { ga4: "view_item", pinterest: "pagevisit", reason: "a product page: PageVisit records views of primary pages such as product pages, with their product ids" },
  { ga4: "view_item_list", pinterest: "viewcategory", reason: "a category or list page" },
  { ga4: "select_item", pinterest: "viewcontent", reason: "content viewed from a list (as Pinterest's own server template maps it)" },
  { ga4: "select_promotion", pinterest: "viewcontent", reason: "a promotion opened (as Pinterest's own server template maps it)" },
  { ga4: "view_promotion", pinterest: "viewcontent", reason: "a promotion seen (as Pinterest's own server template maps it)" },
  { ga4: "search", pinterest: "search", reason: "a site search" },
  { ga4: "view_search_results", pinterest: "search", reason: "a search results page" },
  { ga4: "add_to_cart", pinterest: "addtocart", reason: "items added to the cart" },
  { ga4: "add_to_wishlist", pinterest: "addtowishlist", reason: "an item added to a wish list" },
  { ga4: "view_cart", pinterest: null, reason: "looking at the cart adds nothing and buys nothing" },
  { ga4: "remove_from_cart", pinterest: null, reason: "takes an add to cart back: not a conversion" },
  { ga4: "begin_checkout", pinterest: "initiatecheckout", reason: "the checkout started" },
  { ga4: "add_shipping_info", pinterest: null, reason: "a step of a checkout that begin_checkout already counted: one checkout, one event" },
  { ga4: "add_payment_info", pinterest: "addpaymentinfo", reason: "payment information entered" },
  { ga4: "purchase", pinterest: "checkout", reason: "Pinterest has no purchase event: checkout is a completed transaction" },
  { ga4: "refund", pinterest: null, reason: "takes a sale back: not a conversion" },
  { ga4: "generate_lead", pinterest: "lead", reason: "interest in a product or service (a form sent)" },
  { ga4: "qualify_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "disqualify_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "working_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "close_convert_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "close_unconvert_lead", pinterest: null, reason: LEAD_STAGE },
  { ga4: "sign_up", pinterest: "signup", reason: "an account created" },
  { ga4: "login", pinterest: null, reason: "a returning customer, not a new conversion" },
  { ga4: "video_start", pinterest: "watchvideo", reason: "a video watched" },
  { ga4: "video_progress", pinterest: null, reason: "the same video that video_start counted" },
  { ga4: "video_complete", pinterest: null, reason: "the same video that video_start counted" },
  { ga4: "select_content", pinterest: null, reason: ENGAGEMENT },
  { ga4: "share", pinterest: null, reason: ENGAGEMENT },
  { ga4: "join_group", pinterest: null, reason: ENGAGEMENT },
  { ga4: "tutorial_begin", pinterest: null, reason: ENGAGEMENT },
  { ga4: "tutorial_complete", pinterest: null, reason: ENGAGEMENT },
  { ga4: "ad_impression", pinterest: null, reason: ENGAGEMENT },
  { ga4: "earn_virtual_currency", pinterest: null, reason: GAME },
  { ga4: "spend_virtual_currency", pinterest: null, reason: GAME },
  { ga4: "level_start", pinterest: null, reason: GAME },
  { ga4: "level_end", pinterest: null, reason: GAME },
  { ga4: "level_up", pinterest: null, reason: GAME },
  { ga4: "post_score", pinterest: null, reason: GAME },
  { ga4: "unlock_achievement", pinterest: null, reason: GAME },
  { ga4: "first_visit", pinterest: null, reason: SESSION },
  { ga4: "session_start", pinterest: null, reason: SESSION },
  { ga4: "user_engagement", pinterest: null, reason: SESSION },
  { ga4: "scroll", pinterest: null, reason: SESSION },
  { ga4: "click", pinterest: null, reason: SESSION },
  { ga4: "file_download", pinterest: null, reason: SESSION },
  { ga4: "form_start", pinterest: null, reason: SESSION },
  { ga4: "form_submit", pinterest: null, reason: "any form, searches and newsletters included: fire lead or signup on your own trigger instead" }
];
function eventMeaning(name) {
  if (name === undefined) return {};
  const key = name.trim().toLowerCase();
  for (let i = 0; i < EVENT_TABLE.length; i++) {
    const row = EVENT_TABLE[i];
    if (row.ga4 !== key) continue;
    return row.pinterest === null ? { skip: key + " is not a conversion: " + row.reason } : { tag: row.pinterest };
  }
  if (key !== PAGE && lookup(TAG_TO_CAPI, key) !== undefined) return { tag: key };
  for (let i = 0; i < TAG_EVENTS.length; i++) if (TAG_TO_CAPI[TAG_EVENTS[i]] === key) return { tag: TAG_EVENTS[i] };
  return {};
}
function capiEventFor(tagName) {
  var _a;
  return (_a = lookup(TAG_TO_CAPI, tagName)) != null ? _a : tagName;
}
function isCustomEventName(name) {
  if (name === "" || name.length > 100) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!(c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_")) return false;
  }
  return true;
}
function valueIsItemTotal(capiName) {
  return capiName === "add_to_cart" || capiName === "initiate_checkout" || capiName === "checkout";
}

// pinterest/values.ts
var isFinite = (n) => n - n === 0;
function toText(value) {
  const type = getType(value);
  if (type === "number" && !isFinite(value)) return undefined;
  if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
  const text2 = makeString(value).trim();
  return text2 === "" ? undefined : text2;
}
function isDecimalText(text2) {
  let digits = 0;
  let dot = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charAt(i);
    if (c >= "0" && c <= "9") digits++;
    else if (c === "." && !dot) dot = true;
    else if (!(c === "-" && i === 0)) return false;
  }
  return digits > 0;
}
function toNumber(value) {
  const type = getType(value);
  if (type === "number") return isFinite(value) ? value : undefined;
  if (type !== "string") return undefined;
  const text2 = value.trim();
  if (!isDecimalText(text2)) return undefined;
  const n = makeNumber(text2);
  return isFinite(n) ? n : undefined;
}
function toInteger(value) {
  const n = toNumber(value);
  if (n === undefined) return undefined;
  return n < 0 ? Math.ceil(n) : Math.floor(n);
}
function toQuantity(value) {
  const n = toInteger(value);
  return n !== undefined && n >= 0 && n <= 1e6 ? n : undefined;
}
function toObject(value) {
  return getType(value) === "object" ? value : undefined;
}
function toList(value) {
  return getType(value) === "array" ? value : [];
}
function withDefaults(data2, defaults) {
  const out = {};
  const given2 = data2;
  const keys = Object.keys(given2);
  for (let i = 0; i < keys.length; i++) out[keys[i]] = given2[keys[i]];
  const fields = Object.keys(defaults);
  for (let i = 0; i < fields.length; i++) if (out[fields[i]] === undefined || out[fields[i]] === null) out[fields[i]] = defaults[fields[i]];
  return out;
}

// pinterest/event-id.ts
var CHECKOUT_ID_PREFIX = "checkout_";
var PAGE_VISIT_ID_SUFFIX = ".page";
function deriveEventId(input) {
  const explicit = toText(input.explicit);
  if (explicit !== undefined) return explicit;
  const orderId = toText(input.orderId);
  if (orderId !== undefined && input.eventName === "checkout") return CHECKOUT_ID_PREFIX + orderId;
  if (input.pageViewId === undefined) return undefined;
  if (input.eventName === PAGE) return input.pageViewId + PAGE_VISIT_ID_SUFFIX;
  const unique = toText(input.uniqueEventId);
  return unique === undefined ? undefined : input.pageViewId + "." + unique;
}

// pinterest/forwarding-protocol.ts
var PROTOCOL_VERSION = 1;
var VERSION_PARAM = "v";
var EVENT_PARAM = "e";
var MAX_GET_LENGTH = 8e3;
var CONSENT_KEYS = ["ad_storage", "ad_user_data"];
var CONSENT_VALUES = ["granted", "denied"];
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
var EVENT_KEYS = ["event_name", "event_id", "event_time", "page_location", "page_referrer", "click_id", "click_id_from_url", "custom_data", "user_data", "opt_out_type", "consent"];

// pinterest/personal-data.ts
var isDigit = (c) => c >= "0" && c <= "9";
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var isAddressChar = (c) => isLetter(c) || isDigit(c) || c > "" || "._%+-'".indexOf(c) !== -1;
var isDomainChar = (c) => isLetter(c) || isDigit(c) || c > "" || c === "." || c === "-";
function domainAt(text2, start) {
  let end = start;
  while (end < text2.length && isDomainChar(text2.charAt(end))) end++;
  let domain = text2.slice(start, end);
  while (domain.charAt(domain.length - 1) === ".") domain = domain.slice(0, domain.length - 1);
  return domain;
}
function isMailDomain(domain) {
  const dot = domain.lastIndexOf(".");
  if (dot < 1) return false;
  const tld = domain.slice(dot + 1);
  if (tld.length < 2) return false;
  for (let i = 0; i < tld.length; i++) if (!isLetter(tld.charAt(i)) && tld.charAt(i) <= "") return false;
  return true;
}
function looksLikeEmail(value) {
  const text2 = value.split("%40").join("@");
  let at = text2.indexOf("@");
  while (at !== -1) {
    if (at > 0 && isAddressChar(text2.charAt(at - 1)) && isMailDomain(domainAt(text2, at + 1))) return true;
    at = text2.indexOf("@", at + 1);
  }
  return false;
}
function isDate(groups, separators) {
  if (groups.length !== 3 || separators.length !== 2 || separators.charAt(0) !== separators.charAt(1) || "-./".indexOf(separators.charAt(0)) === -1) return false;
  const short = (g) => g.length >= 1 && g.length <= 2;
  return groups[0].length === 4 && short(groups[1]) && short(groups[2]) || short(groups[0]) && short(groups[1]) && (groups[2].length === 4 || groups[2].length === 2);
}
function looksLikePhone(value) {
  const text2 = value.trim();
  const groups = [];
  let separators = "";
  let current = "";
  let digits = 0;
  let parentheses = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charAt(i);
    if (isDigit(c)) {
      current += c;
      digits++;
      continue;
    }
    if (c === "+" && i === 0) continue;
    if (" -()./".indexOf(c) === -1) return false;
    if (c === "(" || c === ")") parentheses = true;
    if (current !== "") {
      groups.push(current);
      current = "";
    }
    if (c !== " " || separators.charAt(separators.length - 1) !== " ") separators += c;
  }
  if (current !== "") groups.push(current);
  if (digits < 7 || digits > 15) return false;
  if (text2.charAt(0) === "+" || parentheses) return true;
  return groups.length >= 3 && !isDate(groups, separators.trim());
}
function isPersonalOrControlText(value) {
  for (let i = 0; i < value.length; i++) if (value.charAt(i) < " " || value.charAt(i) === "") return true;
  return looksLikeEmail(value) || looksLikePhone(value);
}

// pinterest/text-rules.ts
var HIGH_SURROGATE_FIRST = "\uD800";
var HIGH_SURROGATE_LAST = "\uDBFF";
var LOW_SURROGATE_FIRST = "\uDC00";
var LOW_SURROGATE_LAST = "\uDFFF";
var isHighSurrogate = (c) => c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST;
var isLowSurrogate = (c) => c >= LOW_SURROGATE_FIRST && c <= LOW_SURROGATE_LAST;
var isControl = (c) => c < " " || c === "";
function characterCount(text2, max) {
  let count = 0;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charAt(i);
    if (isControl(c) || isLowSurrogate(c)) return -1;
    if (isHighSurrogate(c)) {
      if (!isLowSurrogate(text2.charAt(i + 1))) return -1;
      i++;
    }
    count++;
    if (count > max) return count;
  }
  return count;
}
function isProtocolText(text2, max) {
  const count = characterCount(text2, max);
  return count >= 1 && count <= max;
}
var isAsciiLetterOrDigit = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9";
function isClickId(value, max) {
  if (value.length === 0 || value.length > max) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charAt(i);
    if (!isAsciiLetterOrDigit(c) && c !== "+" && c !== "/" && c !== "-" && c !== "_" && c !== "=") return false;
  }
  return true;
}
function withoutQuery(url2) {
  const query = url2.indexOf("?");
  const fragment = url2.indexOf("#");
  const end = query === -1 ? fragment : fragment === -1 ? query : query < fragment ? query : fragment;
  return end === -1 ? url2 : url2.slice(0, end);
}

// web-template/shared/constants.ts
var PAGE_VIEW_ID_GLOBAL = "_pinterest_gtm_pvid";
var BASE_CODE_ONLY = "none";
var AUTO = "auto";
var ADVERTISER_DEFINED = "advertiserDefined";

// web-template/shared/page-view-id.ts
function isPageViewId(value) {
  if (getType(value) !== "string") return false;
  const text2 = value;
  const dot = text2.indexOf(".");
  if (dot < 10 || dot > 16 || text2.length !== dot + 10) return false;
  for (let i = 0; i < text2.length; i++) if (i !== dot && (text2.charAt(i) < "0" || text2.charAt(i) > "9")) return false;
  return true;
}
function pageViewId() {
  const existing = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (isPageViewId(existing)) return existing;
  const created = makeString(getTimestampMillis()) + "." + makeString(generateRandom(1e8, 999999999));
  setInWindow(PAGE_VIEW_ID_GLOBAL, created, existing !== undefined);
  const stored = copyFromWindow(PAGE_VIEW_ID_GLOBAL);
  if (isPageViewId(stored)) return stored;
  const start = copyFromDataLayer("gtm.start");
  return getType(start) === "number" ? makeString(start) + ".gtm" : created;
}

// web-template/shared/web-event.ts
function resolveTagEvent(setting, customName) {
  var _a, _b;
  const choice = (_a = toText(setting)) != null ? _a : AUTO;
  if (choice === BASE_CODE_ONLY) return { name: PAGE };
  if (choice === AUTO) {
    const dataLayerEvent = toText(copyFromDataLayer("event"));
    const meaning = eventMeaning(dataLayerEvent);
    if (meaning.tag !== undefined) return { name: meaning.tag };
    return { skip: (_b = meaning.skip) != null ? _b : "the dataLayer event has no Pinterest event" };
  }
  if (choice === ADVERTISER_DEFINED) {
    const name = toText(customName);
    return name !== undefined && isCustomEventName(name) ? { name: name } : { skip: "the custom event name must be letters and underscores" };
  }
  return choice !== PAGE && TAG_TO_CAPI.hasOwnProperty(choice) ? { name: choice } : { skip: "the Event field holds no Pinterest event" };
}
function idPart(value) {
  const text2 = toText(value);
  return text2 !== undefined && isProtocolText(text2, LIMITS.eventIdLength) && !isPersonalOrControlText(text2) ? text2 : undefined;
}
function orderIdForEvent(orderIdField) {
  var _a;
  return (_a = idPart(orderIdField)) != null ? _a : idPart(copyFromDataLayer("ecommerce.transaction_id"));
}
function webEventId(explicit, tagEvent, orderIdField) {
  const pageView = pageViewId();
  const derived = idPart(deriveEventId({
    explicit: idPart(explicit),
    eventName: tagEvent,
    orderId: orderIdForEvent(orderIdField),
    pageViewId: pageView,
    uniqueEventId: copyFromDataLayer("gtm.uniqueEventId")
  }));
  return derived != null ? derived : pageView + ".r" + makeString(generateRandom(1e5, 999999));
}
function pageVisitId() {
  return deriveEventId({ eventName: PAGE, pageViewId: pageViewId() });
}

// pinterest/tag-script.ts
var CORE_JS_URL = "https://s.pinimg.com/ct/core.js";

// pinterest/normalise-place.ts
var isLetter2 = (c) => c >= "a" && c <= "z";
function twoLetterCode(text2) {
  let code = "";
  const lower = text2.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (isLetter2(c)) code += c;
    else if (c !== " " && c !== "." && c !== "	") return undefined;
  }
  return code.length === 2 ? code : undefined;
}
function twoLetterState(text2) {
  const trimmed = text2.trim();
  return twoLetterCode(trimmed.charAt(2) === "-" ? trimmed.slice(3) : trimmed);
}

// pinterest/normalise.ts
var isDigit2 = (c) => c >= "0" && c <= "9";
var isHexDigit = (c) => isDigit2(c) || c >= "a" && c <= "f";
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === " ";
function keep(text2, wanted) {
  let out = "";
  for (let i = 0; i < text2.length; i++) if (wanted(text2.charAt(i))) out += text2.charAt(i);
  return out;
}
var isHex = (value, length) => value.length === length && keep(value.toLowerCase(), isHexDigit).length === length;
function isSha256Hex(value) {
  return isHex(value, 64);
}
function isMd5OrSha1Hex(value) {
  return isHex(value, 32) || isHex(value, 40);
}
var given = (out, why) => out === undefined || out === "" ? { skip: why } : { value: out };
function email(lower) {
  const address = keep(lower, (c) => !isSpace(c));
  return address.indexOf("@") > 0 ? { value: address } : { skip: "not an email address" };
}
function prepareTagField(field, value) {
  const text2 = toText(value);
  if (text2 === undefined) return undefined;
  if (isSha256Hex(text2) || field === "em" && isMd5OrSha1Hex(text2)) return { hashed: text2.toLowerCase() };
  const outcome = field === "em" ? email(text2.toLowerCase()) : field === "external_id" ? { value: text2 } : given(field === "st" ? twoLetterState(text2) : twoLetterCode(text2), "not a two-letter code");
  return outcome.value !== undefined ? { plain: outcome.value } : { skip: outcome.skip };
}

// web-template/tag/src/hash-all.ts
function hashAll(jobs, done) {
  const digests = {};
  const failed = [];
  let pending = jobs.length;
  const finish = () => {
    pending--;
    if (pending === 0) done(digests, failed);
  };
  if (pending === 0) {
    done(digests, failed);
    return;
  }
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i];
    const prepared = job.prepared;
    if (prepared.hashed !== undefined) {
      digests[job.key] = prepared.hashed;
      finish();
      continue;
    }
    sha256(prepared.plain, (digest) => {
      digests[job.key] = digest;
      finish();
    }, () => {
      failed.push(job.key);
      finish();
    }, { outputEncoding: "hex" });
  }
}

// web-template/tag/src/log.ts
function log(message, detail) {
  if (detail === undefined) logToConsole("[Pinterest Tag] " + message);
  else logToConsole("[Pinterest Tag] " + message, detail);
}

// web-template/tag/src/partner-data.ts
function tagForm(prepared) {
  return prepared.plain === undefined ? prepared : { plain: prepared.plain.toUpperCase() };
}
function preparePartnerData(data2, done) {
  const jobs = [];
  const add = (key, field, value, form) => {
    const prepared = prepareTagField(field, value);
    if (prepared !== undefined && prepared.skip !== undefined && form === undefined) log(field + " left out: " + prepared.skip);
    else if (prepared !== undefined && prepared.skip === undefined) jobs.push({ key: key, prepared: form === undefined ? prepared : form(prepared) });
  };
  add("em", "em", data2.email);
  add("external_id", "external_id", data2.externalId);
  const ldp = data2.limitedDataProcessing === true;
  if (ldp) {
    add("st", "st", data2.ldpState);
    add("country", "country", data2.ldpCountry);
    add("tagSt", "st", data2.ldpState, tagForm);
    add("tagCountry", "country", data2.ldpCountry, tagForm);
  }
  hashAll(jobs, (digests) => {
    const match = {};
    const forwarded = {};
    if (digests.em !== undefined) match.em = digests.em;
    if (digests.em !== undefined && !isMd5OrSha1Hex(digests.em)) forwarded.em = digests.em;
    if (digests.external_id !== undefined) match.external_id = forwarded.external_id = digests.external_id;
    let ldpData;
    if (ldp) {
      ldpData = { opt_out_type: "LDP" };
      if (digests.tagSt !== undefined) ldpData.st = digests.tagSt;
      if (digests.tagCountry !== undefined) ldpData.country = digests.tagCountry;
      if (digests.st !== undefined) forwarded.st = digests.st;
      if (digests.country !== undefined) forwarded.country = digests.country;
    }
    done({ match: match, ldp: ldpData, forwarded: forwarded });
  });
}
function isEmpty(partner) {
  return partner.em === undefined && partner.external_id === undefined;
}

// web-template/tag/src/base-code.ts
function pintrkQueue() {
  return createArgumentsQueue("pintrk", "pintrk.queue");
}
function runBaseCode(pintrk, tagIds, match, ldp, pageVisitId2) {
  let anyLoadedBefore = false;
  for (let i = 0; i < tagIds.length; i++) {
    const key = "loaded:" + tagIds[i];
    if (templateStorage.getItem(key) === true) {
      anyLoadedBefore = true;
      continue;
    }
    pintrk("load", tagIds[i], match);
    templateStorage.setItem(key, true);
  }
  if (anyLoadedBefore && !isEmpty(match)) pintrk("set", match);
  if (ldp !== undefined) pintrk("set", ldp);
  if (pageVisitId2 === undefined || templateStorage.getItem("page") === true) return false;
  pintrk("page", { event_id: pageVisitId2 });
  templateStorage.setItem("page", true);
  return true;
}
function injectCoreJs(onSuccess, onFailure) {
  injectScript(CORE_JS_URL, onSuccess, onFailure, "pinterest-gtm-core");
}

// web-template/tag/src/consent.ts
var AD_STORAGE = "ad_storage";
var AD_USER_DATA = "ad_user_data";
var RESPECT_CONSENT = "respect";
var MATCH_KEY = "pendingMatch";
function adStorageGranted() {
  return isConsentGranted(AD_STORAGE);
}
function adUserDataGranted() {
  return isConsentGranted(AD_USER_DATA);
}
function onAdStorageGranted(proceed) {
  let done = false;
  addConsentListener(AD_STORAGE, (_type, granted) => {
    if (!granted || done) return;
    done = true;
    proceed();
  });
}
function watchConsentChanges(pintrk) {
  if (templateStorage.getItem("consentWatch") === true) return;
  templateStorage.setItem("consentWatch", true);
  addConsentListener(AD_STORAGE, (_type, granted) => {
    pintrk("setconsent", granted);
  });
}
function holdMatchUntilGranted(pintrk, match) {
  templateStorage.setItem(MATCH_KEY, match);
  if (templateStorage.getItem("matchWatch") === true) return;
  templateStorage.setItem("matchWatch", true);
  addConsentListener(AD_USER_DATA, (_type, granted) => {
    const pending = templateStorage.getItem(MATCH_KEY);
    if (!granted || pending === undefined || pending === null) return;
    templateStorage.removeItem(MATCH_KEY);
    pintrk("set", pending);
  });
}

// pinterest/tag-event-data.ts
function toCurrency(value) {
  const text2 = toText(value);
  if (text2 === undefined || text2.length !== 3) return undefined;
  const upper = text2.toUpperCase();
  for (let i = 0; i < 3; i++) if (upper.charAt(i) < "A" || upper.charAt(i) > "Z") return undefined;
  return upper;
}
function lineItemsFromGa4(items) {
  const out = [];
  const list = toList(items);
  for (let i = 0; i < list.length; i++) {
    const item = toObject(list[i]);
    if (item === undefined) continue;
    const line = {};
    const id = toText(item.item_id);
    const name = toText(item.item_name);
    if (id === undefined && name === undefined) continue;
    if (id !== undefined) line.product_id = id;
    if (name !== undefined) line.product_name = name;
    const category = toText(item.item_category);
    if (category !== undefined) line.product_category = category;
    const variant = toText(item.item_variant);
    if (variant !== undefined) line.product_variant = variant;
    const brand = toText(item.item_brand);
    if (brand !== undefined) line.product_brand = brand;
    const price = toNumber(item.price);
    if (price !== undefined) line.product_price = price;
    const quantity = toQuantity(item.quantity);
    if (quantity !== undefined) line.product_quantity = quantity;
    out.push(line);
  }
  return out;
}
function totalQuantity(lines) {
  let quantity = 0;
  for (let i = 0; i < lines.length; i++) quantity += lines[i].product_quantity === undefined ? 1 : lines[i].product_quantity;
  return quantity;
}
function lineItemsTotal(lines) {
  let value = 0;
  for (let i = 0; i < lines.length; i++) {
    const price = lines[i].product_price;
    if (price === undefined) return undefined;
    value += price * (lines[i].product_quantity === undefined ? 1 : lines[i].product_quantity);
  }
  return lines.length > 0 ? value : undefined;
}
function tagDataFromGa4(ecommerceValue, searchTerm, videoTitle) {
  var _a, _b, _c;
  const out = {};
  const ecommerce = (_a = toObject(ecommerceValue)) != null ? _a : {};
  const lines = lineItemsFromGa4(ecommerce.items);
  const value = toNumber(ecommerce.value);
  if (value !== undefined) out.value = value;
  const currency = (_c = toCurrency(ecommerce.currency)) != null ? _c : toCurrency(((_b = toObject(toList(ecommerce.items)[0])) != null ? _b : {}).currency);
  if (currency !== undefined) out.currency = currency;
  const orderId = toText(ecommerce.transaction_id);
  if (orderId !== undefined) out.order_id = orderId;
  if (lines.length > 0) {
    out.line_items = lines;
    out.order_quantity = totalQuantity(lines);
  }
  const coupon = toText(ecommerce.coupon);
  if (coupon !== undefined) out.promo_code = coupon;
  const search = toText(searchTerm);
  if (search !== undefined) out.search_query = search;
  const video = toText(videoTitle);
  if (video !== undefined) out.video_title = video;
  return out;
}

// web-template/tag/src/event-data.ts
function isPropertyName(name) {
  if (name.length > 64) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    const letter = c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_";
    if (!letter && !(i > 0 && c >= "0" && c <= "9")) return false;
  }
  return true;
}
function scalar(value) {
  const type = getType(value);
  if (type === "number") return toNumber(value);
  return type === "string" && value !== "" || type === "boolean" ? value : undefined;
}
var LINE_ITEM_FIELDS = ["product_name", "product_id", "product_category", "product_variant", "product_variant_id", "product_price", "product_quantity", "product_brand"];
function lineItemsFrom(value) {
  const out = [];
  const list = toList(value);
  for (let i = 0; i < list.length; i++) {
    const item = toObject(list[i]);
    if (item === undefined) continue;
    const line = {};
    for (let j = 0; j < LINE_ITEM_FIELDS.length; j++) {
      const field = scalar(item[LINE_ITEM_FIELDS[j]]);
      if (field !== undefined) line[LINE_ITEM_FIELDS[j]] = field;
    }
    out.push(line);
  }
  return out.length > 0 ? out : undefined;
}
function applyFields(out, data2) {
  const value = toNumber(data2.value);
  if (value !== undefined) out.value = value;
  const currency = toCurrency(data2.currency);
  if (currency !== undefined) out.currency = currency;
  const quantity = toInteger(data2.orderQuantity);
  if (quantity !== undefined && quantity >= 0) out.order_quantity = quantity;
  const texts = [
    ["order_id", data2.orderId],
    ["promo_code", data2.promoCode],
    ["search_query", data2.searchQuery],
    ["lead_type", data2.leadType],
    ["video_title", data2.videoTitle]
  ];
  for (let i = 0; i < texts.length; i++) {
    const text2 = toText(texts[i][1]);
    if (text2 !== undefined) out[texts[i][0]] = text2;
  }
  const rows = toList(data2.customProperties);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const name = row === undefined ? undefined : toText(row.name);
    if (row === undefined || name === undefined || !isPropertyName(name)) continue;
    const value2 = name === "line_items" ? lineItemsFrom(row.value) : scalar(row.value);
    if (value2 !== undefined) out[name] = value2;
  }
}
function settleValue(out, tagEvent, defaultCurrency) {
  if (out.value === undefined && out.line_items !== undefined && valueIsItemTotal(capiEventFor(tagEvent))) {
    const total = lineItemsTotal(out.line_items);
    if (total !== undefined) {
      out.value = total;
      log("value computed from the items (price × quantity): " + total);
    }
  }
  if (out.value === undefined || out.currency !== undefined) return;
  const fallback = toCurrency(defaultCurrency);
  if (fallback !== undefined) {
    out.currency = fallback;
    return;
  }
  Object.delete(out, "value");
  log("value left out: the event has no currency and the Default currency field is empty");
}
function withoutPersonalData(out) {
  let dropped = 0;
  const keys = Object.keys(out);
  for (let i = 0; i < keys.length; i++) {
    const value = out[keys[i]];
    if (getType(value) === "string" && isPersonalOrControlText(value)) {
      Object.delete(out, keys[i]);
      dropped++;
    } else if (keys[i] === "line_items" && getType(value) === "array") {
      const lines = value;
      for (let j = 0; j < lines.length; j++) if (getType(lines[j]) === "object") dropped += withoutPersonalData(lines[j]);
    }
  }
  return dropped;
}
function buildEventData(data2, tagEvent) {
  const fromDataLayer = data2.eventName === AUTO || data2.readEcommerce === true;
  const out = fromDataLayer ? tagDataFromGa4(copyFromDataLayer("ecommerce"), copyFromDataLayer("search_term"), copyFromDataLayer("video_title")) : {};
  applyFields(out, data2);
  const dropped = withoutPersonalData(out);
  if (dropped > 0) log("left out " + dropped + " event data value(s) that look like an email address, a phone number or hold control characters");
  settleValue(out, tagEvent, data2.defaultCurrency);
  return out;
}

// web-template/tag/src/field-defaults.ts
var FIELD_DEFAULTS = {
  eventName: "auto",
  readEcommerce: true,
  consentMode: "respect",
  limitedDataProcessing: false,
  sendPageView: true
};

// pinterest/forwarded-event-validation.ts
var OUTSIDE = ": has a field outside the protocol";
var NO_EMAIL = ": must not hold a raw email address (send it hashed in user_data.em)";
var NO_PHONE = ": must not hold a raw phone number";
var text = (value, max, path) => getType(value) !== "string" || !isProtocolText(value, max) ? path + ": must be text of 1 to " + max + " characters without control characters" : undefined;
var number = (value, path) => getType(value) !== "number" || value - value !== 0 ? path + ": must be a finite number" : undefined;
var freeText = (value, max, path) => {
  var _a;
  return (_a = text(value, max, path)) != null ? _a : looksLikeEmail(value) ? path + NO_EMAIL : looksLikePhone(value) ? path + NO_PHONE : undefined;
};
var customText = (value, path) => freeText(value, LIMITS.textLength, path);
function url(value, path) {
  const problem = text(value, LIMITS.urlLength, path);
  if (problem !== undefined) return problem;
  const parsed = parseUrl(value);
  const web = parsed !== undefined && (parsed.protocol === "https:" || parsed.protocol === "http:") && parsed.hostname !== "";
  if (!web || parsed.username !== "" || parsed.password !== "") return path + ": must be an http(s) URL without credentials";
  return looksLikeEmail(withoutQuery(value)) ? path + NO_EMAIL : undefined;
}
function isPropertyName2(name) {
  if (name.length === 0 || name.length > LIMITS.customKeyLength) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charAt(i);
    if (!(c >= "a" && c <= "z" || c === "_" || i > 0 && c >= "0" && c <= "9")) return false;
  }
  return true;
}
function customPropertyProblem(name, value) {
  const path = "custom_data.*";
  if (!isPropertyName2(name)) return "custom_data: property names are 1 to " + LIMITS.customKeyLength + " lower-case letters, digits and underscores";
  const type = getType(value);
  if (type === "number") return number(value, path);
  if (type === "boolean") return undefined;
  if (type !== "string") return path + ": must be a string, a number or a boolean";
  return customText(value, path);
}
function lineItemProblem(value, path) {
  if (getType(value) !== "object") return path + ": must be an object";
  const item = value;
  const keys = Object.keys(item);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (LINE_ITEM_TEXT_KEYS.indexOf(key) !== -1) {
      const p = customText(item[key], path + "." + key);
      if (p) return p;
      continue;
    }
    if (LINE_ITEM_NUMBER_KEYS.indexOf(key) !== -1) {
      const p = number(item[key], path + "." + key);
      if (p) return p;
      continue;
    }
    return path + OUTSIDE;
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
    const v = data2[key];
    if (key === "line_items") {
      if (getType(v) !== "array" || v.length > LIMITS.lineItems) return "custom_data.line_items: must be an array of at most " + LIMITS.lineItems + " items";
      for (let j = 0; j < v.length; j++) {
        const p2 = lineItemProblem(v[j], "custom_data.line_items[" + j + "]");
        if (p2) return p2;
      }
      continue;
    }
    if (CUSTOM_NUMBER_KEYS.indexOf(key) !== -1) {
      const p2 = number(v, "custom_data." + key);
      if (p2) return p2;
      continue;
    }
    if (CUSTOM_TEXT_KEYS.indexOf(key) !== -1) {
      const p2 = customText(v, "custom_data." + key);
      if (p2) return p2;
      continue;
    }
    const p = customPropertyProblem(key, v);
    if (p) return p;
  }
  return undefined;
}
function userData(value) {
  if (getType(value) !== "object") return "user_data: must be an object";
  const data2 = value;
  const keys = Object.keys(data2);
  for (let i = 0; i < keys.length; i++) {
    if (USER_DATA_KEYS.indexOf(keys[i]) === -1) return "user_data" + OUTSIDE;
    const at = "user_data." + keys[i];
    const list = data2[keys[i]];
    if (getType(list) !== "array" || list.length > LIMITS.hashesPerField) return at + ": must be an array of at most " + LIMITS.hashesPerField + " hashes";
    for (let j = 0; j < list.length; j++) {
      const hash = list[j];
      if (getType(hash) !== "string" || !isSha256Hex(hash)) return at + "[" + j + "]: must be a SHA-256 hex digest";
    }
  }
  return undefined;
}
function consentProblem(value) {
  if (getType(value) !== "object") return "consent: must be an object";
  const consent = value;
  const keys = Object.keys(consent);
  for (let i = 0; i < keys.length; i++) {
    if (CONSENT_KEYS.indexOf(keys[i]) === -1) return "consent" + OUTSIDE;
    if (CONSENT_VALUES.indexOf(consent[keys[i]]) === -1) return "consent." + keys[i] + ': must be "granted" or "denied"';
  }
  return undefined;
}
function forwardedEventProblem(value) {
  var _a;
  if (getType(value) !== "object") return "event: must be an object";
  const event = value;
  const keys = Object.keys(event);
  for (let i = 0; i < keys.length; i++) if (EVENT_KEYS.indexOf(keys[i]) === -1) return "event" + OUTSIDE;
  const name = text(event.event_name, LIMITS.eventNameLength, "event_name");
  if (name !== undefined) return name;
  if (!isCustomEventName(event.event_name)) return "event_name: must be letters and underscores";
  const clickId2 = event.click_id;
  const checks = [
    freeText(event.event_id, LIMITS.eventIdLength, "event_id"),
    event.event_time === undefined ? undefined : (_a = number(event.event_time, "event_time")) != null ? _a : event.event_time < 0 ? "event_time: must not be negative" : undefined,
    event.page_location === undefined ? undefined : url(event.page_location, "page_location"),
    event.page_referrer === undefined ? undefined : url(event.page_referrer, "page_referrer"),
    clickId2 === undefined || getType(clickId2) === "string" && isClickId(clickId2, LIMITS.clickIdLength) && !looksLikePhone(clickId2) ? undefined : "click_id: must be 1 to " + LIMITS.clickIdLength + " characters of A-Z a-z 0-9 + / - _ =, not a phone number",
    event.click_id_from_url === undefined || getType(event.click_id_from_url) === "boolean" ? undefined : "click_id_from_url: must be a boolean",
    event.opt_out_type === undefined || event.opt_out_type === "LDP" || event.opt_out_type === "" ? undefined : 'opt_out_type: must be "LDP" or empty',
    event.custom_data === undefined ? undefined : customData(event.custom_data),
    event.user_data === undefined ? undefined : userData(event.user_data),
    event.consent === undefined ? undefined : consentProblem(event.consent)
  ];
  for (let i = 0; i < checks.length; i++) if (checks[i] !== undefined) return checks[i];
  return undefined;
}

// web-template/tag/src/forward-repair.ts
function repairLine(value) {
  const item = toObject(value);
  if (item === undefined) return undefined;
  const line = {};
  for (let i = 0; i < LINE_ITEM_TEXT_KEYS.length; i++) {
    const text2 = toText(item[LINE_ITEM_TEXT_KEYS[i]]);
    if (text2 !== undefined) line[LINE_ITEM_TEXT_KEYS[i]] = text2;
  }
  for (let i = 0; i < LINE_ITEM_NUMBER_KEYS.length; i++) {
    const n = toNumber(item[LINE_ITEM_NUMBER_KEYS[i]]);
    if (n !== undefined) line[LINE_ITEM_NUMBER_KEYS[i]] = n;
  }
  return lineItemProblem(line, "line") === undefined ? line : undefined;
}
function repairProperty(key, value) {
  if (key === "line_items") {
    const lines = [];
    const list = toList(value);
    for (let j = 0; j < list.length && lines.length < LIMITS.lineItems; j++) {
      const line = repairLine(list[j]);
      if (line !== undefined) lines.push(line);
    }
    return lines.length > 0 ? { key: key, value: lines } : undefined;
  }
  if (CUSTOM_NUMBER_KEYS.indexOf(key) !== -1) {
    const n = toNumber(value);
    return n === undefined ? undefined : { key: key, value: n };
  }
  if (CUSTOM_TEXT_KEYS.indexOf(key) !== -1) {
    const text2 = toText(value);
    return text2 !== undefined && customText(text2, key) === undefined ? { key: key, value: text2 } : undefined;
  }
  const name = key.toLowerCase();
  const scalar2 = getType(value) === "string" ? toText(value) : value;
  return scalar2 !== undefined && customPropertyProblem(name, scalar2) === undefined ? { key: name, value: scalar2 } : undefined;
}
function repairCustomData(data2) {
  const custom = {};
  let dropped = 0;
  let count = 0;
  const keys = Object.keys(data2);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] === "event_id") continue;
    const property = repairProperty(keys[i], data2[keys[i]]);
    if (property === undefined || custom[property.key] !== undefined || count >= LIMITS.customKeys) {
      dropped++;
      continue;
    }
    custom[property.key] = property.value;
    count++;
  }
  return { custom: custom, dropped: dropped };
}

// web-template/tag/src/forward.ts
function clickId() {
  const valid = (value) => value !== undefined && isClickId(value, LIMITS.clickIdLength) && !isPersonalOrControlText(value);
  const fromUrl = toText(getQueryParameters("epik"));
  if (fromUrl !== undefined) return valid(fromUrl) ? { value: fromUrl, fromUrl: true } : { fromUrl: false };
  const cookie = toText(toList(getCookieValues("_epik"))[0]);
  return valid(cookie) ? { value: cookie, fromUrl: false } : { fromUrl: false };
}
function location(read) {
  var _a;
  const protocol = toText(read("protocol"));
  const host = toText(read("host"));
  if (protocol !== "https" && protocol !== "http" || host === undefined) return undefined;
  const url2 = protocol + "://" + host + ((_a = toText(read("path"))) != null ? _a : "");
  return isProtocolText(url2, LIMITS.urlLength) ? url2 : undefined;
}
function isServerUrl(url2) {
  if (url2.indexOf("https://") !== 0 || !isProtocolText(url2, LIMITS.urlLength) || url2.indexOf(" ") !== -1 || url2.indexOf("\\") !== -1) return false;
  const rest = url2.slice("https://".length);
  const slash = rest.indexOf("/");
  const host = slash === -1 ? "" : rest.slice(0, slash);
  if (host === "" || host.indexOf("@") !== -1 || host.indexOf("?") !== -1 || host.indexOf("#") !== -1) return false;
  const path = rest.slice(slash).toLowerCase();
  if (path.indexOf("/.") !== -1 || path.indexOf("%2e") !== -1 || path.indexOf("%2f") !== -1 || path.indexOf("%5c") !== -1) return false;
  return path.indexOf("/pinterest/") === 0 && queryPermission("send_pixel", url2);
}
function buildForwardedEvent(tagEvent, eventData, user, ldp, consent) {
  const eventId = toText(eventData.event_id);
  if (eventId === undefined || !isProtocolText(eventId, LIMITS.eventIdLength)) {
    log("server forwarding skipped: the event_id is not 1 to 256 characters of text");
    return undefined;
  }
  const event = { event_name: capiEventFor(tagEvent), event_id: eventId, event_time: getTimestampMillis() };
  const page = location(getUrl);
  if (page !== undefined) event.page_location = page;
  const referrer = location(getReferrerUrl);
  if (referrer !== undefined) event.page_referrer = referrer;
  const click = clickId();
  if (click.value !== undefined) {
    event.click_id = click.value;
    if (click.fromUrl) event.click_id_from_url = true;
  }
  const repaired = repairCustomData(eventData);
  if (repaired.dropped > 0) log("server forwarding: left out " + repaired.dropped + " event data value(s) the server would refuse");
  event.custom_data = repaired.custom;
  const hashed = {};
  if (user.em !== undefined) hashed.em = [user.em];
  if (user.external_id !== undefined) hashed.external_id = [user.external_id];
  if (user.st !== undefined) hashed.st = [user.st];
  if (user.country !== undefined) hashed.country = [user.country];
  event.user_data = hashed;
  if (ldp) event.opt_out_type = "LDP";
  event.consent = { ad_storage: consent.ad_storage, ad_user_data: consent.ad_user_data };
  const problem = forwardedEventProblem(event);
  if (problem !== undefined) {
    log("server forwarding skipped: " + problem);
    return undefined;
  }
  return event;
}
function requestUrl(serverUrl, event) {
  var _a, _b;
  const separator = serverUrl.indexOf("?") === -1 ? "?" : "&";
  return serverUrl + separator + VERSION_PARAM + "=" + PROTOCOL_VERSION + "&" + EVENT_PARAM + "=" + ((_b = encodeUriComponent((_a = JSON.stringify(event)) != null ? _a : "{}")) != null ? _b : "");
}
function linesThatFit(serverUrl, event, lines) {
  var _a, _b;
  const custom = event.custom_data;
  custom.line_items = [];
  let length = requestUrl(serverUrl, event).length;
  let kept = 0;
  for (let i = 0; i < lines.length; i++) {
    length += ((_b = encodeUriComponent((_a = JSON.stringify(lines[i])) != null ? _a : "")) != null ? _b : "").length + (i > 0 ? 3 : 0);
    if (length > MAX_GET_LENGTH) break;
    kept++;
  }
  custom.line_items = lines;
  return kept;
}
function forwardEvent(serverUrl, event) {
  if (event === undefined) return;
  if (!isServerUrl(serverUrl)) {
    log("server forwarding skipped: the server container endpoint must be an https URL whose path starts with /pinterest/");
    return;
  }
  let url2 = requestUrl(serverUrl, event);
  const custom = event.custom_data;
  const lines = toList(custom.line_items);
  if (url2.length > MAX_GET_LENGTH && lines.length > 0) {
    const kept = linesThatFit(serverUrl, event, lines);
    custom.line_items = lines.slice(0, kept);
    log("server forwarding: dropped " + (lines.length - kept) + " of " + lines.length + " line items to stay under 8 KB");
    url2 = requestUrl(serverUrl, event);
  }
  if (url2.length > MAX_GET_LENGTH) {
    log("server forwarding skipped: the event is over 8 KB even without line items");
    return;
  }
  sendPixel(url2);
}

// web-template/tag/src/tag-ids.ts
function parseTagIds(value) {
  const ids = [];
  const rejected = [];
  const parts = makeString(value === undefined || value === null ? "" : value).split(",");
  for (let i = 0; i < parts.length; i++) {
    const id = parts[i].trim();
    if (id === "") continue;
    if (!isTagId(id)) rejected.push(id);
    else if (ids.indexOf(id) === -1) ids.push(id);
  }
  return { ids: ids, rejected: rejected };
}
function isTagId(id) {
  if (id.length !== 13) return false;
  for (let i = 0; i < id.length; i++) if (id.charAt(i) < "0" || id.charAt(i) > "9") return false;
  return true;
}

// web-template/tag/src/main.ts
function main() {
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const tagIds = parseTagIds(settings.tagId);
  if (tagIds.rejected.length > 0) log("ignoring " + tagIds.rejected.length + " tag ID(s) that are not 13 digits");
  if (tagIds.ids.length === 0) {
    log("no valid tag ID: nothing sent");
    data.gtmOnFailure();
    return;
  }
  const respectConsent = toText(settings.consentMode) === RESPECT_CONSENT;
  if (respectConsent && !adStorageGranted()) {
    log("ad_storage is denied: waiting for consent before loading or sending anything");
    onAdStorageGranted(() => {
      fire(settings, tagIds.ids, respectConsent, true);
    });
    data.gtmOnSuccess();
    return;
  }
  fire(settings, tagIds.ids, respectConsent, false);
}
function consentState() {
  return { ad_storage: adStorageGranted() ? "granted" : "denied", ad_user_data: adUserDataGranted() ? "granted" : "denied" };
}
function fire(settings, tagIds, respectConsent, deferred) {
  let completed = deferred;
  const complete = (succeeded) => {
    if (completed) return;
    completed = true;
    if (succeeded) data.gtmOnSuccess();
    else data.gtmOnFailure();
  };
  const event = resolveTagEvent(settings.eventName, settings.customEventName);
  const pintrk = pintrkQueue();
  const withUserData = !respectConsent || adUserDataGranted();
  preparePartnerData(settings, (prepared) => {
    const match = withUserData ? prepared.match : {};
    if (!withUserData && !isEmpty(prepared.match)) {
      log("ad_user_data is denied: Enhanced Match waits for it");
      holdMatchUntilGranted(pintrk, prepared.match);
    }
    const pageId = settings.sendPageView !== false ? pageVisitId() : undefined;
    const pageSent = runBaseCode(pintrk, tagIds, match, prepared.ldp, pageId);
    if (respectConsent) watchConsentChanges(pintrk);
    const tracked = track(settings, pintrk, event.name, event.skip);
    injectCoreJs(() => {
      complete(true);
    }, () => {
      log("core.js failed to load (blocked by the browser or an extension?)");
      complete(false);
    });
    forward(settings, prepared, withUserData, pageSent ? pageId : undefined, tracked);
  });
}
function track(settings, pintrk, name, skip) {
  var _a;
  if (name === undefined) {
    log("no event tracked: " + (skip != null ? skip : ""));
    return undefined;
  }
  if (name === PAGE) return undefined;
  const eventData = buildEventData(settings, name);
  eventData.event_id = webEventId((_a = toText(settings.eventId)) != null ? _a : eventData.event_id, name, eventData.order_id);
  pintrk("track", name, eventData);
  log("track " + name, { event_id: eventData.event_id, fields: Object.keys(eventData) });
  return { name: name, data: eventData };
}
function forward(settings, prepared, withUserData, pageId, tracked) {
  const serverUrl = toText(settings.serverUrl);
  if (serverUrl === undefined) return;
  const user = withUserData ? prepared.forwarded : { st: prepared.forwarded.st, country: prepared.forwarded.country };
  const ldp = prepared.ldp !== undefined;
  if (pageId !== undefined) forwardEvent(serverUrl, buildForwardedEvent(PAGE, { event_id: pageId }, user, ldp, consentState()));
  if (tracked !== undefined) forwardEvent(serverUrl, buildForwardedEvent(tracked.name, tracked.data, user, ldp, consentState()));
}

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


