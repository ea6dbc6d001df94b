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
        "help": "Any other event data, sent as is (they win over everything above). At most 40 per event: later rows are left out (the server forwarding protocol takes 50 event data keys, the tag\u0027s own included). \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eEvent data\u003c/a\u003e",
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
        "help": "Optional. Also sends the event (same event_id, hashed user data) to the pinterest-gtm client in your server container, e.g. https://sgtm.example.com/pinterest/events. An https URL without a port whose path starts with /pinterest/ and holds only letters, digits, /, - and _. Type it, or use a constant or a lookup of constants: never a variable the page can influence (a URL from the page would receive hashed user data and the click id); other URLs are refused at run time. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#pinterest-tag-parameters\"\u003eServer forwarding\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^(https://[A-Za-z0-9.-]+/pinterest/[A-Za-z0-9/_-]*|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "An https URL without a port whose path starts with /pinterest/ (letters, digits, /, - and _)."
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

var a;
let g=require("copyFromDataLayer"),G=require("copyFromWindow"),le=require("createArgumentsQueue"),ce=require("injectScript"),S=require("isConsentGranted"),N=require("templateStorage");
var q="0123456789",I="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",k=(e,t)=>e!==""&&t.indexOf(e)!==-1;
function T(e,t){for(let r=0;r<e.length;r++)if(t.indexOf(e.charAt(r))===-1)return!1;return!0}
var w="page",fe="page page_view gtm.js gtm.dom gtm.load|page_visit view_item|view_category view_item_list|search|add_to_cart|checkout purchase|signup sign_up|lead generate_lead|watch_video video_start|custom|add_payment_info|add_to_wishlist|initiate_checkout begin_checkout|subscribe|view_content select_item select_promotion view_promotion|contact|customize_product|find_location|schedule|start_trial|submit_application",V=e=>e.split("_").join("");
function B(e,t){let r=fe.split("|");for(let n=0;n<r.length;n++){let i=r[n].split(" ");if(t&&i.indexOf(e)>0||n>0&&(i[0]===e||V(i[0])===e))return i}return a}
function Q(e){let t=e?B(e.trim().toLowerCase(),!0):a;return t?V(t[0]):a}
function K(e){let t=e.indexOf("_")===-1?B(e,!1):a;return e===w?"page_visit":t?t[0]:e}
function de(e){return e!==""&&e.length<=100&&T(e,I+"_")}
function se(e){return e==="add_to_cart"||e==="initiate_checkout"||e==="checkout"}
var _e="https://s.pinimg.com/ct/core.js",F;
function pe(e){return F=F||require("getType"),F(e)}
var z=e=>e-e===0;
function h(e){let t=typeof e;return(t==="string"?e.trim():t==="boolean"||t==="number"&&z(e)?""+e:"")||a}
function me(e){let r=(e.charAt(0)==="-"?e.slice(1):e).split(".");return r.length<3&&r.join("")!==""&&T(r.join(""),q)}
function L(e){let t=typeof e=="number"?e:typeof e=="string"&&me(e.trim())?+e:a;return t!==a&&z(t)?t:a}
function H(e){let t=L(e);if(t===a)return a;let r=t-t%1;return r===0?t*0:r}
function he(e){let t=H(e);return t!==a&&t>=0&&t<=1e6?t:a}
function C(e){return typeof e=="object"&&e!==null?e:{}}
function R(e){return typeof e=="object"&&e!==null&&pe(e)==="array"?e:[]}
var b="_pinterest_gtm_pvid",ve="none",D="auto",ge="advertiserDefined",ye=e=>!!e.match("^\\d{10,16}\\.\\d{9}$"),x;
function W(){if(x)return x;let e=G(b),t=(typeof e=="string"?e:"").split(" "),r=+(t[1]||""),n=ye(t[0]);return x={e:n?t[0]:"",n:n&&r>0&&r%1===0?r:0,a:t.slice(2).join(" ")}}
function J(e){let t=!e.e;t&&(e.e=require("getTimestampMillis")()+"."+require("generateRandom")(1e8,999999999));let r=e.e+(e.n>0?" "+e.n+" "+e.a:"");if(require("setInWindow")(b,r,!0),t&&G(b)!==r){let n=g("gtm.start");typeof n=="number"&&(e.e=n+".gtm")}}
function Ee(){let e=W();return e.e||J(e),e.e}
function X(){let e=W(),t=""+require("getUrl")("path");return(e.n===0||e.a!==t)&&(e.n++,e.a=t,J(e)),e.e+".page"+e.n}
var Ie="?v=1&e=",Y=8e3,$=256,Z=2048,we=512,ee=500,qe=200,Te=e=>e>""||k(e,I+q+"._%+-'"),Le=e=>e>""||k(e,I+q+".-");
function Ce(e,t){let r=t;for(;r<e.length&&Le(e.charAt(r));)r++;for(;r>t&&e.charAt(r-1)===".";)r--;let n=e.lastIndexOf(".",r-1);if(n<=t||r-n<3)return!1;for(let i=n+1;i<r;i++)if(e.charAt(i)<=""&&!k(e.charAt(i),I))return!1;return!0}
function De(e){let t=e.split("%40").join("@");for(let r=t.indexOf("@");r!==-1;r=t.indexOf("@",r+1))if(r>0&&Te(t.charAt(r-1))&&Ce(t,r+1))return!0;return!1}
function Oe(e,t){let r=0;for(let n=0;n<e.length;n++){let i=e.charAt(n);if(i<" "||i===""||i>="\uDC00"&&i<="\uDFFF")return-1;if(i>="\uD800"&&i<="\uDBFF"){let c=e.charAt(++n);if(c<"\uDC00"||c>"\uDFFF")return-1}if(++r>t)return r}return r}
function O(e,t){let r=h(e),n=r===a?0:Oe(r,t);return n>=1&&n<=t?r:a}
function te(e,t){let r=O(e,t);return r&&!De(r)?r:a}
function Ae(e,t){return e.length>0&&e.length<=t&&T(e,I+q+"+/-_=")}
var Se="checkout_",P=e=>O(e,$);
function ke(e,t,r,n,i){let c=P(e);if(c)return c;let o=t==="checkout"?P(r()):a,s=o?P(Se+o):a;return s||(n&&(t===w||t==="pagevisit")?n():i?i():a)}
function Fe(e,t,r){return ke(e,t,()=>O(r,$)||g("ecommerce.transaction_id"),X,()=>{let n=h(g("gtm.uniqueEventId"));return Ee()+"."+(n&&n.length<20?n:"r"+require("generateRandom")(1e5,999999))})}
function Re(e,t){return e.length===t&&T(e,q+"abcdefABCDEF")}
function be(e){let t=e.toLowerCase(),r="";for(let n=0;n<t.length;n++)" 	\n\r ".indexOf(t.charAt(n))===-1&&(r+=t.charAt(n));return r.indexOf("@")>0?r:a}
var xe=e=>e>="a"&&e<="z";
function re(e){let t="",r=e.toLowerCase();for(let n=0;n<r.length;n++){let i=r.charAt(n);if(xe(i))t+=i;else if(i!==" "&&i!=="."&&i!=="	")return a}return t.length===2?t:a}
function Pe(e){let t=e.trim();return re(t.charAt(2)==="-"?t.slice(3):t)}
function Me(e,t){let r=h(t);if(!r)return a;if(Re(r,64))return{f:r.toLowerCase()};let n=e==="em"?be(r):e==="external_id"?r:e==="st"?Pe(r):re(r);return n?{u:n}:{d:e==="em"?"not an email address or SHA-256 digest":"not a two-letter code"}}
var M;
function p(e){M===a&&(M=require("queryPermission")("logging")),M&&require("logToConsole")("[Pinterest Tag] "+e)}
var U=e=>e==="st"||e==="country";
function Ue(e,t){let r={i:{},o:e.limitedDataProcessing===!0?{opt_out_type:"LDP"}:a,s:{},_:{}},n,i=1,c=()=>{--i===0&&t(r)},o=(u,f,l,d)=>{l&&((U(u)?r.o:r.i)[u]=f),d&&(r.s[u]=[f]),d&&U(u)&&(r._[u]=[f])},s=(u,f,l,d)=>{i++,n=n||require("sha256"),n(f,m=>{o(u,m,l,d),c()},c,{outputEncoding:"hex"})},_=(u,f)=>{let l=Me(u,f);if(l){if(l.d)return p(u+" left out: "+l.d);l.f?o(u,l.f,!0,!0):U(u)?(s(u,l.u.toUpperCase(),!0,!1),s(u,l.u,!1,!0)):s(u,l.u,!0,!0)}};_("em",e.email),_("external_id",e.externalId),r.o&&(_("st",e.ldpState),_("country",e.ldpCountry)),c()}
function ne(e){return!e.em&&!e.external_id}
function je(e,t,r,n){let i=le("pintrk","pintrk.queue"),c=!1;for(let o=0;o<t.length;o++){if(e.indexOf(t[o])!==-1){c=!0;continue}i("load",t[o],r),e.push(t[o])}return c&&!ne(r)&&i("set",r),n&&i("set",n),i}
var Ge="always";
function Ne(e){let t=!1;require("addConsentListener")("ad_storage",(r,n)=>{!n||t||(t=!0,e())})}
function Ve(e,t){t.m||(t.m=!0,require("addConsentListener")("ad_storage",(r,n)=>{e("setconsent",n)}))}
function Be(e,t,r){r.p=t,!r.h&&(r.h=!0,require("addConsentListener")("ad_user_data",(n,i)=>{let c=r.p;!i||!c||(r.p=a,e("set",c))}))}
function j(e){let t=h(e);return t!==a&&t.length===3&&T(t,I)?t.toUpperCase():a}
var A=e=>O(e,ee),v=e=>te(e,ee),ie="product_id product_name product_category product_variant product_variant_id product_brand product_price product_quantity".split(" "),Qe=[A,v,v,v,A,v,L,he];
function Ke(e,t,r){let n={l:[],r:[]};for(let i=0;i<e.length;i++){let c=C(e[i]),o={},s={};for(let u=0;u<ie.length;u++){let f=ie[u],l=t?t[u]:f,d=l?Qe[u](c[l]):a;d!==a&&(o[f]=d,f!=="product_variant_id"&&(s[f]=d))}if(!o.product_id&&!o.product_name)continue;let _=r?L(c[r]):a;_!==a&&(s.product_discount=_),n.l.push(o),n.r.push(s)}return n}
var ze="item_id item_name item_category item_variant  item_brand price quantity".split(" ");
function He(e){var t;let r=0;for(let n=0;n<e.length;n++)r+=(t=e[n].product_quantity)!=null?t:1;return r}
function We(e){var t;let r=0;for(let n=0;n<e.length;n++){let i=e[n].product_price;if(i===a)return a;r+=i*((t=e[n].product_quantity)!=null?t:1)}return e.length>0?r:a}
var oe=40,ae={value:L,currency:j,order_id:A,event_id:A,order_quantity:e=>{let t=H(e);return t!==a&&t>=0?t:a},promo_code:v,search_query:v,lead_type:v,video_title:v},Je=e=>!!e.match("^[A-Za-z_]\\w{0,63}$");
function Xe(e,t){let r={},n={t:r,r:[]},i,c=(u,f,l)=>{let d=Ke(u,f,l);d.l.length!==0&&(r.line_items=d.l,n.r=d.r)},o=(u,f)=>{if(u==="line_items")return c(R(f),a,"");let l=typeof f,d=ae.hasOwnProperty(u)?ae[u](f):l==="boolean"?f:l==="number"?L(f):v(f);d!==a&&(u==="value"?i=d:r[u]=d)};if(e.readEcommerce!==!1||(h(e.eventName)||D)===D){let u=C(g("ecommerce")),f=R(u.items);o("value",u.value),o("currency",j(u.currency)||C(f[0]).currency),o("order_id",u.transaction_id),o("promo_code",u.coupon),c(f,ze,"discount"),r.line_items&&(r.order_quantity=He(r.line_items)),t==="search"&&o("search_query",g("search_term")),t==="watchvideo"&&o("video_title",g("video_title"))}o("value",e.value),o("currency",e.currency),o("order_id",e.orderId),o("order_quantity",e.orderQuantity),o("promo_code",e.promoCode),o("search_query",e.searchQuery),o("lead_type",e.leadType),o("video_title",e.videoTitle);let s=R(e.customProperties);for(let u=0;u<s.length;u++){if(u===oe){p("custom properties over "+oe+" left out");break}let f=C(s[u]),l=h(f.name);l&&Je(l)&&o(l,f.value)}if(i===a&&r.line_items&&se(K(t))&&(i=We(r.line_items)),i===a)return n;let _=r.currency||j(e.defaultCurrency);return _?(r.currency=_,r.value=i):p("value left out: no currency"),n}
function Ye(){let e=require("getUrl"),t=e("protocol"),r=e("host"),n=e("port"),i=t+"://"+r+(!n||n===(t==="https"?"443":"80")?"":":"+n)+e("path");return(t==="https"||t==="http")&&r?te(i,Z):a}
function $e(e,t){let r=s=>S(s)?"granted":"denied",n={user_data:e,consent:{ad_storage:r("ad_storage"),ad_user_data:r("ad_user_data")},event_time:require("getTimestampMillis")()};t&&(n.opt_out_type="LDP");let i=Ye();i&&(n.page_location=i);let c=h(require("getQueryParameters")("epik")),o=c||h(require("getCookieValues")("_epik")[0]);return!o||!Ae(o,we)||(n.click_id=o,c&&(n.click_id_from_url=!0)),n}
var Ze=e=>e.length<=Z&&!!e.match("^https://[A-Za-z0-9.-]+/pinterest/[\\w/-]*$");
function et(e,t,r){let n=h(e);if(!n)return a;if(!Ze(n))return p("not forwarded: server URL not https://<host>/pinterest/…"),a;let i=require("encodeUriComponent"),c=require("JSON"),o;return(s,_,u)=>{o=o||$e(t,r);let f={};for(let E in u.t)E!=="event_id"&&(f[E]=u.t[E]);let l=u.r.slice(0,qe);l.length>0&&(f.line_items=l),o.event_name=K(s),o.event_id=_,o.custom_data=f;let d=()=>n+Ie+i(c.stringify(o)),m=d(),y=l.length;for(;m.length>Y&&l.length>0;)l.pop(),m=d();if(l.length<y&&p("forwarded without "+(y-l.length)+" of "+y+" line items (8 KB)"),m.length>Y)return p("not forwarded: over 8 KB");require("sendPixel")(m)}}
function tt(){let e=N.getItem("page");return e||N.setItem("page",e={v:[],c:""}),e}
function rt(e){let t=[],r=!1,n=(typeof e=="string"?e:e===a||e===null?"":require("makeString")(e)).split(",");for(let i=0;i<n.length;i++){let c=n[i].trim();c.match("^\\d{13}$")?t.indexOf(c)===-1&&t.push(c):r=r||!!c}return r&&p("tag IDs not of 13 digits left out"),t}
function nt(e){let t=h(e.eventName)||D;if(t===ve)return w;if(t===ge){let n=h(e.customEventName);return n&&de(n)?n:(p("no event: custom event names are letters and underscores"),a)}let r=t===D?Q(h(g("event"))):Q(t)===t?t:a;return r||p("no event: not a Pinterest event"),r}
function it(){let e=rt(data.tagId);if(e.length===0)return p("no valid tag ID"),data.gtmOnFailure();let t=data.consentMode!==Ge;if(t&&!S("ad_storage"))return p("ad_storage denied: waiting"),Ne(()=>{ue(data,e,t,!0)}),data.gtmOnSuccess();ue(data,e,t,!1)}
function ue(e,t,r,n){let i=nt(e),c=!r||S("ad_user_data");Ue(e,o=>{let s=tt(),_=je(s.v,t,c?o.i:{},o.o);!c&&!ne(o.i)&&(p("ad_user_data denied: Enhanced Match waits"),Be(_,o.i,s)),r&&Ve(_,s);let u=et(e.serverUrl,c?o.s:o._,!!o.o),f=(d,m,y)=>{let E=d===w?"pagevisit":d;y.t.event_id=m,_("track",E,y.t),p("track "+E+", event_id "+m),E==="pagevisit"&&(s.c=m),u&&u(d,m,y)},l=e.sendPageView!==!1&&i!=="pagevisit"?X():a;if(l&&l!==s.c&&f(w,l,{t:{},r:[]}),i&&i!==w){let d=Xe(e,i),m=Fe(h(e.eventId)||d.t.event_id,i,d.t.order_id);i==="pagevisit"&&m===s.c?p("page visit already sent"):f(i,m,d)}ce(_e,()=>{n||data.gtmOnSuccess()},()=>{p("core.js not loaded"),n||data.gtmOnFailure()},"pinterest-gtm-core")})}
it()


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
- name: Loads the valid tag IDs and logs that others were left out, without echoing them
  code: |-
    runCode(withData({ tagId: 'abc, ' + TAG_ID + ' ,' }));
    assertThat(callsOf('load')).isEqualTo([['load', TAG_ID, {}]]);
    assertThat(logs.join(' ')).contains('tag IDs not of 13 digits left out');
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
    assertThat(logs.join(' ')).contains('line items (8 KB)');
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
    assertThat(logs.filter((l) => l.indexOf('no event: not a Pinterest event') !== -1).length).isEqualTo(4);
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
- name: "A tag saved with only a tag ID (fields added by later versions missing) behaves as the fields' defaults: Automatic, consent respected, ecommerce read, the page visit sent, no LDP"
  code: |-
    dataLayer = purchase;
    runCode({ tagId: TAG_ID });
    assertThat(tracked()[0][1]).isEqualTo('checkout');
    assertThat(tracked()[0][2].event_id).isEqualTo('checkout_T-1001');
    assertThat(pageVisits()).isEqualTo([PAGE_VISIT_ID]);
    assertThat(callsOf('set')).isEqualTo([]);
    // A chosen event still reads GA4 ecommerce when "Read GA4 ecommerce data" is missing (its default is on).
    pintrkCalls = [];
    runCode({ tagId: TAG_ID, eventName: 'addtocart' });
    assertThat(tracked()[0][2].line_items.length).isEqualTo(2);
    consentGranted = false;
    pintrkCalls = [];
    runCode({ tagId: TAG_ID });
    assertThat(pintrkCalls).isEqualTo([]);
