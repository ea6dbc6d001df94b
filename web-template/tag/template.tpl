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
        "help": "Which event to track. \u003cb\u003eAutomatic\u003c/b\u003e maps the GA4 event being pushed by the README\u0027s event table (purchase → checkout, add_to_cart → addtocart, page_view → the page visit, …) and tracks nothing for events that are not conversions (refund, remove_from_cart, …). \u003cb\u003eBase code only\u003c/b\u003e loads the tag and sends the page visit of the page view. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003ePinterest events\u003c/a\u003e"
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
        "help": "Leave empty to use pinterest-gtm\u0027s rule: checkout with an order ID → \u003ccode\u003echeckout_\u0026lt;order ID\u0026gt;\u003c/code\u003e; a page visit → the ID of its page view; otherwise an ID unique to this page load and dataLayer event. The \u003cb\u003ePinterest Event ID\u003c/b\u003e variable returns the same ID for your server-side events. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters\"\u003eDeduplication\u003c/a\u003e",
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
        "checkboxText": "Send the page visit once per page view",
        "simpleValueType": true,
        "defaultValue": true,
        "help": "The first fire of each page view (the loaded page, and each single-page-app route) sends \u003ccode\u003epintrk(\"track\", \"pagevisit\", {event_id})\u003c/code\u003e with the page view\u0027s event_id, which the Pinterest Event ID variable returns for page_view, so the Conversions API\u0027s page_visit deduplicates with it. Turn off only if another tag already sends page visits. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent codes\u003c/a\u003e"
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
var PAGE="page";
var TAG_TO_CAPI_TEXT="pagevisit=page_visit viewcategory=view_category search addtocart=add_to_cart checkout signup lead watchvideo=watch_video custom addpaymentinfo=add_payment_info addtowishlist=add_to_wishlist initiatecheckout=initiate_checkout subscribe viewcontent=view_content contact customizeproduct=customize_product findlocation=find_location schedule starttrial=start_trial submitapplication=submit_application";
var GA4_EVENTS="page_view=page gtm.js=page gtm.dom=page gtm.load=page view_item=pagevisit view_item_list=viewcategory select_item=viewcontent select_promotion=viewcontent view_promotion=viewcontent search add_to_cart=addtocart add_to_wishlist=addtowishlist begin_checkout=initiatecheckout add_payment_info=addpaymentinfo purchase=checkout generate_lead=lead sign_up=signup video_start=watchvideo";
var NOT_CONVERSIONS="view_search_results view_cart remove_from_cart add_shipping_info refund qualify_lead disqualify_lead working_lead close_convert_lead close_unconvert_lead login video_progress video_complete select_content share join_group tutorial_begin tutorial_complete ad_impression earn_virtual_currency spend_virtual_currency level_start level_end level_up post_score unlock_achievement first_visit session_start user_engagement scroll click file_download form_start form_submit";
function entry(f,n){if(n===""||n.indexOf(" ")!==-1||n.indexOf("=")!==-1)return undefined;const t=" "+f+" ";const i=t.indexOf(" "+n+"=");if(i!==-1){const e=i+n.length+2;return t.slice(e,t.indexOf(" ",e))}return t.indexOf(" "+n+" ")!==-1?n:undefined}
function tagEventOfKey(n){const d=entry(GA4_EVENTS,n);if(d!==undefined)return d;if(entry(TAG_TO_CAPI_TEXT,n)!==undefined)return n;const e=" "+TAG_TO_CAPI_TEXT+" ";const t=e.indexOf("="+n+" ");return t===-1?undefined:e.slice(e.lastIndexOf(" ",t)+1,t)}
function eventMeaning(n){if(n===undefined)return{};const e=n.trim().toLowerCase();if(entry(NOT_CONVERSIONS,e)!==undefined)return{skip:e+" is not a conversion Pinterest counts (README, event table)"};const t=tagEventOfKey(e);return t===undefined?{}:{tag:t}}
function isTagEvent(n){return entry(TAG_TO_CAPI_TEXT,n)!==undefined}
function capiEventFor(n){var r;return(r=entry(TAG_TO_CAPI_TEXT,n===PAGE?"pagevisit":n))!=null?r:n}
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
function toList(t){return isList(t)?t:[]}
function isList(t){return typeof t==="object"&&t!==null&&objectType(t)==="array"}
function keysOf(o){const n=[];for(const t in o)n.push(t);return n}
function withDefaults(e,o){const i={};const t=e;for(const n in t)i[n]=t[n];for(const n in o)if(i[n]===undefined||i[n]===null)i[n]=o[n];return i}
var CHECKOUT_ID_PREFIX="checkout_";
function deriveEventId(e){const d=toText(e.explicit);if(d!==undefined)return d;const n=toText(e.orderId);if(n!==undefined&&e.eventName==="checkout")return CHECKOUT_ID_PREFIX+n;if(e.pageVisitId!==undefined&&(e.eventName===PAGE||e.eventName==="pagevisit"))return e.pageVisitId;const i=toText(e.uniqueEventId);return e.pageViewId===undefined||i===undefined?undefined:e.pageViewId+"."+i}
var PROTOCOL_VERSION=1;
var VERSION_PARAM="v";
var EVENT_PARAM="e";
var MAX_GET_LENGTH=8e3;
var LIMITS={eventNameLength:100,eventIdLength:256,urlLength:2048,clickIdLength:512,textLength:500,lineItems:200,customKeys:50,customKeyLength:64,hashesPerField:10};
var isLetter=a=>a>="a"&&a<="z"||a>="A"&&a<="Z";
var isDigit=i=>i>="0"&&i<="9";
var isLocalChar=i=>isLetter(i)||isDigit(i)||i>""||"._%+-'".indexOf(i)!==-1;
var isDomainChar=i=>isLetter(i)||isDigit(i)||i>""||i==="."||i==="-";
function isMailDomain(r,e){let i=e;while(i<r.length&&isDomainChar(r.charAt(i)))i++;while(i>e&&r.charAt(i-1)===".")i--;const a=r.lastIndexOf(".",i-1);if(a<=e||i-a<3)return false;for(let n=a+1;n<i;n++)if(!isLetter(r.charAt(n))&&r.charAt(n)<="")return false;return true}
function looksLikeEmail(e){const t=e.split("%40").join("@");for(let i=t.indexOf("@");i!==-1;i=t.indexOf("@",i+1)){if(i>0&&isLocalChar(t.charAt(i-1))&&isMailDomain(t,i+1))return true}return false}
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
function freeText(n,t){const e=idText(n,t);return e===undefined||looksLikeEmail(e)?undefined:e}
var isAsciiLetterOrDigit=i=>i>="a"&&i<="z"||i>="A"&&i<="Z"||i>="0"&&i<="9";
function isClickId(i,e){if(i.length===0||i.length>e)return false;for(let r=0;r<i.length;r++){const t=i.charAt(r);if(!isAsciiLetterOrDigit(t)&&t!=="+"&&t!=="/"&&t!=="-"&&t!=="_"&&t!=="=")return false}return true}
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
var MD5_SHA1="an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only";
function prepareTagField(t,r){const e=toText(r);if(e===undefined)return undefined;if(isSha256Hex(e))return{hashed:e.toLowerCase()};if(t==="em"&&isMd5OrSha1Hex(e))return{skip:MD5_SHA1};const n=t==="em"?email(e.toLowerCase()):t==="external_id"?{value:e}:given(t==="st"?twoLetterState(e):twoLetterCode(e),"not a two-letter code");return n.value!==undefined?{plain:n.value}:{skip:n.skip}}
function hashAll(i,l){const e={};const t=[];let h=i.length;const s=()=>{h--;if(h===0)l(e,t)};if(h===0){l(e,t);return}let d;for(let f=0;f<i.length;f++){const n=i[f];const a=n.prepared;if(a.hashed!==undefined){e[n.key]=a.hashed;s();continue}if(d===undefined)d=require("sha256");d(a.plain,r=>{e[n.key]=r;s()},()=>{t.push(n.key);s()},{outputEncoding:"hex"})}}
var permitted;
function logging(){if(permitted===undefined)permitted=require("queryPermission")("logging");return permitted}
function log(o,n){if(!logging())return;const e=require("logToConsole");if(n===undefined)e("[Pinterest Tag] "+o);else e("[Pinterest Tag] "+o,n)}
function tagForm(n){return n.plain===undefined?n:{plain:n.plain.toUpperCase()}}
function preparePartnerData(t,f){const i=[];const u=(e,o,r,n)=>{const d=prepareTagField(o,r);if(d!==undefined&&d.skip!==undefined&&n===undefined)log(o+" left out: "+d.skip);else if(d!==undefined&&d.skip===undefined)i.push({key:e,prepared:n===undefined?d:n(d)})};u("em","em",t.email);u("external_id","external_id",t.externalId);const a=t.limitedDataProcessing===true;if(a){u("st","st",t.ldpState);u("country","country",t.ldpCountry);u("tagSt","st",t.ldpState,tagForm);u("tagCountry","country",t.ldpCountry,tagForm)}hashAll(i,e=>{const o={};const r={};if(e.em!==undefined)o.em=r.em=e.em;if(e.external_id!==undefined)o.external_id=r.external_id=e.external_id;let n;if(a){n={opt_out_type:"LDP"};if(e.tagSt!==undefined)n.st=e.tagSt;if(e.tagCountry!==undefined)n.country=e.tagCountry;if(e.st!==undefined)r.st=e.st;if(e.country!==undefined)r.country=e.country}f({match:o,ldp:n,forwarded:r})})}
function isEmpty(e){return e.em===undefined&&e.external_id===undefined}
function pintrkQueue(){return createArgumentsQueue("pintrk","pintrk.queue")}
function runBaseCode(o,d,f,n,i){let l=false;for(let e=0;e<f.length;e++){if(d.loaded.indexOf(f[e])!==-1){l=true;continue}o("load",f[e],n);d.loaded.push(f[e])}if(l&&!isEmpty(n))o("set",n);if(i!==undefined)o("set",i)}
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
var text=e=>freeText(e,LIMITS.textLength);
function lineItemOf(n,i,r,u,o,c,p,_){const e={};const d=[["product_id",idText(n,LIMITS.textLength)],["product_name",text(i)],["product_category",text(r)],["product_variant",text(u)],["product_variant_id",idText(o,LIMITS.textLength)],["product_brand",text(c)],["product_price",toNumber(p)],["product_quantity",toQuantity(_)]];for(let t=0;t<d.length;t++)if(d[t][1]!==undefined)e[d[t][0]]=d[t][1];return e.product_id===undefined&&e.product_name===undefined?undefined:e}
function lineItemsFromGa4(s){const i={lines:[],discounts:[]};const n=toList(s);for(let e=0;e<n.length;e++){const t=typeof n[e]==="object"&&n[e]!==null?n[e]:{};const o=lineItemOf(t.item_id,t.item_name,t.item_category,t.item_variant,undefined,t.item_brand,t.price,t.quantity);if(o===undefined)continue;i.lines.push(o);i.discounts.push(toNumber(t.discount))}return i}
function totalQuantity(u){let n=0;for(let t=0;t<u.length;t++)n+=u[t].product_quantity===undefined?1:u[t].product_quantity;return n}
function lineItemsTotal(t){let n=0;for(let e=0;e<t.length;e++){const u=t[e].product_price;if(u===undefined)return undefined;n+=u*(t[e].product_quantity===undefined?1:t[e].product_quantity)}return t.length>0?n:undefined}
var text2=e=>freeText(e,LIMITS.textLength);
var id=t=>idText(t,LIMITS.textLength);
var READERS={value:toNumber,currency:toCurrency,order_id:id,event_id:id,order_quantity:t=>{const e=toInteger(t);return e!==undefined&&e>=0?e:undefined},promo_code:text2,search_query:text2,lead_type:text2,video_title:text2};
function isPropertyName(r){if(r.length>LIMITS.customKeyLength)return false;for(let e=0;e<r.length;e++){const t=r.charAt(e);const n=t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_";if(!n&&!(e>0&&t>="0"&&t<="9"))return false}return true}
function lineItemsFrom(u){const i={lines:[],discounts:[]};const o=toList(u);for(let n=0;n<o.length;n++){const t=typeof o[n]==="object"&&o[n]!==null?o[n]:{};const e=lineItemOf(t.product_id,t.product_name,t.product_category,t.product_variant,t.product_variant_id,t.product_brand,t.product_price,t.product_quantity);if(e!==undefined){i.lines.push(e);i.discounts.push(undefined)}}return i}
function set(e,t,n){if(t==="line_items"){const s=lineItemsFrom(n);if(s.lines.length>0){e.data.line_items=s.lines;e.discounts=s.discounts}return}const d=READERS.hasOwnProperty(t)?READERS[t]:undefined;const i=typeof n;const o=d!==undefined?d(n):i==="string"?text2(n):i==="number"?toNumber(n):i==="boolean"?n:undefined;if(o!==undefined)e.data[t]=o}
function fromGa4(e,s){var a;const c=copyFromDataLayer("ecommerce");const t=typeof c==="object"&&c!==null?c:{};const r=lineItemsFromGa4(t.items);const i=toList(t.items)[0];set(e,"value",t.value);set(e,"currency",(a=toCurrency(t.currency))!=null?a:typeof i==="object"&&i!==null?i.currency:undefined);set(e,"order_id",t.transaction_id);set(e,"promo_code",t.coupon);if(r.lines.length>0){e.data.line_items=r.lines;e.data.order_quantity=totalQuantity(r.lines);e.discounts=r.discounts}if(s==="search")set(e,"search_query",copyFromDataLayer("search_term"));if(s==="watchvideo")set(e,"video_title",copyFromDataLayer("video_title"))}
function settleValue(e,t,i){if(e.value===undefined&&e.line_items!==undefined&&valueIsItemTotal(capiEventFor(t))){const n=lineItemsTotal(e.line_items);if(n!==undefined){e.value=n;log("value computed from the items (price × quantity): "+n)}}if(e.value===undefined||e.currency!==undefined)return;const u=toCurrency(i);if(u!==undefined){e.currency=u;return}require("Object").delete(e,"value");log("value left out: the event has no currency and the Default currency field is empty")}
function buildEventData(e,c){const o={data:{},discounts:[]};if(e.eventName===AUTO||e.readEcommerce===true)fromGa4(o,c);const d=[["value",e.value],["currency",e.currency],["order_id",e.orderId],["order_quantity",e.orderQuantity],["promo_code",e.promoCode],["search_query",e.searchQuery],["lead_type",e.leadType],["video_title",e.videoTitle]];for(let r=0;r<d.length;r++)set(o,d[r][0],d[r][1]);const a=toList(e.customProperties);for(let r=0;r<a.length;r++){const l=typeof a[r]==="object"&&a[r]!==null?a[r]:{};const u=toText(l.name);if(u!==undefined&&isPropertyName(u))set(o,u,l.value)}settleValue(o.data,c,e.defaultCurrency);return o}
var FIELD_DEFAULTS={eventName:"auto",readEcommerce:true,consentMode:"respect",limitedDataProcessing:false,sendPageView:true};
var encodeUriComponent2;
var JSON2;
var serverUrlChecked;
function encoded(o){var e,n;if(encodeUriComponent2===undefined||JSON2===undefined){encodeUriComponent2=require("encodeUriComponent");JSON2=require("JSON")}return(n=encodeUriComponent2((e=JSON2.stringify(o))!=null?e:""))!=null?n:""}
function isServerUrl(e){if(serverUrlChecked===undefined||serverUrlChecked.url!==e)serverUrlChecked={url:e,ok:checkServerUrl(e)};return serverUrlChecked.ok}
function checkServerUrl(e){if(e.indexOf("https://")!==0||e.length>LIMITS.urlLength)return false;for(let t=0;t<e.length;t++)if(e.charAt(t)<=" "||e.charAt(t)==="\\"||e.charAt(t)==="")return false;const s=e.slice("https://".length);const f=s.indexOf("/");const i=f===-1?"":s.slice(0,f);if(i===""||i.indexOf("@")!==-1||i.indexOf("?")!==-1||i.indexOf("#")!==-1)return false;const n=s.slice(f).toLowerCase();if(n.indexOf("/.")!==-1||n.indexOf("%2e")!==-1||n.indexOf("%2f")!==-1||n.indexOf("%5c")!==-1)return false;return n.indexOf("/pinterest/")===0&&require("queryPermission")("send_pixel",e)}
function wireLines(s){var o;const c=(o=s.data.line_items)!=null?o:[];const r=[];for(let n=0;n<c.length&&n<LIMITS.lineItems;n++){const d=c[n];const i={};const e=keysOf(d);for(let t=0;t<e.length;t++)if(e[t]!=="product_variant_id")i[e[t]]=d[e[t]];if(s.discounts[n]!==undefined)i.product_discount=s.discounts[n];r.push(i)}return r}
function customData(s){const n={};const o=s.data;const e=keysOf(o);let a=0;for(let t=0;t<e.length;t++){if(e[t]==="event_id")continue;if(a===LIMITS.customKeys){log("server forwarding: left out the event data values after the first "+LIMITS.customKeys);break}n[e[t]]=e[t]==="line_items"?wireLines(s):o[e[t]];a++}return n}
function buildForwardedEvent(c,_,d,t,l,e){const n={event_name:capiEventFor(c),event_id:_,event_time:e.time};if(e.page!==undefined)n.page_location=e.page;if(e.referrer!==undefined)n.page_referrer=e.referrer;if(e.click.value!==undefined){n.click_id=e.click.value;if(e.click.fromUrl)n.click_id_from_url=true}n.custom_data=d===undefined?{}:customData(d);const o={};const r=keysOf(t);for(let i=0;i<r.length;i++){const u=t[r[i]];if(u!==undefined)o[r[i]]=[u]}n.user_data=o;if(l)n.opt_out_type="LDP";n.consent=e.consent;return n}
function requestUrl(O,n){return O+(O.indexOf("?")===-1?"?":"&")+VERSION_PARAM+"="+PROTOCOL_VERSION+"&"+EVENT_PARAM+"="+encoded(n)}
function linesThatFit(n,h,i,t){i.line_items=[];let l=requestUrl(n,h).length;let e=0;while(e<t.length){l+=encoded(t[e]).length+(e>0?3:0);if(l>MAX_GET_LENGTH)break;e++}return e}
function forwardEvent(t,i){if(!isServerUrl(t)){log("server forwarding skipped: the server container endpoint must be an https URL whose path starts with /pinterest/");return}let n=requestUrl(t,i);const r=i.custom_data;const e=r.line_items;if(n.length>MAX_GET_LENGTH&&e!==undefined){const s=linesThatFit(t,i,r,e);r.line_items=e.slice(0,s);log("server forwarding: dropped "+(e.length-s)+" of "+e.length+" line items to stay under 8 KB");n=requestUrl(t,i)}if(n.length>MAX_GET_LENGTH){log("server forwarding skipped: the event is over 8 KB even without line items");return}require("sendPixel")(n)}
function clickId(){const e=toText(require("getQueryParameters")("epik"));if(e!==undefined)return isClickId(e,LIMITS.clickIdLength)?{value:e,fromUrl:true}:{fromUrl:false};const r=toText(toList(require("getCookieValues")("_epik"))[0]);return r!==undefined&&isClickId(r,LIMITS.clickIdLength)?{value:r,fromUrl:false}:{fromUrl:false}}
function location(t){var l;const o=toText(t("protocol"));const s=toText(t("host"));if(o!=="https"&&o!=="http"||s===undefined)return undefined;const n=toText(t("port"));const u=o==="https"?"443":"80";const e=o+"://"+s+(n===undefined||n===u?"":":"+n)+((l=toText(t("path")))!=null?l:"");return isProtocolText(e,LIMITS.urlLength)&&!looksLikeEmail(e)?e:undefined}
function readPageFacts(e){return{time:require("getTimestampMillis")(),page:location(require("getUrl")),referrer:location(require("getReferrerUrl")),click:clickId(),consent:e}}
var KEY="pageState";
var fingerprint=i=>i.loaded.join(",")+"|"+i.visited+"|"+i.consentWatch;
function openPageState(){var o;const e=templateStorage.getItem(KEY);const n=typeof e==="object"&&e!==null?e:{};const t={loaded:toList(n.loaded).slice(0),visited:(o=toText(n.visited))!=null?o:"",consentWatch:n.consentWatch===true};return{loaded:t.loaded,visited:t.visited,consentWatch:t.consentWatch,opened:fingerprint(t)}}
function savePageState(e){if(fingerprint(e)!==e.opened)templateStorage.setItem(KEY,{loaded:e.loaded,visited:e.visited,consentWatch:e.consentWatch})}
function parseTagIds(t){const n=[];const s=[];const r=(typeof t==="string"?t:t===undefined||t===null?"":typeof t==="number"?""+t:require("makeString")(t)).split(",");for(let e=0;e<r.length;e++){const i=r[e].trim();if(i==="")continue;if(!isTagId(i))s.push(i);else if(n.indexOf(i)===-1)n.push(i)}return{ids:n,rejected:s}}
function isTagId(r){if(r.length!==13)return false;for(let t=0;t<r.length;t++)if(r.charAt(t)<"0"||r.charAt(t)>"9")return false;return true}
function main(){const e=withDefaults(data,FIELD_DEFAULTS);const t=parseTagIds(e.tagId);if(t.rejected.length>0)log("ignoring "+t.rejected.length+" tag ID(s) that are not 13 digits");if(t.ids.length===0){log("no valid tag ID: nothing sent");data.gtmOnFailure();return}const n=toText(e.consentMode)===RESPECT_CONSENT;if(n&&!adStorageGranted()){log("ad_storage is denied: waiting for consent before loading or sending anything");onAdStorageGranted(()=>{fire(e,t.ids,n,true)});data.gtmOnSuccess();return}fire(e,t.ids,n,false)}
function fire(t,l,r,m){let f=m;const u=e=>{if(f)return;f=true;if(e)data.gtmOnSuccess();else data.gtmOnFailure()};const s=resolveTagEvent(t.eventName,t.customEventName,eventMeaning);const n=pintrkQueue();const o=!r||adUserDataGranted();preparePartnerData(t,e=>{const v=o?e.match:{};if(!o&&!isEmpty(e.match)){log("ad_user_data is denied: Enhanced Match waits for it");holdMatchUntilGranted(n,e.match)}const a=openPageState();runBaseCode(n,a,l,v,e.ldp);if(r)watchConsentChanges(n,a);const c=[];const i=t.sendPageView!==false&&s.name!=="pagevisit"?webEventId(undefined,PAGE,undefined):undefined;if(i!==undefined&&i!==a.visited){n("track","pagevisit",{event_id:i});a.visited=i;c.push({name:PAGE,id:i})}const d=track(t,n,s.name,s.skip);if(d!==undefined){c.push(d);if(d.name==="pagevisit")a.visited=d.id}savePageState(a);injectCoreJs(()=>{u(true)},()=>{log("core.js failed to load (blocked by the browser or an extension?)");u(false)});forward(t,e,o,c)})}
function track(n,r,t,i){var a;if(t===undefined){log("no event tracked: "+(i!=null?i:""));return undefined}if(t===PAGE)return undefined;const d=buildEventData(n,t);const e=webEventId((a=toText(n.eventId))!=null?a:d.data.event_id,t,d.data.order_id);d.data.event_id=e;r("track",t,d.data);if(logging())log("track "+t,{event_id:e,fields:keysOf(d.data)});return{name:t,id:e,built:d}}
function forward(a,e,n,d){const t=toText(a.serverUrl);if(t===undefined||d.length===0)return;const o=n?e.forwarded:{st:e.forwarded.st,country:e.forwarded.country};const f=readPageFacts({ad_storage:adStorageGranted()?"granted":"denied",ad_user_data:adUserDataGranted()?"granted":"denied"});for(let r=0;r<d.length;r++)forwardEvent(t,buildForwardedEvent(d[r].name,d[r].id,d[r].built,o,e.ldp!==undefined,f))}
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
          "key": "port",
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
          "key": "port",
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
- name: "Base code only: loads the tag, sends the page visit (a pagevisit event code, never a bare page call) with its event_id, injects core.js and succeeds"
  code: |-
    runCode(mockData);
    assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['track', 'pagevisit', { event_id: PAGE_VISIT_ID }]]);
    assertThat(injected).isEqualTo(['https://s.pinimg.com/ct/core.js']);
    assertApi('gtmOnSuccess').wasCalled();
    assertApi('gtmOnFailure').wasNotCalled();
