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
        "help": "Optional. Also sends the event (same event_id, hashed user data) to the pinterest-gtm client in your server container, e.g. https://sgtm.example.com/pinterest/events. An https URL whose path starts with /pinterest/ and holds only letters, digits, /, - and _. Type it, or use a constant or a lookup of constants: never a variable the page can influence (a URL from the page would receive hashed user data and the click id); other URLs are refused at run time. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters\"\u003eServer forwarding\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(https://[A-Za-z0-9.:-]+/pinterest/[A-Za-z0-9/_-]*|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "An https URL whose path starts with /pinterest/ (letters, digits, /, - and _)."
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

var i;
const A=require("copyFromDataLayer"),B=require("copyFromWindow"),Et=require("createArgumentsQueue"),wt=require("injectScript"),At=require("isConsentGranted"),I=require("templateStorage");
var y="page",Q="page_visit view_category search add_to_cart checkout signup lead watch_video custom add_payment_info add_to_wishlist initiate_checkout subscribe view_content contact customize_product find_location schedule start_trial submit_application",It="page_view=page gtm.js=page gtm.dom=page gtm.load=page view_item=page_visit view_item_list=view_category select_item=view_content select_promotion=view_content view_promotion=view_content search add_to_cart add_to_wishlist begin_checkout=initiate_checkout add_payment_info purchase=checkout generate_lead=lead sign_up=signup video_start=watch_video";
function z(t,n){if(n===""||n.indexOf(" ")!==-1||n.indexOf("=")!==-1)return i;const e=" "+t+" ",r=e.indexOf(" "+n+"=");if(r!==-1){const o=r+n.length+2;return e.slice(o,e.indexOf(" ",o))}return e.indexOf(" "+n+" ")!==-1?n:i}
var J=t=>t.split("_").join("");
function Y(t){if(z(Q,t)!==i)return t;const n=Q.split(" ");for(let e=0;e<n.length;e++)if(J(n[e])===t)return n[e];return i}
function Tt(t){const n=z(It,t);if(n===y)return y;const e=n!=null?n:Y(t);return e===i?i:J(e)}
function Ot(t){return t===i?i:Tt(t.trim().toLowerCase())}
function Z(t){var n;return t===y?"page_visit":t.indexOf("_")===-1&&(n=Y(t))!=null?n:t}
function Lt(t){if(t===""||t.length>100)return!1;for(let n=0;n<t.length;n++){const e=t.charAt(n);if(!(e>="a"&&e<="z"||e>="A"&&e<="Z"||e==="_"))return!1}return!0}
function St(t){return t==="add_to_cart"||t==="initiate_checkout"||t==="checkout"}
var x;
function Ct(t){return x===i&&(x=require("getType")),x(t)}
var P=t=>t-t===0;
function f(t){const n=typeof t;let e;if(n==="string")e=t.trim();else if(n==="number"){if(!P(t))return i;e=""+t}else if(n==="boolean")e=t?"true":"false";else return i;return e===""?i:e}
function qt(t){let n=0,e=!1;for(let r=0;r<t.length;r++){const o=t.charAt(r);if(o>="0"&&o<="9")n++;else if(o==="."&&!e)e=!0;else if(!(o==="-"&&r===0))return!1}return n>0}
function O(t){const n=typeof t;if(n==="number")return P(t)?t:i;if(n!=="string")return i;const e=t.trim();if(!qt(e))return i;const r=+e;return P(r)?r:i}
function X(t){const n=O(t);if(n===i)return i;const e=n-n%1;return e===0?n*0:e}
function kt(t){const n=X(t);return n!==i&&n>=0&&n<=1e6?n:i}
function q(t){return typeof t=="object"&&t!==null?t:{}}
function k(t){return Dt(t)?t:[]}
function Dt(t){return typeof t=="object"&&t!==null&&Ct(t)==="array"}
function F(t){const n=[];for(const e in t)n.push(e);return n}
function xt(t,n){const e={},r=t;for(const o in r)e[o]=r[o];for(const o in n)(e[o]===i||e[o]===null)&&(e[o]=n[o]);return e}
var Pt=1,Ft="v",bt="e",$=8e3,tt=256,et=2048,Mt=512,m=500,Rt=200,nt=50,Ut=64,b=t=>t>="a"&&t<="z"||t>="A"&&t<="Z",rt=t=>t>="0"&&t<="9",Gt=t=>b(t)||rt(t)||t>""||"._%+-'".indexOf(t)!==-1,jt=t=>b(t)||rt(t)||t>""||t==="."||t==="-";
function Nt(t,n){let e=n;for(;e<t.length&&jt(t.charAt(e));)e++;for(;e>n&&t.charAt(e-1)===".";)e--;const r=t.lastIndexOf(".",e-1);if(r<=n||e-r<3)return!1;for(let o=r+1;o<e;o++)if(!b(t.charAt(o))&&t.charAt(o)<="")return!1;return!0}
function it(t){const n=t.split("%40").join("@");for(let e=n.indexOf("@");e!==-1;e=n.indexOf("@",e+1))if(e>0&&Gt(n.charAt(e-1))&&Nt(n,e+1))return!0;return!1}
var Ht="\uD800",Vt="\uDBFF",Wt="\uDC00",Kt="\uDFFF",Bt=t=>t>=Ht&&t<=Vt,ot=t=>t>=Wt&&t<=Kt,Qt=t=>t<" "||t==="";
function zt(t,n){let e=0;for(let r=0;r<t.length;r++){const o=t.charAt(r);if(Qt(o)||ot(o))return-1;if(Bt(o)){if(!ot(t.charAt(r+1)))return-1;r++}if(e++,e>n)return e}return e}
function at(t,n){const e=zt(t,n);return e>=1&&e<=n}
function T(t,n){const e=f(t);return e!==i&&at(e,n)?e:i}
function L(t,n){const e=T(t,n);return e===i||it(e)?i:e}
var Jt=t=>t>="a"&&t<="z"||t>="A"&&t<="Z"||t>="0"&&t<="9";
function Yt(t,n){if(t.length===0||t.length>n)return!1;for(let e=0;e<t.length;e++){const r=t.charAt(e);if(!Jt(r)&&r!=="+"&&r!=="/"&&r!=="-"&&r!=="_"&&r!=="=")return!1}return!0}
var Zt="checkout_",M=t=>T(t,tt);
function Xt(t,n,e,r,o){const a=M(t);if(a!==i)return a;const c=n==="checkout"?M(e()):i,s=c===i?i:M(Zt+c);return s!==i?s:r!==i&&(n===y||n==="pagevisit")?r():o===i?i:o()}
var R="_pinterest_gtm_pvid",$t="none",U="auto",te="advertiserDefined";
function ee(t){const n=t.indexOf(".");if(n<10||n>16||t.length!==n+10)return!1;for(let e=0;e<t.length;e++)if(e!==n&&(t.charAt(e)<"0"||t.charAt(e)>"9"))return!1;return!0}
var G;
function ct(){var t;if(G!==i)return G;const n=B(R),e=(typeof n=="string"?n:"").split(" "),r=+((t=e[1])!=null?t:""),o=ee(e[0]);return G={id:o?e[0]:"",view:o&&r>=1&&r-r%1===r?r:0,path:e.slice(2).join(" ")}}
function st(t){const n=t.id==="";n&&(t.id=require("getTimestampMillis")()+"."+require("generateRandom")(1e8,999999999));const e=t.id+(t.view>0?" "+t.view+" "+t.path:"");if(require("setInWindow")(R,e,!0),n&&B(R)!==e){const r=A("gtm.start");typeof r=="number"&&(t.id=r+".gtm")}}
function ne(){const t=ct();return t.id===""&&st(t),t.id}
function re(){const t=ct(),n=""+require("getUrl")("path");return(t.id===""||t.view===0||t.path!==n)&&(t.view++,t.path=n,st(t)),t.id+".page"+t.view}
function ie(t,n,e){var r,o;const a=(r=f(t))!=null?r:U;if(a===$t)return{name:y};if(a===U){const s=e(f(A("event")));return s.tag!==i?{name:s.tag}:{skip:(o=s.skip)!=null?o:"not a Pinterest event (README: event table)"}}if(a!==te)return e(a).tag===a?{name:a}:{skip:"unknown Event choice"};const c=f(n);return c!==i&&Lt(c)?{name:c}:{skip:"the custom event name must be letters and underscores"}}
function ut(t,n,e){return Xt(t,n,()=>{var r;return(r=T(e,tt))!=null?r:A("ecommerce.transaction_id")},re,()=>{const r=f(A("gtm.uniqueEventId"));return ne()+"."+(r!==i&&r.length<20?r:"r"+require("generateRandom")(1e5,999999))})}
var oe="https://s.pinimg.com/ct/core.js";
function j(t,n){if(t.length!==n)return!1;for(let e=0;e<n;e++)if("0123456789abcdefABCDEF".indexOf(t.charAt(e))===-1)return!1;return!0}
function ae(t){return j(t,64)}
function ce(t){return j(t,32)||j(t,40)}
var se="an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only";
function ue(t){const n=t.toLowerCase();let e="";for(let r=0;r<n.length;r++)" 	\n\r ".indexOf(n.charAt(r))===-1&&(e+=n.charAt(r));return e.indexOf("@")>0?e:i}
var de=t=>t>="a"&&t<="z";
function dt(t){let n="";const e=t.toLowerCase();for(let r=0;r<e.length;r++){const o=e.charAt(r);if(de(o))n+=o;else if(o!==" "&&o!=="."&&o!=="	")return i}return n.length===2?n:i}
function fe(t){const n=t.trim();return dt(n.charAt(2)==="-"?n.slice(3):n)}
function le(t,n){const e=f(n);if(e===i)return i;if(ae(e))return{hashed:e.toLowerCase()};if(t==="em"&&ce(e))return{skip:se};const r=t==="em"?ue(e):t==="external_id"?e:t==="st"?fe(e):dt(e);return r!==i?{plain:r}:{skip:t==="em"?"not an email address":"not a two-letter code"}}
var N;
function ft(){return N===i&&(N=require("queryPermission")("logging")),N}
function _(t,n){if(!ft())return;const e=require("logToConsole");n===i?e("[Pinterest Tag] "+t):e("[Pinterest Tag] "+t,n)}
function _e(t,n){const e={},r=[],o=(u,v)=>{const p=le(u,v);if(p!==i){if(p.skip!==i)return _(u+" left out: "+p.skip);p.hashed!==i?e[u]=e[u.toUpperCase()]=p.hashed:(r.push([u,p.plain]),(u==="st"||u==="country")&&r.push([u.toUpperCase(),p.plain.toUpperCase()]))}};o("em",t.email),o("external_id",t.externalId);const a=t.limitedDataProcessing===!0;a&&(o("st",t.ldpState),o("country",t.ldpCountry));const c=(u,v,p,h)=>{for(let g=0;g<u.length;g++){const K=e[h?u[g].toUpperCase():u[g]];K!==i&&(v[u[g]]=p?[K]:K)}return v},s=["st","country"];let l=r.length+1;const d=()=>{--l>0||n({match:c(["em","external_id"],{}),ldp:a?c(s,{opt_out_type:"LDP"},!1,!0):i,forwarded:c(["em","external_id","st","country"],{},!0),region:c(s,{},!0)})},w=r.length>0?require("sha256"):i;for(let u=0;u<r.length;u++){const v=r[u][0];w(r[u][1],p=>{e[v]=p,d()},d,{outputEncoding:"hex"})}d()}
function lt(t){return t.em===i&&t.external_id===i}
function pe(){return Et("pintrk","pintrk.queue")}
function he(t,n,e,r,o){let a=!1;for(let c=0;c<e.length;c++){if(n.indexOf(e[c])!==-1){a=!0;continue}t("load",e[c],r),n.push(e[c])}a&&!lt(r)&&t("set",r),o!==i&&t("set",o)}
function ge(t,n){wt(oe,t,n,"pinterest-gtm-core")}
var me="respect",H="pendingMatch";
function D(t){return At(t)}
function ve(t){let n=!1;require("addConsentListener")("ad_storage",(e,r)=>{!r||n||(n=!0,t())})}
function ye(t,n){n.consentWatch||(n.consentWatch=!0,require("addConsentListener")("ad_storage",(e,r)=>{t("setconsent",r)}))}
function Ee(t,n){I.setItem(H,n),I.getItem("matchWatch")!==!0&&(I.setItem("matchWatch",!0),require("addConsentListener")("ad_user_data",(e,r)=>{const o=I.getItem(H);!r||o===i||o===null||(I.removeItem(H),t("set",o))}))}
function V(t){const n=f(t);if(n===i||n.length!==3)return i;const e=n.toUpperCase();for(let r=0;r<3;r++)if(e.charAt(r)<"A"||e.charAt(r)>"Z")return i;return e}
var W=[["product_id",t=>T(t,m)],["product_name",t=>L(t,m)],["product_category",t=>L(t,m)],["product_variant",t=>L(t,m)],["product_variant_id",t=>T(t,m)],["product_brand",t=>L(t,m)],["product_price",O],["product_quantity",kt]];
function _t(t,n,e){const r={lines:[],discounts:[]},o=k(t);for(let a=0;a<o.length;a++){const c=q(o[a]),s={};for(let l=0;l<W.length;l++){const d=W[l][1],w=n[l]===""?i:d(c[n[l]]);w!==i&&(s[W[l][0]]=w)}s.product_id===i&&s.product_name===i||(r.lines.push(s),r.discounts.push(e===""?i:O(c[e])))}return r}
var we=["item_id","item_name","item_category","item_variant","","item_brand","price","quantity"];
function Ae(t){var n;let e=0;for(let r=0;r<t.length;r++)e+=(n=t[r].product_quantity)!=null?n:1;return e}
function Ie(t){var n;let e=0;for(let r=0;r<t.length;r++){const o=t[r].product_price;if(o===i)return i;e+=o*((n=t[r].product_quantity)!=null?n:1)}return t.length>0?e:i}
var S=t=>L(t,m),pt={value:O,currency:V,order_id:t=>T(t,m),event_id:t=>T(t,m),order_quantity:t=>{const n=X(t);return n!==i&&n>=0?n:i},promo_code:S,search_query:S,lead_type:S,video_title:S},Te=["product_id","product_name","product_category","product_variant","product_variant_id","product_brand","product_price","product_quantity"];
function Oe(t){if(t.length>Ut)return!1;for(let n=0;n<t.length;n++){const e=t.charAt(n);if(!(e>="a"&&e<="z"||e>="A"&&e<="Z"||e==="_"||n>0&&e>="0"&&e<="9"))return!1}return!0}
function ht(t,n){n.lines.length!==0&&(t.data.line_items=n.lines,t.discounts=n.discounts)}
function E(t,n,e){if(n==="line_items")return ht(t,_t(e,Te,""));const r=pt.hasOwnProperty(n)?pt[n]:i,o=typeof e,a=r!==i?r(e):o==="string"?S(e):o==="number"?O(e):o==="boolean"?e:i;a!==i&&(t.data[n]=a)}
function Le(t,n){var e;const r=q(A("ecommerce"));E(t,"value",r.value),E(t,"currency",(e=V(r.currency))!=null?e:q(k(r.items)[0]).currency),E(t,"order_id",r.transaction_id),E(t,"promo_code",r.coupon),ht(t,_t(r.items,we,"discount")),t.data.line_items!==i&&(t.data.order_quantity=Ae(t.data.line_items)),n==="search"&&E(t,"search_query",A("search_term")),n==="watchvideo"&&E(t,"video_title",A("video_title"))}
function Se(t,n,e){if(t.value===i&&t.line_items!==i&&St(Z(n))){const o=Ie(t.line_items);o!==i&&(t.value=o,_("value = items' price × quantity: "+o))}if(t.value===i||t.currency!==i)return;const r=V(e);if(r!==i){t.currency=r;return}require("Object").delete(t,"value"),_("value left out: no currency (event or Default currency)")}
function Ce(t,n){const e={data:{},discounts:[]};(t.eventName===U||t.readEcommerce===!0)&&Le(e,n);const r=[["value",t.value],["currency",t.currency],["order_id",t.orderId],["order_quantity",t.orderQuantity],["promo_code",t.promoCode],["search_query",t.searchQuery],["lead_type",t.leadType],["video_title",t.videoTitle]];for(let a=0;a<r.length;a++)E(e,r[a][0],r[a][1]);const o=k(t.customProperties);for(let a=0;a<o.length;a++){const c=q(o[a]),s=f(c.name);s!==i&&Oe(s)&&E(e,s,c.value)}return Se(e.data,n,t.defaultCurrency),e}
var qe={eventName:"auto",readEcommerce:!0,consentMode:"respect",limitedDataProcessing:!1,sendPageView:!0};
function ke(t){const n=t.indexOf("/",8);if(t.indexOf("https://")!==0||n<9||t.indexOf("/pinterest/",n)!==n||t.length>et)return!1;for(let e=8;e<t.length;e++){const r=t.charAt(e).toLowerCase();if(!(r>="a"&&r<="z"||r>="0"&&r<="9"||r==="-"||(e<n?r==="."||r===":":r==="/"||r==="_")))return!1}return require("queryPermission")("send_pixel",t)}
function De(t){const n={},e=F(t.data);let r=0;for(let a=0;a<e.length;a++){const c=e[a];if(c!=="event_id"){if(r++===nt){_("server forwarding: left out event data values after the first "+nt);break}n[c]=t.data[c]}}const o=t.data.line_items;if(o!==i){const a=[];for(let c=0;c<o.length&&c<Rt;c++){const s={},l=F(o[c]);for(let d=0;d<l.length;d++)l[d]!=="product_variant_id"&&(s[l[d]]=o[c][l[d]]);t.discounts[c]!==i&&(s.product_discount=t.discounts[c]),a.push(s)}n.line_items=a}return n}
function xe(t,n,e,r,o,a){const c={event_name:Z(t),event_id:n,event_time:a.time,custom_data:e===i?{}:De(e),user_data:r,consent:a.consent};return a.page!==i&&(c.page_location=a.page),a.click!==i&&(c.click_id=a.click),a.clickFromUrl&&(c.click_id_from_url=!0),o&&(c.opt_out_type="LDP"),c}
var C;
function gt(t,n){const e=C.encode;return t+(t.indexOf("?")===-1?"?":"&")+Ft+"="+Pt+"&"+bt+"="+e(C.JSON.stringify(n))}
function Pe(t,n){if(C===i&&(C={encode:require("encodeUriComponent"),JSON:require("JSON"),ok:ke(t)}),!C.ok)return _("server forwarding skipped: the server URL must be https://<host>/pinterest/...");let e=gt(t,n);const r=n.custom_data.line_items,o=r===i?0:r.length;for(;e.length>$&&r!==i&&r.length>0;)r.pop(),e=gt(t,n);if(r!==i&&r.length<o&&_("server forwarding: "+(o-r.length)+" of "+o+" line items left out (8 KB)"),e.length>$)return _("server forwarding skipped: over 8 KB");require("sendPixel")(e)}
function Fe(){var t;const n=require("getUrl"),e=f(n("protocol")),r=f(n("host"));if(e!=="https"&&e!=="http"||r===i)return i;const o=f(n("port")),a=e+"://"+r+(o===i||o===(e==="https"?"443":"80")?"":":"+o)+((t=f(n("path")))!=null?t:"");return at(a,et)&&!it(a)?a:i}
function be(t){const n=f(require("getQueryParameters")("epik")),e=n!=null?n:f(k(require("getCookieValues")("_epik"))[0]),r=e!==i&&Yt(e,Mt);return{time:require("getTimestampMillis")(),page:Fe(),click:r?e:i,clickFromUrl:r&&n!==i,consent:t}}
var mt="pageState",vt=t=>t.loaded.join(",")+"|"+t.visited+"|"+(t.consentWatch?"1":"");
function Me(){const t=I.getItem(mt),n=typeof t=="string"?t:"||",e=n.split("|");return{loaded:e[0]===""?[]:e[0].split(","),visited:e[1],consentWatch:e[2]==="1",opened:n}}
function Re(t){vt(t)!==t.opened&&I.setItem(mt,vt(t))}
function Ue(t){const n=[];let e=0;const r=(typeof t=="string"?t:t===i||t===null?"":require("makeString")(t)).split(",");for(let o=0;o<r.length;o++){const a=r[o].trim();let c=a.length===13;for(let s=0;s<a.length&&c;s++)c=a.charAt(s)>="0"&&a.charAt(s)<="9";c?n.indexOf(a)===-1&&n.push(a):e+=a===""?0:1}return e>0&&_("ignoring "+e+" tag ID(s) that are not 13 digits"),n}
function Ge(){const t=xt(data,qe),n=Ue(t.tagId);if(n.length===0){_("no valid tag ID: nothing sent"),data.gtmOnFailure();return}const e=t.consentMode===me;if(e&&!D("ad_storage")){_("ad_storage denied: waiting for consent"),ve(()=>{yt(t,n,e,!0)}),data.gtmOnSuccess();return}yt(t,n,e,!1)}
function yt(t,n,e,r){const o=ie(t.eventName,t.customEventName,s=>({tag:Ot(s)})),a=pe(),c=!e||D("ad_user_data");_e(t,s=>{var l;!c&&!lt(s.match)&&(_("ad_user_data denied: Enhanced Match waits"),Ee(a,s.match));const d=Me();he(a,d.loaded,n,c?s.match:{},s.ldp),e&&ye(a,d);const w=[],u=t.sendPageView!==!1&&o.name!=="pagevisit"?ut(i,y,i):i;if(u!==i&&u!==d.visited&&(a("track","pagevisit",{event_id:u}),w.push({name:y,id:u}),d.visited=u),o.name===i)_("no event tracked: "+o.skip);else if(o.name!==y){const h=Ce(t,o.name),g=ut((l=f(t.eventId))!=null?l:h.data.event_id,o.name,h.data.order_id);h.data.event_id=g,a("track",o.name,h.data),ft()&&_("track "+o.name,{event_id:g,fields:F(h.data)}),w.push({name:o.name,id:g,built:h}),o.name==="pagevisit"&&(d.visited=g)}Re(d);let v=r;const p=h=>{v||(v=!0,h?data.gtmOnSuccess():data.gtmOnFailure())};ge(()=>{p(!0)},()=>{_("core.js failed to load (blocked?)"),p(!1)}),je(t,s,c,w)})}
function je(t,n,e,r){const o=f(t.serverUrl);if(o===i||r.length===0)return;const a=be({ad_storage:D("ad_storage")?"granted":"denied",ad_user_data:D("ad_user_data")?"granted":"denied"});for(let c=0;c<r.length;c++)Pe(o,xe(r[c].name,r[c].id,r[c].built,e?n.forwarded:n.region,n.ldp!==i,a))}
Ge()


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
    assertThat(logs.join(' ')).contains('line items left out (8 KB)');
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
    assertThat(logs.filter((l) => l.indexOf('not a Pinterest event (README: event table)') !== -1).length).isEqualTo(4);
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
    assertThat(logs.join(' ')).contains('no event tracked: not a Pinterest event');
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
- name: An Event value that is not one of the menu's items (an edited export, a tag made through the API) is not tracked, and is logged
  code: |-
    runCode(withData({ eventName: 'contact jane@example.com please' }));
    runCode(withData({ eventName: '[object Object]' }));
    runCode(withData({ eventName: 'Checkout' }));
    assertThat(tracked()).isEqualTo([]);
    assertThat(logs.filter((l) => l.indexOf('unknown Event choice') !== -1).length).isEqualTo(3);
    assertThat(logs.join(' ').indexOf('jane@example.com')).isEqualTo(-1);
    runCode(withData({ eventName: 'addtocart', value: 5, currency: 'EUR' }));
    assertThat(tracked().filter((call) => call[1] === 'addtocart').length).isEqualTo(1);
- name: "Server forwarding: the page URL keeps a port that is not the scheme's default (the Conversions API's event_source_url of a page on :8787)"
  code: |-
    dataLayer = { event: 'sign_up', 'gtm.uniqueEventId': 3 };
    const forwardedPages = () => pixels.map((p) => JSON.parse(require('decodeUriComponent')(p.slice(p.indexOf('&e=') + 3))).page_location);
    page = { protocol: 'http', host: '127.0.0.1', port: '8787', path: '/thanks' };
    runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    page = { protocol: 'https', host: 'shop.example', port: '8443', path: '/thanks' };
    runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    page = { protocol: 'https', host: 'shop.example', port: '443', path: '/thanks' };
    runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    page = { protocol: 'http', host: 'shop.example', port: '', path: '/thanks' };
    runCode(withData({ eventName: 'auto', sendPageView: false, serverUrl: 'https://sgtm.example.com/pinterest/events' }));
    assertThat(forwardedPages()).isEqualTo(['http://127.0.0.1:8787/thanks', 'https://shop.example:8443/thanks', 'https://shop.example/thanks', 'http://shop.example/thanks']);
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