- name: A server URL outside https://<host>/pinterest/ (a variable the page can influence, or a port the send_pixel permission refuses) is never used; the browser event is still sent
  code: |-
    dataLayer = purchase;
    ['http://sgtm.example.com/pinterest/events', 'https://evil.example/collect', 'https://user@evil.example/pinterest/x', 'https://sgtm.example.com/pinterest/ev\nents', 'https://sgtm.example.com:8443/pinterest/events'].forEach((url) => {
      runCode(withData({ eventName: 'auto', serverUrl: url }));
    });
    assertThat(pixels).isEqualTo([]);
    assertThat(tracked().length).isEqualTo(5);
    // One line per fire.
    assertThat(logs.filter((l) => l.indexOf('not forwarded') !== -1).length).isEqualTo(5);
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
    assertThat(logs.join(' ')).contains('em left out: not an email address or SHA-256 digest');
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
- name: "A product page is one page visit on each side (Pinterest documents event_id deduplication between the tag and the API only): after its page event, view_item sends no second one, and says so; first, it is the page visit itself, with the product"
  code: |-
    page.path = '/boots/9';
    dataLayer = { event: 'gtm.js', 'gtm.uniqueEventId': 1 };
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.shop.example/pinterest/events' }));
    dataLayer = { event: 'view_item', 'gtm.uniqueEventId': 2, ecommerce: { currency: 'USD', items: [{ item_id: 'SKU-9', item_name: 'Boot', price: 80 }] } };
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.shop.example/pinterest/events' }));
    assertThat(pageVisits()).isEqualTo([PAGE_VIEW_ID + '.page1']);
    assertThat(tracked()).isEqualTo([]);
    // Nor is a second one forwarded to the server.
    assertThat(pixels.length).isEqualTo(1);
    assertThat(logs.filter((l) => l.indexOf('page visit already sent') !== -1).length).isEqualTo(1);
    // The next product page (a new path): view_item pushed before GTM's page events is the page visit; the page events add none.
    pintrkCalls = [];
    pixels = [];
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
    assertThat(logs.join(' ')).contains('no event: not a Pinterest event');
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
    assertThat(logs.filter((l) => l.indexOf('no event: not a Pinterest event') !== -1).length).isEqualTo(3);
    assertThat(logs.join(' ').indexOf('jane@example.com')).isEqualTo(-1);
    runCode(withData({ eventName: 'addtocart', value: 5, currency: 'EUR' }));
    assertThat(tracked().filter((call) => call[1] === 'addtocart').length).isEqualTo(1);