- name: Sends no page visit when it is turned off
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
- name: Loads every tag ID once and sends the page visit once
  code: |-
    runCode(withData({ tagId: TAG_ID + ',' + OTHER_TAG_ID + ',' + TAG_ID }));
    assertThat(pintrkCalls).isEqualTo([['load', TAG_ID, {}], ['load', OTHER_TAG_ID, {}], ['track', 'pagevisit', { event_id: PAGE_VISIT_ID }]]);
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
      ['track', 'pagevisit', { event_id: PAGE_VISIT_ID }],
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
    assertThat([pageVisit.event_name, pageVisit.event_id]).isEqualTo(['page_visit', PAGE_VISIT_ID]);
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
    runCode(withData({ eventName: 'signup' }));
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
- name: Automatic mode on page_view and GTM page events sends the page visit of the page view once, with its id, and tracks nothing else
  code: |-
    ['gtm.js', 'page_view', 'gtm.dom', 'gtm.load'].forEach((name, i) => {
      dataLayer = { event: name, 'gtm.uniqueEventId': i + 1 };
      runCode(withData({ eventName: 'auto' }));
    });
    assertThat(pageVisits()).isEqualTo([PAGE_VISIT_ID]);
    assertThat(tracked()).isEqualTo([]);
    assertThat(callsOf('page')).isEqualTo([]);