- name: "A Consent value other than Fire regardless (a container edited outside GTM's editor) respects Consent Mode: nothing loads while ad_storage is denied"
  code: |-
    consentGranted = false;
    runCode(withData({ consentMode: 'bogus' }));
    assertThat(pintrkCalls).isEqualTo([]);
    assertThat(injected).isEqualTo([]);
    assertApi('gtmOnSuccess').wasCalled();
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
- name: At most 40 custom properties are read per event (the forwarding protocol takes 50 event data keys, the tag's own 9 included); later rows are left out for pintrk and the server alike, and logged
  code: |-
    const rows = [];
    for (let i = 0; i < 45; i++) rows.push({ name: 'p' + i, value: 'v' + i });
    dataLayer = purchase;
    runCode(withData({ eventName: 'auto', serverUrl: 'https://sgtm.example.com/pinterest/events', customProperties: rows }));
    const data = tracked()[0][2];
    assertThat([data.p0, data.p39, data.p40, data.p44]).isEqualTo(['v0', 'v39', undefined, undefined]);
    assertThat(logs.join(' ')).contains('custom properties over 40 left out');
    const forwarded = JSON.parse(require('decodeUriComponent')(pixels[1].slice(pixels[1].indexOf('&e=') + 3)));
    assertThat([forwarded.custom_data.p39, forwarded.custom_data.p40]).isEqualTo(['v39', undefined]);
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