- name: Automatic mode tracks view_item as the page visit of its page view, with the product's line item and no invented value
  code: |-
    dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 9, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-9', item_name: 'Boot', price: 80 }] } };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()[0][1]).isEqualTo('pagevisit');
    assertThat(tracked()[0][2].line_items).isEqualTo([{ product_id: 'SKU-9', product_name: 'Boot', product_price: 80 }]);
    assertThat(tracked()[0][2].value).isUndefined();
    assertThat(tracked()[0][2].event_id).isEqualTo(PAGE_VISIT_ID);
    // It is the page visit: no bare one is sent beside it, now or on the page view's later page events.
    dataLayer = { event: 'gtm.dom', 'gtm.uniqueEventId': 10 };
    runCode(withData({ eventName: 'auto' }));
    assertThat(pageVisits()).isEqualTo([]);
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
    assertThat(pageVisits()).isEqualTo([PAGE_VISIT_ID]);
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
- name: Forwarding sends the values pintrk got, as pintrk got them (numbers as numbers, names as written); what pintrk did not get is not forwarded
  code: |-
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 3, ecommerce: { transaction_id: 'T-3', currency: 'USD', value: 9, items: [{ item_id: 'A', price: 9 }] } };
    let fits = '';
    for (let i = 0; i < 500; i++) fits += 'x';
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: [
      { name: 'value', value: '12.5' }, { name: 'Colour', value: 'red' }, { name: 'note', value: fits }, { name: 'tooLong', value: fits + 'x' },
      { name: 'contact', value: 'jane@example.com' }, { name: 'line_items', value: 'not a list' },
    ] }));
    const sent = tracked()[0][2];
    assertThat([sent.value, sent.Colour, sent.note.length, sent.tooLong, sent.contact]).isEqualTo([12.5, 'red', 500, undefined, undefined]);
    assertThat(sent.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
    const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
    const custom = forwarded.custom_data;
    assertThat([custom.value, custom.Colour, custom.note, custom.tooLong, custom.contact]).isEqualTo([12.5, 'red', fits, undefined, undefined]);
    assertThat(custom.line_items).isEqualTo([{ product_id: 'A', product_price: 9 }]);
    assertThat(custom.event_id).isUndefined();
    assertThat(forwarded.event_id).isEqualTo('checkout_T-3');
- name: An email address in free text (search term, custom property, product name) never reaches pintrk or the server; phone-shaped text is judged by its field, not its shape
  code: |-
    dataLayer = { event: 'search', 'gtm.uniqueEventId': 4, search_term: 'jane@example.com', ecommerce: {
      currency: 'USD', items: [{ item_id: 'A', item_name: 'jane%40example.com', price: 5 }, { item_id: 'B', item_name: 'Model 555-0142', price: 6 }],
    } };
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: [
      { name: 'contact', value: 'Mail me: jane@example.com' }, { name: 'note', value: 'call 0044 20 7946 0958' }, { name: 'nested', value: { a: 'jane@example.com' } },
    ] }));
    const data = tracked()[0][2];
    assertThat(JSON.stringify(data)).doesNotContain('jane');
    assertThat(data.search_query).isUndefined();
    assertThat(data.line_items).isEqualTo([{ product_id: 'A', product_price: 5 }, { product_id: 'B', product_name: 'Model 555-0142', product_price: 6 }]);
    assertThat(data.note).isEqualTo('call 0044 20 7946 0958');
    assertThat(pixels.join(' ')).doesNotContain('jane');
- name: MD5 and SHA-1 email digests are left out on both sides (Pinterest names SHA-256 only for the JavaScript tag and the API), with a log line that does not show them
  code: |-
    const md5 = '0CBA00CA3DA1B283A57287BCCEB17E35';
    runCode(withData({ email: md5, serverUrl: 'https://sgtm.example.com/pinterest/events', eventName: 'signup' }));
    assertThat(hashed).isEqualTo([]);
    assertThat(callsOf('load')[0][2]).isEqualTo({});
    const event = JSON.parse(require('decodeUriComponent')(pixels[0].slice('https://sgtm.example.com/pinterest/events?v=1&e='.length)));
    assertThat(event.user_data).isEqualTo({});
    assertThat(logs.join(' ')).contains('em left out: an MD5 or SHA-1 digest');
    assertThat(logs.join(' ').toLowerCase()).doesNotContain(md5.toLowerCase());
    const sha1 = 'A3CADDB38202511EAB803116294DC020F7C4F8A2';
    pintrkCalls = [];
    runCode(withData({ email: sha1 }));
    assertThat(hashed).isEqualTo([]);
    assertThat(callsOf('set')).isEqualTo([]);
    // A SHA-256 digest is the hashed form Pinterest names: passed through, lower-cased, never hashed again.
    const sha256 = 'B4C9A289323B21A01C3E940F150EB9B8C542587F1ABFD8F0E1CC1FFC5E475514';
    runCode(withData({ email: sha256 }));
    assertThat(callsOf('set')).isEqualTo([['set', { em: sha256.toLowerCase() }]]);
- name: A value that is neither an address nor a digest is left out, logged without the value
  code: |-
    runCode(withData({ email: 'Jane Doe' }));
    assertThat(hashed).isEqualTo([]);
    assertThat(callsOf('load')[0][2]).isEqualTo({});
    assertThat(logs.join(' ')).contains('em left out: not an email address');
    assertThat(logs.join(' ')).doesNotContain('Jane');
- name: "Identifiers are never judged by their shape: an ISBN, a dashed SKU and a dashed order number are kept as product ids, order id and event_id, and forwarded"
  code: |-
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 5, ecommerce: { transaction_id: '2024-0615-0042', currency: 'EUR', value: 42, items: [
      { item_id: '978-0-306-40615-7', item_name: 'A book', price: 30, quantity: 1 }, { item_id: '100-200-300', price: 12, quantity: 1 },
    ] } };
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    const data = tracked()[0][2];
    assertThat(data.order_id).isEqualTo('2024-0615-0042');
    assertThat(data.event_id).isEqualTo('checkout_2024-0615-0042');
    assertThat(data.line_items.map((l) => l.product_id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
    const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
    assertThat([forwarded.event_id, forwarded.custom_data.order_id]).isEqualTo(['checkout_2024-0615-0042', '2024-0615-0042']);
    assertThat(forwarded.custom_data.line_items.map((l) => l.product_id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
    // A reload of the thank-you page sends the same event_id: Pinterest counts the purchase once.
    pintrkCalls = [];
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()[0][2].event_id).isEqualTo('checkout_2024-0615-0042');
- name: "A single-page app: each route is a page view with its own page visit id; the page events of one route share it; coming back to a path is a new page view"
  code: |-
    const visit = (event, path, id) => {
      page.path = path;
      dataLayer = { event: event, 'gtm.uniqueEventId': id };
      runCode(withData({ eventName: 'auto' }));
    };
    visit('gtm.js', '/app/', 1);
    visit('page_view', '/app/', 2);
    visit('page_view', '/app/shoes', 3);
    visit('gtm.dom', '/app/shoes', 4);
    visit('page_view', '/app/boots', 5);
    visit('page_view', '/app/', 6);
    assertThat(pageVisits()).isEqualTo([PAGE_VIEW_ID + '.page1', PAGE_VIEW_ID + '.page2', PAGE_VIEW_ID + '.page3', PAGE_VIEW_ID + '.page4']);
    assertThat(tracked()).isEqualTo([]);
- name: "A product page is one page visit: after its page event, view_item repeats that page visit with the product under the same event_id; first, it is the page visit itself"
  code: |-
    page.path = '/boots/9';
    dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
    runCode(withData({ eventName: 'auto' }));
    dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 2, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-9', item_name: 'Boot', price: 80 }] } };
    runCode(withData({ eventName: 'auto' }));
    assertThat(pageVisits()).isEqualTo([PAGE_VIEW_ID + '.page1']);
    assertThat(tracked()).isEqualTo([['track', 'pagevisit', { currency: 'USD', line_items: [{ product_id: 'SKU-9', product_name: 'Boot', product_price: 80 }], order_quantity: 1, event_id: PAGE_VIEW_ID + '.page1' }]]);
    // The next product page (a new path): view_item pushed before GTM's page events is the page visit; the page events add none.
    pintrkCalls = [];
    page.path = '/boots/10';
    dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 3, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-10', price: 90 }] } };
    runCode(withData({ eventName: 'auto' }));
    dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 4 };
    runCode(withData({ eventName: 'auto' }));
    assertThat(pageVisits()).isEqualTo([]);
    assertThat(tracked().map((t) => [t[1], t[2].event_id])).isEqualTo([['pagevisit', PAGE_VIEW_ID + '.page2']]);
- name: "A discounted GA4 item: pintrk gets the price paid; the server gets the unit discount beside it, so the Conversions API can send the price before discount"
  code: |-
    dataLayer = { event: 'purchase', 'gtm.uniqueEventId': 6, ecommerce: { transaction_id: 'T-6', currency: 'USD', value: 16, items: [
      { item_id: 'A', price: 8, discount: 2, quantity: 2 }, { item_id: 'B', price: 5, quantity: 0 },
    ] } };
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    assertThat(tracked()[0][2].line_items).isEqualTo([{ product_id: 'A', product_price: 8, product_quantity: 2 }, { product_id: 'B', product_price: 5, product_quantity: 0 }]);
    assertThat(tracked()[0][2].value).isEqualTo(16);
    const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
    assertThat(forwarded.custom_data.line_items).isEqualTo([{ product_id: 'A', product_price: 8, product_quantity: 2, product_discount: 2 }, { product_id: 'B', product_price: 5, product_quantity: 0 }]);
- name: "One search is one Search: the site's search event is tracked; GA4's view_search_results of the same results page is not"
  code: |-
    dataLayer = { event: 'search', 'gtm.uniqueEventId': 7, search_term: 'red boots' };
    runCode(withData({ eventName: 'auto' }));
    dataLayer = { event: 'view_search_results', 'gtm.uniqueEventId': 8, search_term: 'red boots' };
    runCode(withData({ eventName: 'auto' }));
    assertThat(tracked()).isEqualTo([['track', 'search', { search_query: 'red boots', event_id: PAGE_VIEW_ID + '.7' }]]);
    assertThat(logs.join(' ')).contains('view_search_results is not a conversion');
- name: A click id read back from the _epik cookie is forwarded as the cookie's (the client keeps only one from the page URL, an ad click, in its cookie); one from the URL says so
  code: |-
    mock('getQueryParameters', () => undefined);
    mock('getCookieValues', (name) => (name === '_epik' ? ['dj0yCOOKIE1'] : []));
    dataLayer = { event: 'sign_up', 'gtm.uniqueEventId': 3 };
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    const fromCookie = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
    assertThat(fromCookie.click_id).isEqualTo('dj0yCOOKIE1');
    assertThat(fromCookie.click_id_from_url).isUndefined();
    pixels = [];
    mock('getQueryParameters', (key) => (key === 'epik' ? 'dj0yURL2' : undefined));
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    const fromUrl = JSON.parse(require('decodeUriComponent')(pixels[0].slice(pixels[0].indexOf('&e=') + 3)));
    assertThat([fromUrl.click_id, fromUrl.click_id_from_url]).isEqualTo(['dj0yURL2', true]);
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
  // The page visit of a page view: a pagevisit track with its event_id only (a product page's carries its items).
  const PAGE_VISIT_ID = PAGE_VIEW_ID + '.page1';
  const isPageVisit = (c) => c[0] === 'track' && c[1] === 'pagevisit' && JSON.stringify(c[2]) === JSON.stringify({ event_id: c[2].event_id });
  const pageVisits = () => pintrkCalls.filter(isPageVisit).map((c) => c[2].event_id);
  // Every other track call.
  const tracked = () => pintrkCalls.filter((c) => c[0] === 'track' && !isPageVisit(c));

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
  // The page's window (the page view id is set; the page view number is written by the first fire) and URL.
  let windowGlobals = { _pinterest_gtm_pvid: PAGE_VIEW_ID };
  mock('copyFromWindow', (key) => windowGlobals[key]);
  mock('setInWindow', (key, value) => { windowGlobals[key] = value; return true; });
  let page = { protocol: 'https', host: 'shop.example', port: '443', path: '/thank-you' };
  mock('getUrl', (component) => page[component]);
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


