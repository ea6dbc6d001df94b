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
  "displayName": "Pinterest Conversions API by pinterest-gtm",
  "categories": [
    "ADVERTISING",
    "CONVERSIONS"
  ],
  "brand": {
    "id": "brand_pinterest_gtm",
    "displayName": "pinterest-gtm",
    "thumbnail": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAMAAABg3Am1AAAAJ1BMVEUAAAAXO08XO08XO08XO08XO08XO09uhZHx8/T////97tb4wmj1piMUdtZ4AAAADXRSTlMAYK/f/1Cf/////////Hc78QAACTtJREFUeAEBMAnP9gAAAAAAAAABAgMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAgEAAAAAAAAAAAAAAAUDBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwUAAAAAAAAAAAYEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBgAAAAAAAAYEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQGAAAAAAUEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAUAAAADBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQDAAABBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEAAgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQCAAMEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQHCAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkIBwQEBAQEBAQEBAQEAAQEBAQEBAQEBAQECAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAkJCQkJCQkJCQkJCQkJCQkJCQkKCwsKCQkJBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQJCQkJCQkJCQkJCQkJCQkJCQkJCwwMCwkJCQQEBAQEBAQEBAQEAAQEBAQEBAQEBAQECQkJCQkJCQkJCQkJCQkJCQkJCQsMDAsJCQkEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAkJCQkJCQkJCQkJCQkJCQkJCQkKCwsKCQkJBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQICQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBwgJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCAcEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBwgJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCAcEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAgJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQJCQkJCQkJCQkJCQkJCQkJCQkJCgsLCgkJCQQEBAQEBAQEBAQEAAQEBAQEBAQEBAQECQkJCQkJCQkJCQkJCQkJCQkJCQsMDAsJCQkEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAkJCQkJCQkJCQkJCQkJCQkJCQkLDAwLCQkJBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQJCQkJCQkJCQkJCQkJCQkJCQkJCgsLCgkJCQQEBAQEBAQEBAQEAAQEBAQEBAQEBAQECAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQgEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAcICQkJCQkJCQkJCQkJCQkJCQkJCQkJCQgHBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAcICQkJCQkJCQkJCQkJCQkJCQkJCQkJCQgHBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQICQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCAQEBAQEBAQEBAQEAAQEBAQEBAQEBAQECQkJCQkJCQkJCQkJCQkJCQkJCQoLCwoJCQkEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAkJCQkJCQkJCQkJCQkJCQkJCQkLDAwLCQkJBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQJCQkJCQkJCQkJCQkJCQkJCQkJCwwMCwkJCQQEBAQEBAQEBAQEAAQEBAQEBAQEBAQECQkJCQkJCQkJCQkJCQkJCQkJCQoLCwoJCQkEBAQEBAQEBAQEBAAEBAQEBAQEBAQEBAgJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkIBAQEBAQEBAQEBAQABAQEBAQEBAQEBAQHCAkJCQkJCQkJCQkJCQkJCQkJCQkJCQkIBwQEBAQEBAQEBAQEAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAADBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMAAgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQCAAEEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQAAAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwAAAAUEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAUAAAAABgQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAYAAAAAAAAGBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAYAAAAAAAAAAAUDBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAwUAAAAAAAAAAAAAAAECAwQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAMCAQAAAAAAANdYLzFUgSnLAAAAAElFTkSuQmCC"
  },
  "description": "Sends server events to the Pinterest Conversions API with the event_id the Pinterest Tag used, so Pinterest deduplicates them; spec-exact hashing, click id, consent, retries and JSON logs. Docs: https://github.com/pinterest-gtm/pinterest-gtm",
  "containerContexts": [
    "SERVER"
  ]
}


___TEMPLATE_PARAMETERS___

[
  {
    "type": "GROUP",
    "name": "accountGroup",
    "displayName": "Account",
    "groupStyle": "NO_ZIPPY",
    "subParams": [
      {
        "type": "TEXT",
        "name": "adAccountId",
        "displayName": "Ad account ID",
        "simpleValueType": true,
        "help": "Digits only, from Ads Manager (Business Access → Ad accounts). \u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003eConversions API\u003c/a\u003e",
        "alwaysInSummary": true,
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          },
          {
            "type": "REGEX",
            "args": [
              "^(\\d{1,18}|\\{\\{[^}]+\\}\\})$"
            ],
            "errorMessage": "Digits only, at most 18."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "accessToken",
        "displayName": "Conversion access token",
        "simpleValueType": true,
        "help": "Generate it in Ads Manager → Conversions → Conversions API. Keep it in a variable rather than typing it here; it is only ever sent in the Authorization header and never logged. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/the-pinterest-api-for-conversions\"\u003ePinterest help\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "NON_EMPTY"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "testMode",
        "checkboxText": "Test mode (adds test\u003dtrue: Pinterest validates but does not record)",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Turn it off in production. \u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003etest parameter\u003c/a\u003e"
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "eventGroup",
    "displayName": "Event name",
    "groupStyle": "ZIPPY_OPEN",
    "subParams": [
      {
        "type": "RADIO",
        "name": "eventNameSource",
        "displayName": "Event name",
        "simpleValueType": true,
        "defaultValue": "inherit",
        "help": "Inherit maps GA4 and Pinterest names (purchase → checkout, add_to_cart → add_to_cart, …). \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#conversions-api-tag-parameters\"\u003eMapping\u003c/a\u003e",
        "radioItems": [
          {
            "value": "inherit",
            "displayValue": "Inherit from the event"
          },
          {
            "value": "standard",
            "displayValue": "Standard event",
            "subParams": [
              {
                "type": "SELECT",
                "name": "eventNameStandard",
                "displayName": "Standard event",
                "simpleValueType": true,
                "defaultValue": "checkout",
                "selectItems": [
                  {
                    "value": "page_visit",
                    "displayValue": "page_visit"
                  },
                  {
                    "value": "view_category",
                    "displayValue": "view_category"
                  },
                  {
                    "value": "search",
                    "displayValue": "search"
                  },
                  {
                    "value": "add_to_cart",
                    "displayValue": "add_to_cart"
                  },
                  {
                    "value": "checkout",
                    "displayValue": "checkout"
                  },
                  {
                    "value": "signup",
                    "displayValue": "signup"
                  },
                  {
                    "value": "lead",
                    "displayValue": "lead"
                  },
                  {
                    "value": "watch_video",
                    "displayValue": "watch_video"
                  },
                  {
                    "value": "custom",
                    "displayValue": "custom"
                  },
                  {
                    "value": "add_payment_info",
                    "displayValue": "add_payment_info"
                  },
                  {
                    "value": "add_to_wishlist",
                    "displayValue": "add_to_wishlist"
                  },
                  {
                    "value": "initiate_checkout",
                    "displayValue": "initiate_checkout"
                  },
                  {
                    "value": "subscribe",
                    "displayValue": "subscribe"
                  },
                  {
                    "value": "view_content",
                    "displayValue": "view_content"
                  },
                  {
                    "value": "contact",
                    "displayValue": "contact"
                  },
                  {
                    "value": "customize_product",
                    "displayValue": "customize_product"
                  },
                  {
                    "value": "find_location",
                    "displayValue": "find_location"
                  },
                  {
                    "value": "schedule",
                    "displayValue": "schedule"
                  },
                  {
                    "value": "start_trial",
                    "displayValue": "start_trial"
                  },
                  {
                    "value": "submit_application",
                    "displayValue": "submit_application"
                  },
                  {
                    "value": "app_install",
                    "displayValue": "app_install"
                  },
                  {
                    "value": "app_open",
                    "displayValue": "app_open"
                  }
                ],
                "help": "\u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003eEvent names\u003c/a\u003e"
              }
            ]
          },
          {
            "value": "custom",
            "displayValue": "Custom event name",
            "subParams": [
              {
                "type": "TEXT",
                "name": "customEventName",
                "displayName": "Custom event name",
                "simpleValueType": true,
                "help": "Letters and underscores only. \u003ca href\u003d\"https://help.pinterest.com/en/business/article/add-event-codes\"\u003eCustom events\u003c/a\u003e",
                "valueValidators": [
                  {
                    "type": "REGEX",
                    "args": [
                      "^([a-zA-Z_]+|\\{\\{[^}]+\\}\\})$"
                    ],
                    "errorMessage": "Letters and underscores only."
                  }
                ]
              }
            ]
          }
        ]
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "eventNameMapping",
        "displayName": "Mapping overrides",
        "enablingConditions": [
          {
            "paramName": "eventNameSource",
            "paramValue": "inherit",
            "type": "EQUALS"
          }
        ],
        "newRowButtonText": "Add mapping",
        "help": "Checked before the built-in mapping: an incoming event name and the Pinterest event to send (a standard name such as lead, or an advertiser-defined name of letters and underscores). \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#conversions-api-tag-parameters\"\u003eMapping\u003c/a\u003e",
        "simpleTableColumns": [
          {
            "name": "ga4Event",
            "displayName": "Incoming event name",
            "type": "TEXT",
            "isUnique": true,
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              }
            ]
          },
          {
            "name": "pinterestEvent",
            "displayName": "Pinterest event",
            "type": "TEXT",
            "valueValidators": [
              {
                "type": "NON_EMPTY"
              },
              {
                "type": "REGEX",
                "args": [
                  "^([a-zA-Z_]{1,100}|\\{\\{[^}]+\\}\\})$"
                ],
                "errorMessage": "Letters and underscores only, e.g. newsletter_signup."
              }
            ]
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "advertiserEventNames",
        "displayName": "Advertiser-defined event names",
        "simpleValueType": true,
        "help": "Comma-separated, e.g. quote_request, newsletter_signup: events with one of these names (as sent, letters and underscores) are sent under it. Any other name that is not in the event table follows the setting below, whoever sent it: the Pinterest client is a public endpoint, and each name it passed on would become an event in your account. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#conversions-api-tag-parameters\"\u003eMapping\u003c/a\u003e",
        "enablingConditions": [
          {
            "paramName": "eventNameSource",
            "paramValue": "inherit",
            "type": "EQUALS"
          }
        ],
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^([a-zA-Z_]{1,100}( *, *[a-zA-Z_]{1,100})*|\\{\\{[^}]+\\}\\})?$"
            ],
            "errorMessage": "Names of letters and underscores, separated by commas."
          }
        ]
      },
      {
        "type": "SELECT",
        "name": "unknownEvents",
        "displayName": "Events with no Pinterest meaning",
        "simpleValueType": true,
        "defaultValue": "skip",
        "enablingConditions": [
          {
            "paramName": "eventNameSource",
            "paramValue": "inherit",
            "type": "EQUALS"
          }
        ],
        "selectItems": [
          {
            "value": "skip",
            "displayValue": "Skip them"
          },
          {
            "value": "custom",
            "displayValue": "Send as custom"
          },
          {
            "value": "passthrough",
            "displayValue": "Send with their own name (advertiser-defined)"
          }
        ],
        "help": "For names that are neither in the event table, nor Pinterest names, nor mapped or listed above, from any client (the Pinterest client included). Events the table marks as not conversions (refund, scroll, session_start, …) are always skipped. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#conversions-api-tag-parameters\"\u003eMapping\u003c/a\u003e"
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "dataGroup",
    "displayName": "Event data",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "SIMPLE_TABLE",
        "name": "userDataOverrides",
        "displayName": "User data overrides",
        "newRowButtonText": "Add user data",
        "help": "Win over the event\u0027s user data. Raw values are normalised and hashed; SHA-256 values pass through. \u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003euser_data\u003c/a\u003e",
        "simpleTableColumns": [
          {
            "name": "field",
            "displayName": "Field",
            "type": "SELECT",
            "selectItems": [
              {
                "value": "em",
                "displayValue": "em"
              },
              {
                "value": "ph",
                "displayValue": "ph"
              },
              {
                "value": "ge",
                "displayValue": "ge"
              },
              {
                "value": "db",
                "displayValue": "db"
              },
              {
                "value": "fn",
                "displayValue": "fn"
              },
              {
                "value": "ln",
                "displayValue": "ln"
              },
              {
                "value": "ct",
                "displayValue": "ct"
              },
              {
                "value": "st",
                "displayValue": "st"
              },
              {
                "value": "zp",
                "displayValue": "zp"
              },
              {
                "value": "country",
                "displayValue": "country"
              },
              {
                "value": "external_id",
                "displayValue": "external_id"
              },
              {
                "value": "client_ip_address",
                "displayValue": "client_ip_address"
              },
              {
                "value": "client_user_agent",
                "displayValue": "client_user_agent"
              },
              {
                "value": "click_id",
                "displayValue": "click_id"
              },
              {
                "value": "partner_id",
                "displayValue": "partner_id"
              }
            ]
          },
          {
            "name": "value",
            "displayName": "Value",
            "type": "TEXT"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "defaultCountry",
        "displayName": "Default country",
        "simpleValueType": true,
        "help": "Two-letter ISO 3166-1 code, e.g. US. For events without an address country: phone numbers written without their country code get this country\u0027s calling code (without it they are left out), and state names are read as this country\u0027s. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#enhanced-match-normalisation\"\u003eEnhanced Match normalisation\u003c/a\u003e",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^([A-Za-z]{2}|\\{\\{[^}]+\\}\\})?$"
            ],
            "errorMessage": "Two letters, e.g. US (ISO 3166-1 alpha-2), or leave it empty."
          }
        ]
      },
      {
        "type": "SIMPLE_TABLE",
        "name": "customDataOverrides",
        "displayName": "Custom data overrides",
        "newRowButtonText": "Add custom data",
        "help": "Win over the event\u0027s ecommerce data. content_ids: comma-separated or a JSON array; contents: a JSON array. \u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003ecustom_data\u003c/a\u003e",
        "simpleTableColumns": [
          {
            "name": "field",
            "displayName": "Field",
            "type": "SELECT",
            "selectItems": [
              {
                "value": "value",
                "displayValue": "value"
              },
              {
                "value": "currency",
                "displayValue": "currency"
              },
              {
                "value": "order_id",
                "displayValue": "order_id"
              },
              {
                "value": "content_ids",
                "displayValue": "content_ids"
              },
              {
                "value": "contents",
                "displayValue": "contents"
              },
              {
                "value": "num_items",
                "displayValue": "num_items"
              },
              {
                "value": "search_string",
                "displayValue": "search_string"
              },
              {
                "value": "content_name",
                "displayValue": "content_name"
              },
              {
                "value": "content_category",
                "displayValue": "content_category"
              },
              {
                "value": "content_brand",
                "displayValue": "content_brand"
              },
              {
                "value": "opt_out_type",
                "displayValue": "opt_out_type"
              }
            ]
          },
          {
            "name": "value",
            "displayName": "Value",
            "type": "TEXT"
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "defaultCurrency",
        "displayName": "Default currency",
        "simpleValueType": true,
        "help": "Used when an event has a value but no currency (ISO 4217, for example EUR). Without either the value is left out: an amount in an unknown currency would be read in your account\u0027s currency. \u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003ecurrency\u003c/a\u003e",
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
        "name": "partnerName",
        "displayName": "Partner name",
        "simpleValueType": true,
        "help": "Only if Pinterest assigned you one (format ss-\u0026lt;partner\u0026gt;); advertisers leave it empty. \u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003epartner_name\u003c/a\u003e"
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "consentGroup",
    "displayName": "Consent",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "RADIO",
        "name": "consentMode",
        "displayName": "When the event says ad_storage or ad_user_data is denied",
        "simpleValueType": true,
        "defaultValue": "respect",
        "help": "Reads x-ga-gcs and x-ga-gcd, which the GA4 client copies from the page\u0027s Consent Mode, and the page\u0027s consent that the Pinterest client forwards. Limited Data Processing is not an answer to a denial: it is Pinterest\u0027s flag for US state privacy laws, sent when the event carries \u003ccode\u003eopt_out_type: LDP\u003c/code\u003e (the web tag\u0027s LDP setting forwards it) or the custom data overrides set it. \u003ca href\u003d\"https://developers.google.com/tag-platform/security/concepts/consent-mode\"\u003eConsent Mode\u003c/a\u003e",
        "radioItems": [
          {
            "value": "respect",
            "displayValue": "Send nothing (and log why)"
          },
          {
            "value": "always",
            "displayValue": "Send anyway (consent is handled elsewhere)"
          }
        ]
      }
    ]
  },
  {
    "type": "GROUP",
    "name": "crossDomainGroup",
    "displayName": "Cross-domain click id",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "CHECKBOX",
        "name": "crossDomain",
        "checkboxText": "Carry the Pinterest click id across my domains (Firestore)",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "For a visitor who clicks an ad on one of your domains and buys on another: the click id of the ad click is kept in Firestore under the SHA-256 of GA\u0027s client id (event data client_id, which Google\u0027s linker carries across your domains), and an event without a click id on another of your domains gets it back, for 30 days (Pinterest\u0027s default click-through attribution window), as its click_id and as the _epik cookie. Only with ad_storage consent. Needs GA4\u0027s \"Configure your domains\" and Firestore in the container\u0027s Google Cloud project. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/cross-domain.md\"\u003eCross-domain\u003c/a\u003e",
        "subParams": [
          {
            "type": "TEXT",
            "name": "crossDomainDomains",
            "displayName": "Your domains",
            "simpleValueType": true,
            "help": "Comma-separated registrable domains, lower-case, without https:// or a path, e.g. shop.example, checkout.example (each covers its subdomains). Nothing is stored or read for pages on other hosts. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/cross-domain.md\"\u003eCross-domain\u003c/a\u003e",
            "enablingConditions": [
              {
                "paramName": "crossDomain",
                "paramValue": true,
                "type": "EQUALS"
              }
            ],
            "valueValidators": [
              {
                "type": "REGEX",
                "args": [
                  "^([a-z0-9-]+(\\.[a-z0-9-]+)+( *, *[a-z0-9-]+(\\.[a-z0-9-]+)+)*|\\{\\{[^}]+\\}\\})$"
                ],
                "errorMessage": "Lower-case domains separated by commas, e.g. shop.example, checkout.example."
              }
            ]
          },
          {
            "type": "TEXT",
            "name": "crossDomainCollection",
            "displayName": "Firestore collection",
            "simpleValueType": true,
            "help": "The template\u0027s permission allows pinterest_click_ids only: to use another collection, change the permission\u0027s path too. Documents: click_id and time, named by the SHA-256 of the client id. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm/blob/main/docs/cross-domain.md\"\u003eCross-domain\u003c/a\u003e",
            "defaultValue": "pinterest_click_ids",
            "enablingConditions": [
              {
                "paramName": "crossDomain",
                "paramValue": true,
                "type": "EQUALS"
              }
            ]
          },
          {
            "type": "TEXT",
            "name": "crossDomainProjectId",
            "displayName": "Google Cloud project ID",
            "simpleValueType": true,
            "help": "Empty: the container\u0027s project. \u003ca href\u003d\"https://developers.google.com/tag-platform/tag-manager/server-side/api#firestore\"\u003eFirestore\u003c/a\u003e",
            "enablingConditions": [
              {
                "paramName": "crossDomain",
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
    "name": "loggingGroup",
    "displayName": "Logging",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "RADIO",
        "name": "logMode",
        "displayName": "Console logs (JSON lines)",
        "simpleValueType": true,
        "defaultValue": "debug",
        "help": "Request, response and messages with the request\u0027s trace id. The access token and the IP address are never logged. \u003ca href\u003d\"https://cloud.google.com/logging/docs/structured-logging\"\u003eStructured logging\u003c/a\u003e",
        "radioItems": [
          {
            "value": "off",
            "displayValue": "Off"
          },
          {
            "value": "debug",
            "displayValue": "In Preview only"
          },
          {
            "value": "always",
            "displayValue": "Always"
          }
        ]
      },
      {
        "type": "CHECKBOX",
        "name": "bigQueryLogging",
        "checkboxText": "Also write log rows to BigQuery",
        "simpleValueType": true,
        "defaultValue": false,
        "help": "Rows: timestamp, type, trace_id, event_name, message. \u003ca href\u003d\"https://developers.google.com/tag-platform/tag-manager/server-side/api#bigquery\"\u003eBigQuery API\u003c/a\u003e",
        "subParams": [
          {
            "type": "TEXT",
            "name": "bigQueryProjectId",
            "displayName": "Project ID",
            "simpleValueType": true,
            "help": "Empty: the container\u0027s Google Cloud project. \u003ca href\u003d\"https://cloud.google.com/bigquery/docs\"\u003eBigQuery\u003c/a\u003e",
            "enablingConditions": [
              {
                "paramName": "bigQueryLogging",
                "paramValue": true,
                "type": "EQUALS"
              }
            ]
          },
          {
            "type": "TEXT",
            "name": "bigQueryDatasetId",
            "displayName": "Dataset ID",
            "simpleValueType": true,
            "help": "An existing dataset. \u003ca href\u003d\"https://cloud.google.com/bigquery/docs\"\u003eBigQuery\u003c/a\u003e",
            "enablingConditions": [
              {
                "paramName": "bigQueryLogging",
                "paramValue": true,
                "type": "EQUALS"
              }
            ]
          },
          {
            "type": "TEXT",
            "name": "bigQueryTableId",
            "displayName": "Table ID",
            "simpleValueType": true,
            "help": "An existing table with the columns above. \u003ca href\u003d\"https://cloud.google.com/bigquery/docs\"\u003eBigQuery\u003c/a\u003e",
            "enablingConditions": [
              {
                "paramName": "bigQueryLogging",
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
    "name": "advancedGroup",
    "displayName": "Advanced",
    "groupStyle": "ZIPPY_CLOSED",
    "subParams": [
      {
        "type": "TEXT",
        "name": "maxRetries",
        "displayName": "Retries",
        "simpleValueType": true,
        "help": "For 429, 5xx, timeouts and network errors, with the same event_id (0 to 5). \u003ca href\u003d\"https://developers.pinterest.com/docs/api/v5/events-create\"\u003eErrors\u003c/a\u003e",
        "defaultValue": "2",
        "valueValidators": [
          {
            "type": "REGEX",
            "args": [
              "^[0-5]$"
            ],
            "errorMessage": "0 to 5."
          }
        ]
      },
      {
        "type": "TEXT",
        "name": "timeoutMs",
        "displayName": "Timeout (ms)",
        "simpleValueType": true,
        "help": "Per attempt. \u003ca href\u003d\"https://developers.google.com/tag-platform/tag-manager/server-side/api#sendhttprequest\"\u003esendHttpRequest\u003c/a\u003e",
        "defaultValue": "5000",
        "valueValidators": [
          {
            "type": "POSITIVE_NUMBER"
          }
        ]
      }
    ]
  }
]


___SANDBOXED_JS_FOR_SERVER___

var i;
let K=require("getTimestampMillis"),A=require("JSON"),Ve=require("getAllEventData"),Ge=require("sendHttpRequest"),Ke=require("getCookieValues"),Be=require("sha256Sync");
var Qe="https://api.pinterest.com/v5/ad_accounts/",N="0123456789",S="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",B=(e,t)=>e!==""&&t.indexOf(e)!==-1;
function D(e,t){for(let n=0;n<e.length;n++)if(t.indexOf(e.charAt(n))===-1)return!1;return!0}
var Q;
function oe(e){return Q=Q||require("getType"),Q(e)}
var le=e=>e-e===0;
function s(e){let t=typeof e;return(t==="string"?e.trim():t==="boolean"||t==="number"&&le(e)?""+e:"")||i}
function Xe(e){let n=(e.charAt(0)==="-"?e.slice(1):e).split(".");return n.length<3&&n.join("")!==""&&D(n.join(""),N)}
function O(e){let t=typeof e=="number"?e:typeof e=="string"&&Xe(e.trim())?+e:i;return t!==i&&le(t)?t:i}
function P(e){let t=O(e);if(t===i)return i;let n=t-t%1;return n===0?t*0:n}
function Ye(e){let t=P(e);return t!==i&&t>=0&&t<=1e6?t:i}
function v(e){return typeof e=="object"&&e!==null?e:{}}
function b(e){return typeof e=="object"&&e!==null&&oe(e)==="array"?e:[]}
function F(e){return typeof e=="object"&&e!==null&&oe(e)==="array"}
function We(e,t){let n={},r=e;for(let a in r)n[a]=r[a];for(let a in t)(n[a]===i||n[a]===null)&&(n[a]=t[a]);return n}
function se(e,t,n){return e==="granted"||e==="denied"?e==="denied":t!==""&&"trnv".indexOf(t)!==-1?!1:t!==""&&"pqmu".indexOf(t)!==-1||n==="0"}
function Je(e){let t=s(e["x-ga-gcd"])||"",n=o=>t.length>=9&&t.charAt(0)==="1"?t.charAt(o):"",r=s(e["x-ga-gcs"])||"",a=v(e.consent_state);return se(a.ad_storage,n(2),r.length===4&&r.slice(0,2)==="G1"?r.charAt(2):"")?"ad_storage is denied":se(a.ad_user_data,n(6),"")?"ad_user_data is denied":i}
var E="0123456789",M="abcdefghijklmnopqrstuvwxyz";
function R(e,t){return e.length===t&&D(e,N+"abcdefABCDEF")}
function ue(e){return R(e,64)}
function Ze(e){return R(e,32)||R(e,40)}
var $e="an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only";
function et(e){let t=e.toLowerCase(),n="";for(let r=0;r<t.length;r++)" 	\n\r ".indexOf(t.charAt(r))===-1&&(n+=t.charAt(r));return n.indexOf("@")>0?n:i}
var x=",ar54.0.ab|arg|argentina|,at43.0.4d|aut|austria|osterreich|,au61.0.5c|aus|australia|,be32.0.89|bel|belgium|koninkrijkbelgie|belgie|belgique|belgien|,br55.0.8b|bra|brazil|brasil|,ca1.1.7a|can|canada|,ch41.0.9c|che|switzerland|schweiz|suisse|svizzera|,cl56..9b|chl|chile|,co57.0.8b|col|colombia|,cy357..88|cyp|cyprus|κύπρος|,cz420..9c|cze|czechrepublic|czechia|ceskarepublika|,de49.0.4f|deu|germany|deutschland|,dk45..88|dnk|denmark|danmark|,es34..99|esp|spain|espana|,fi358.0.5c|fin|finland|suomi|,fr33.0.99|fra|france|,gb44.0.7a|gbr|unitedkingdom|uk|greatbritain|,gr30..ac|grc|greece|ελλάδα|,hk852..5b|hkg|hongkong|香港|,hu36.06.89|hun|hungary|magyarorszag|,ie353.0.7a|irl|ireland|eire|,il972.0.7c|isr|israel|ישראל|,it39..6c|ita|italy|italia|,jp81.0.8h|jpn|japan|日本|,kr82.0.5e|kor|southkorea|korearepublicof|republicofkorea|대한민국|,lu352..4b|lux|luxembourg|luxemburg|,mt356..88|mlt|malta|,mx52..aa|mex|mexico|,nl31.0.5b|nld|netherlands|thenetherlands|netherlandskingdomofthe|koninkrijkdernederlanden|nederland|,no47..58|nor|norway|norge|noreg|,nz64.0.5a|nzl|newzealand|,pl48..6a|pol|poland|polska|,pt351..99|prt|portugal|,ro40.0.69|rou|romania|,se46.0.6c|swe|sweden|sverige|,sg65..8b|sgp|singapore|,sk421.0.69|svk|slovakia|slovensko|,us1.1.aa|usa|unitedstatesofamerica|unitedstates|",ce=E+M;
function de(e){let t=x.slice(e+2,x.indexOf("|",e)).split(".");return{country:x.slice(e,e+2),code:t[0],trunk:t[1],min:ce.indexOf(t[2].charAt(0)),max:ce.indexOf(t[2].charAt(1))}}
function tt(e){let t=e.length===2?x.indexOf(","+e):-1;return t===-1?i:de(t+1)}
function nt(e){for(let t=1;t<=3;t++){let n=e.slice(0,t)+".";for(let r=x.indexOf(n);r!==-1;r=x.indexOf(n,r+1))if(x.charAt(r-3)===",")return de(r-2)}return i}
var fe=15,X=e=>e.length<=fe?{value:e}:{skip:"longer than 15 digits"};
function _e(e,t,n){let r=o=>o.length>=e.min&&o.length<=e.max,a=e.trunk!==""&&t.indexOf(e.trunk)===0?t.slice(e.trunk.length):i;return a!==i&&r(a)?X(e.code+a):n&&t.indexOf(e.code)===0&&r(t.slice(e.code.length))?X(t):r(t)?X(e.code+t):{skip:"not a possible length for "+e.country.toUpperCase()}}
function rt(e,t){let n="",r=!1,a=e.indexOf("(0)")===-1?e:e.split("(0)").join("");for(let f=0;f<a.length;f++){let h=a.charAt(f);h>="0"&&h<="9"?n+=h:h==="+"&&n===""&&(r=!0)}let o=()=>t===i?i:tt(t),l=r?0:n.indexOf("00")===0?2:n.indexOf("011")===0&&(o()||{}).code==="1"?3:-1,u=l===-1?o():i;if(l===-1)return u!==i?_e(u,n,!0):{skip:t===i?"no country for a national number":"no calling plan for "+t.toUpperCase()};let c=n.slice(l),d=nt(c);return d!==i?_e(d,c.slice(d.code.length),!1):c.length>=7&&c.length<=fe&&c.charAt(0)!=="0"?{value:c}:{skip:"not a possible international number"}}
var he=",ab|alberta|,bc|britishcolumbia|,mb|manitoba|,nb|newbrunswick|,nl|newfoundlandandlabrador|,ns|novascotia|,nt|northwestterritories|,nu|nunavut|,on|ontario|,pe|princeedwardisland|,qc|quebec|,sk|saskatchewan|,yt|yukon|",pe="aàáâãäå,aeæ,cçč,dð,eèéêë,iìíîï,nñ,oòóôõöø,ssß,thþ,uùúûü,yýÿ";
function it(e,t){let n=e.lastIndexOf(",",t)+1,r="";for(;n<e.length&&e.charAt(n)>="a"&&e.charAt(n)<="z";)r+=e.charAt(n++);return r}
function at(e){return e<"À"||e==="×"||e==="÷"||e>="̀"&&e<="ͯ"||e>=" "&&e<="⁯"||e>="　"&&e<="〿"}
function Y(e,t){let n=e.toLowerCase(),r="";for(let a=0;a<n.length;a++){let o=n.charAt(a);if(o>="a"&&o<="z"||o>="0"&&o<="9")r+=o;else if(!at(o)){let l=t.indexOf(o);r+=l===-1?o:it(t,l)}}return r}
var me=",ak|alaska|,al|alabama|,ar|arkansas|,as|americansamoa|,az|arizona|,ca|california|,co|colorado|,ct|connecticut|,dc|districtofcolumbia|,de|delaware|,fl|florida|,ga|georgia|,gu|guam|,hi|hawaii|,ia|iowa|,id|idaho|,il|illinois|,in|indiana|,ks|kansas|,ky|kentucky|,la|louisiana|,ma|massachusetts|,md|maryland|,me|maine|,mi|michigan|,mn|minnesota|,mo|missouri|,mp|northernmarianaislands|,ms|mississippi|,mt|montana|,nc|northcarolina|,nd|northdakota|,ne|nebraska|,nh|newhampshire|,nj|newjersey|,nm|newmexico|,nv|nevada|,ny|newyork|,oh|ohio|,ok|oklahoma|,or|oregon|,pa|pennsylvania|,pr|puertorico|,ri|rhodeisland|,sc|southcarolina|,sd|southdakota|,tn|tennessee|,tx|texas|,um|unitedstatesminoroutlyingislands|,ut|utah|,va|virginia|,vi|unitedstatesvirginislands|,vt|vermont|,wa|washington|,wi|wisconsin|,wv|westvirginia|,wy|wyoming|",W=e=>e>="a"&&e<="z";
function ot(e){let t="",n=e.toLowerCase();for(let r=0;r<n.length;r++){let a=n.charAt(r);if(W(a))t+=a;else if(a!==" "&&a!=="."&&a!=="	")return i}return t.length===2?t:i}
function ge(e,t){let n=t===""?-1:e.indexOf("|"+t+"|");if(n===-1)return i;let r=e.lastIndexOf(",",n)+1;return e.slice(r,r+2)}
var lt=(e,t)=>e.indexOf(","+t+"|")!==-1,j=e=>e.length===2&&W(e.charAt(0))&&W(e.charAt(1));
function st(e){let t=Y(e,pe),n=ge(x,t)||(j(t)?t:i);return n!==i?{value:n}:{skip:"not a two-letter code, nor a known name or alpha-3 code"}}
function ut(e,t){let n=e.trim(),r=n.charAt(2)==="-"?Y(n.slice(0,2),""):"",a=j(r)?r:t,o=Y(j(r)?n.slice(3):n,pe),l=a==="us"?me:a==="ca"?he:a===i?me+he:"",u=a==="us"||a==="ca",c=(lt(l,o)?o:ge(l,o))||(!u&&j(o)?o:i);return c!==i?{value:c}:{skip:u?"not a state or province of "+a.toUpperCase():"not a two-letter state code"}}
var ve=" 	\n\r ",ct=ve+"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function T(e,t){let n="";for(let r=0;r<e.length;r++)t.indexOf(e.charAt(r))===-1&&(n+=e.charAt(r));return n}
function J(e,t){return e.length===t&&T(e,E)===""}
var ke={f:"f",female:"f",woman:"f",w:"f",m:"m",male:"m",man:"m",n:"n","non-binary":"n",nonbinary:"n","non binary":"n"};
function dt(e){let t=e.split("-").length===3?e.split("-"):e.split("/").length===3?e.split("/"):e.split("."),n=a=>(a.trim().length===1?"0":"")+a.trim(),r=t.length===3&&t[0].trim().length===4?t[0].trim()+n(t[1])+n(t[2]):e.slice(0,2)==="19"||e.slice(0,2)==="20"?e:"";return J(r,8)?r:i}
function ft(e){let t=T(e,ve),n=t.slice(0,5);return J(n,5)&&(t.length===5||t.length===10&&t.charAt(5)==="-"||J(t,9))?n:t}
var z=(e,t)=>e===i||e===""?{skip:t}:{value:e};
function ye(e,t,n){let r=s(t);if(r===i)return i;if(r.length===64&&ue(r))return{hashed:r.toLowerCase()};let a=r.toLowerCase();switch(e){case"em":return(r.length===32||r.length===40)&&Ze(r)?{skip:$e}:z(et(r),"not an email address");case"ph":return rt(r,n);case"ge":return z(ke.hasOwnProperty(a)?ke[a]:i,"not f, m or n");case"db":return z(dt(r),"not a date");case"ct":return z(T(a,ct),"empty");case"st":return ut(r,n);case"country":return st(r);case"zp":return{value:ft(a)};default:return{value:e==="external_id"?r:a}}}
var be="page",_t="page page_view gtm.js gtm.dom gtm.load|page_visit view_item|view_category view_item_list|search|add_to_cart|checkout purchase|signup sign_up|lead generate_lead|watch_video video_start|custom|add_payment_info|add_to_wishlist|initiate_checkout begin_checkout|subscribe|view_content select_item select_promotion view_promotion|contact|customize_product|find_location|schedule|start_trial|submit_application",ht="view_search_results view_cart remove_from_cart add_shipping_info refund qualify_lead disqualify_lead working_lead close_convert_lead close_unconvert_lead login video_progress video_complete select_content share join_group tutorial_begin tutorial_complete ad_impression earn_virtual_currency spend_virtual_currency level_start level_end level_up post_score unlock_achievement first_visit session_start user_engagement scroll click file_download form_start form_submit",pt=e=>e.split("_").join("");
function mt(e,t){let n=_t.split("|");for(let r=0;r<n.length;r++){let a=n[r].split(" ");if(t&&a.indexOf(e)>0||r>0&&(a[0]===e||pt(a[0])===e))return a}return i}
var gt=ht.split(" "),vt=" is not a conversion Pinterest counts (README, event table)";
function we(e){let t=mt(e.trim().toLowerCase(),!0);return t?t[0]===be?"page_visit":t[0]:i}
function kt(e){let t=e.trim().toLowerCase();return gt.indexOf(t)!==-1?t+vt:i}
function Oe(e){return e!==""&&e.length<=100&&D(e,S+"_")}
function yt(e){return e==="add_to_cart"||e==="initiate_checkout"||e==="checkout"}
var Ee=256,bt=2048,xe=512,Z=500,wt=e=>e>""||B(e,S+N+"._%+-'"),Ot=e=>e>""||B(e,S+N+".-");
function Et(e,t){let n=t;for(;n<e.length&&Ot(e.charAt(n));)n++;for(;n>t&&e.charAt(n-1)===".";)n--;let r=e.lastIndexOf(".",n-1);if(r<=t||n-r<3)return!1;for(let a=r+1;a<n;a++)if(e.charAt(a)<=""&&!B(e.charAt(a),S))return!1;return!0}
function xt(e){let t=e.split("%40").join("@");for(let n=t.indexOf("@");n!==-1;n=t.indexOf("@",n+1))if(n>0&&wt(t.charAt(n-1))&&Et(t,n+1))return!0;return!1}
function It(e,t){let n=0;for(let r=0;r<e.length;r++){let a=e.charAt(r);if(a<" "||a===""||a>="\uDC00"&&a<="\uDFFF")return-1;if(a>="\uD800"&&a<="\uDBFF"){let o=e.charAt(++r);if(o<"\uDC00"||o>"\uDFFF")return-1}if(++n>t)return n}return n}
function L(e,t){let n=s(e),r=n===i?0:It(n,t);return r>=1&&r<=t?n:i}
function Ie(e,t){let n=L(e,t);return n&&!xt(n)?n:i}
function Ce(e,t){return e.length>0&&e.length<=t&&D(e,S+N+"+/-_=")}
function Ct(e){let t=e.indexOf("?"),n=e.indexOf("#"),r=t===-1?n:n===-1||t<n?t:n;return r===-1?e:e.slice(0,r)}
function U(e){let t=s(e);return t!==i&&t.length===3&&D(t,S)?t.toUpperCase():i}
var mn="product_id product_name product_category product_variant product_variant_id product_brand product_price product_quantity".split(" "),gn="item_id item_name item_category item_variant  item_brand price quantity".split(" ");
function $(e){let t=e*100+(e>=0?1e-7:-1e-7),n=t%1,r=t-n,a=""+(n>=.5?r+1:n<-.5?r-1:r)/100;return a.indexOf("e")===-1&&a!=="NaN"&&a.indexOf("Infinity")===-1?a:i}
var I=e=>L(e,Z);
function C(e){let t=I(e);return t!==i&&t.indexOf("@")===-1&&t.indexOf("%40")===-1?t:Ie(t,Z)}
var Dt="item_id item_name item_category item_brand price quantity discount",Tt="product_id product_name product_category product_brand product_price product_quantity product_discount",At="id item_name item_category item_brand item_price quantity";
function De(e,t){let n=I(e[t[0]]),r=C(e[t[1]]),a=O(e[t[4]]);return n===i&&r===i?i:{id:n,item_price:a===i?i:$(a+(t[6]&&O(e[t[6]])||0)),quantity:Ye(e[t[5]]),item_name:r,item_category:C(e[t[2]]),item_brand:C(e[t[3]])}}
var Te=e=>b(e).filter(Ae),Ae=e=>typeof e=="object"&&e!==null;
function St(e,t,n){var r,a;let o=[],l=[],u=0,c=0,d=b(e.items),f=d.filter(Ae),h=(f.length>0?Dt:Tt).split(" ");f.length===0&&(f=Te(e.line_items));for(let _=0;_<f.length;_++){let p=De(f[_],h);if(p===i)continue;p.id!==i&&l.push(p.id),o.push(p);let k=p.quantity===i?1:p.quantity;u+=k;let y=O(f[_][h[4]]);c=c===i||y===i?i:c+y*k}let m=O(e.value);m===i&&o.length>0&&c!==i&&yt(t)&&(m=c,n("value computed from the items"));let g=o.length>0;return{currency:U(e.currency)||U(v(d[0]).currency),value:m===i?i:$(m),order_id:I(e.transaction_id)||I(e.order_id),contents:g?o:i,num_items:g?u:i,content_ids:l.length>0?l:i,search_string:C((a=(r=e.search_term)!=null?r:e.search_string)!=null?a:e.search_query),content_name:C(e.content_name),content_category:C(e.content_category),content_brand:C(e.content_brand),opt_out_type:s(e.opt_out_type)==="LDP"?"LDP":i}}
var Lt="checkout_",ee=e=>L(e,Ee);
function qt(e,t,n,r,a){let o=ee(e);if(o)return o;let l=t==="checkout"?ee(n()):i,u=l?ee(Lt+l):i;return u||(r&&(t===be||t==="pagevisit")?r():a?a():i)}
var Nt=2,Se=5,Mt=5e3,Pt="pinterest_click_ids",Ft=30,Rt=["search_string","content_name","content_category","content_brand"],jt=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","client_ip_address","client_user_agent","click_id","partner_id"];
function zt(e){if(F(e))return b(e);let t=s(e);return t===i?[]:t.charAt(0)==="["?b(A.parse(t)):t.split(",")}
function Ut(e,t){let n=O(t);switch(e){case"value":return n===i?i:$(n);case"currency":return U(t);case"num_items":{let r=P(t);return r!==i&&r>=0?r:i}case"content_ids":case"contents":{let r=zt(t),a=(e==="contents"?Te(r).map(o=>De(o,At.split(" "))):r.map(I)).filter(o=>o!==i);return a.length>0?a:i}case"opt_out_type":return s(t)==="LDP"?"LDP":i;case"order_id":return I(t);default:return Rt.indexOf(e)!==-1?C(t):i}}
function Ht(e,t,n,r,a){let o=St(e,t,u=>a(u)),l=b(n);for(let u=0;u<l.length;u++){let c=v(l[u]),d=s(c.field),f=d===i?i:Ut(d,c.value);f!==i&&(o[d]=f)}if(o.value!==i&&o.currency===i){let u=U(r);u!==i?o.currency=u:(o.value=i,a("value left out: no currency, and no Default currency"))}return o}
var Le=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","hashed_maids"];
function qe(e,t){if(F(t))for(let n=0;n<t.length;n++)e.push(t[n]);else t!==i&&t!==null&&e.push(t)}
var Ne={email_address:"em",sha256_email_address:"em",em:"em",phone_number:"ph",ph:"ph",gender:"ge",ge:"ge",date_of_birth:"db",db:"db",fn:"fn",ln:"ln",ct:"ct",st:"st",zp:"zp",country:"country",external_id:"external_id",hashed_maids:"hashed_maids"},Vt={first_name:"fn",sha256_first_name:"fn",last_name:"ln",sha256_last_name:"ln",city:"ct",region:"st",postal_code:"zp",country:"country"};
function te(e,t,n){for(let r in t){if(!n.hasOwnProperty(r))continue;let a=n[r];qe(e[a]=e[a]||[],t[r])}}
function Gt(e){let t={},n=v(e.user_data);te(t,n,Ne),te(t,{em:e.email,ph:e.phone,external_id:e.user_id},Ne);let r=F(n.address)?b(n.address):[n.address];for(let a=0;a<r.length;a++)te(t,v(r[a]),Vt);return t}
var Kt=45;
function Me(e){let t=s(e);if(t===i||t.length>Kt||t.indexOf(".")===-1&&t.indexOf(":")===-1)return i;let n=t.toLowerCase();for(let r=0;r<n.length;r++)if("0123456789abcdef.:".indexOf(n.charAt(r))===-1)return i;return t}
function Bt(e){let t=s(e);if(t===i)return i;let n=t.split(",")[0].trim();if(n.charAt(0)==="["){let a=n.indexOf("]");return a>1?Me(n.slice(1,a)):i}let r=n.split(":");return Me(r.length===2?r[0]:n)}
function Pe(e){let t=s(e);if(t===i||t.indexOf("epik")===-1&&t.indexOf("%")===-1)return i;let n=require("parseUrl")(t);if(n===i)return i;let r=n.searchParams.epik;return s(F(r)?b(r)[0]:r)}
function Qt(e){let t={},n=b(e);for(let r=0;r<n.length;r++){let a=v(n[r]),o=s(a.field);o!==i&&jt.indexOf(o)!==-1&&qe(t[o]=t[o]||[],a.value)}return t}
function Xt(e,t,n){for(let o=0;o<e.length;o++){let l=ye("country",e[o]);if(l!==i&&l.value!==i)return l.value}let r=s(t),a=r===i?i:ot(r);return r!==i&&a===i&&n("the Default country is not a two-letter ISO 3166-1 code: ignored"),a}
function ne(e,t){let n=L(e,Z);return n===i||ue(n)||t&&!Ce(n,xe)?i:n}
function Yt(e,t,n,r){v(e.user_data).sha256_phone_number!==i&&r('ph left out: GA4\'s sha256_phone_number (hashed with "+") never matches');let a=Qt(t),o=Gt(e),l=Xt(a.country||o.country||[],n,r),u={};for(let d=0;d<Le.length;d++){let f=Le[d],h=a[f]||o[f];if(h===i)continue;let m=[];for(let g=0;g<h.length;g++){let _=ye(f,h[g],l);if(_===i)continue;_.skip!==i&&r(f+" left out: "+_.skip);let p=_.hashed||(_.value!==i?Be(_.value,{outputEncoding:"hex"}):i);p!==i&&m.indexOf(p)===-1&&m.push(p)}m.length>0&&(u[f]=m)}let c=d=>a[d]===i?i:s(a[d][0]);return u.client_ip_address=Bt(c("client_ip_address")||e.ip_override),u.client_user_agent=ne(c("client_user_agent")||e.user_agent),u.click_id=ne(c("click_id")||Pe(e.page_location)||s(Ke("_epik")[0])||s(e.click_id)||e.epik,!0),u.partner_id=ne(c("partner_id")||e.partner_id),u}
var Wt=["web","app_android","app_ios","offline"],re=e=>(e-e%1e3)/1e3;
function Jt(e,t){let n=O(e);if(n===i||n<1e9)return t;let r=n>1e11?n/1e3:n,a=r-r%1;return a>t?t:a}
function Zt(e){let t=s(e),n=t===i?"":t.slice(0,8).toLowerCase();return t!==i&&(n==="https://"||n.slice(0,7)==="http://")?Ie(Ct(t),bt):i}
var $t=e=>e.indexOf("ss-")===0&&e.length>3&&e.length<=64&&T(e.slice(3),M+E+"-_")==="";
function en(e){for(let t in e)if(e[t]!==i)return!0;return!1}
function tn(e,t,n,r,a){let o=L(t.event_id,Ee);o===i&&s(t.event_id)!==i&&a("the event_id is not 1 to 256 characters of text");let l=o||qt(i,n,()=>I(t.transaction_id)||I(t.order_id)),u=re(r),c=(s(t.action_source)||"").toLowerCase(),d=(s(t.language)||"").slice(0,2).toLowerCase(),f=Yt(t,e.userDataOverrides,e.defaultCountry,a),h=s(e.partnerName),m=h!==i&&$t(h)?h:i;h!==m&&a("partner_name left out: not ss-<partner> in lower case");let g=Ht(t,n,e.customDataOverrides,e.defaultCurrency,a);return l===i&&a("no event_id: generated one, so this event cannot be deduplicated"),{event_name:n,action_source:Wt.indexOf(c)!==-1?c:"web",event_time:Jt(t.event_time,u),event_id:l||"gen_"+r+"_"+require("generateRandom")(1e8,999999999),user_data:f,event_source_url:Zt(t.page_location),language:d.length===2&&d>="aa"&&d<="zz"?d:i,opt_out:t.opt_out===!0||t.opt_out==="true"?!0:i,partner_name:m,custom_data:en(g)?g:i}}
var Fe=Ft*864e5;
function nn(e,t){let n=[],r=(s(e)||"").split(",");for(let a=0;a<r.length;a++){let o=r[a].trim(),l=o.split(".");o.length<=253&&l.length>1&&l.indexOf("")===-1&&D(o,M+E+".-")&&!D(l[l.length-1],E)?n.push(o):o!==""&&t("cross-domain: domain "+(a+1)+" ignored: not a lower-case host name")}return n}
function rn(e,t){let n=require("parseUrl")(s(e)||""),r=n===i?"":n.hostname;for(let a=0;a<t.length;a++)if(r===t[a]||r.slice(-t[a].length-1)==="."+t[a])return!0;return!1}
function an(e,t,n,r,a,o,l){let u=L(t.client_id,100),c=n.user_data.click_id,d=c!==i&&(Pe(t.page_location)===c||t.click_id_from_url===!0&&t.click_id===c),f=s(e.crossDomainCollection)||Pt,h=s(e.crossDomainProjectId);if(e.crossDomain!==!0||!a||u===i||c!==i&&!d||!rn(t.page_location,nn(e.crossDomainDomains,o)))return l();let m=f+"/"+require("sha256Sync")(u,{outputEncoding:"hex"});if(!require("queryPermission")("access_firestore","read_write",{path:m,projectId:h||"*"}))return o("cross-domain: the permission does not allow this collection"),l();let g=h===i?{}:{projectId:h},_=require("Firestore");if(d){_.write(m,{click_id:c,time:r},g).then(l,()=>{o("cross-domain: Firestore write failed"),l()});return}_.read(m,g).then(p=>{let k=v(v(p).data),y=s(k.click_id),w=O(k.time);y===i||!Ce(y,xe)||w===i||w>r||r-w>=Fe?o("cross-domain: stored click id unusable or expired"):(n.user_data.click_id=y,require("setCookie")("_epik",y,{domain:"auto",path:"/","max-age":re(w+Fe-r),secure:!0,sameSite:"Lax",httpOnly:!1}),o("cross-domain: click id restored")),l()},p=>{v(p).reason!=="not_found"&&o("cross-domain: Firestore read failed"),l()})}
function on(e,t){let n=b(e);for(let r=0;r<n.length;r++){let a=v(n[r]);if((s(a.ga4Event)||"").toLowerCase()===t.toLowerCase())return s(a.pinterestEvent)||""}return i}
function Re(e){return Oe(e)?{name:we(e)||e}:{skip:"the Pinterest event name must be letters and underscores"}}
function ln(e,t){return(","+(s(e)||"").split(" ").join("")+",").indexOf(","+t+",")!==-1}
function sn(e,t){let n=s(e.eventNameSource),r=n==="standard";if(r||n==="custom"){let f=s(r?e.eventNameStandard:e.customEventName);return f!==i?Re(f):{skip:"no event name set in the tag"}}let a=s(t.event_name);if(a===i)return{skip:"the event has no event_name"};let o=on(e.eventNameMapping,a);if(o!==i)return Re(o);let l=we(a);if(l!==i)return{name:l};let u=kt(a);if(u!==i)return{skip:u};let c=Oe(a);if(c&&ln(e.advertiserEventNames,a))return{name:a};let d=s(e.unknownEvents);return d==="custom"?{name:"custom"}:d==="passthrough"?{name:c?a:"custom"}:{skip:(c?'event "'+a+'"':"an invalid event name")+" has no Pinterest event (unknown events are skipped)"}}
var un={testMode:!1,eventNameSource:"inherit",eventNameStandard:"checkout",unknownEvents:"skip",consentMode:"respect",crossDomain:!1,crossDomainCollection:"pinterest_click_ids",logMode:"debug",bigQueryLogging:!1,maxRetries:"2",timeoutMs:"5000"};
function q(e,t){e!==i&&e("Message",{Message:t})}
function cn(e){let t=s(e);return t!==i&&t.length<=64&&R(t.slice(0,32),32)&&(t.length===32||t.charAt(32)==="/"&&T(t.slice(33),E+";o=")==="")?t:i}
function dn(e,t){let n=s(e.logMode)||"debug",r=n==="debug"?require("getContainerVersion")():i,a=n==="always"||r!==i&&(r.debugMode||r.previewMode),o=s(e.bigQueryDatasetId),l=s(e.bigQueryTableId),u=e.bigQueryLogging===!0&&o!==i&&l!==i;if(!a&&!u)return i;let c=cn(require("getRequestHeader")("trace-id")),d=K()+"."+require("generateRandom")(1e5,999999),f=require("logToConsole");return(h,m)=>{let g={Name:"Pinterest Conversions API",Type:h,TraceId:c,FireId:d,EventName:t};for(let _ in m)g[_]=m[_];if(a&&f(A.stringify(g)),u){let _={datasetId:o,tableId:l},p=s(e.bigQueryProjectId);p!==i&&(_.projectId=p),require("BigQuery").insert(_,[{timestamp:K(),type:h,trace_id:c,event_name:t,message:A.stringify(m)}],{ignoreUnknownValues:!0})}}}
function H(e){let t=s(e);return t&&t.slice(0,500)}
function fn(e,t,n,r,a,o,l){let u=A.stringify({data:[n]}),c=n.user_data.client_ip_address,d=o&&A.parse(c===i?u:u.split('"'+c+'"').join('"[redacted]"')),f=h=>{let m=(_,p)=>{p.EventId=n.event_id,p.Attempt=h,o!==i&&o(_,p)};m("Request",{RequestMethod:"POST",RequestUrl:e,RequestBody:d});let g=_=>h>r?!1:(q(o,_+": retrying with the same event_id"),f(h+1),!0);Ge(e,{method:"POST",headers:{Authorization:"Bearer "+t,"Content-Type":"application/json"},timeout:a},u).then(_=>{let p=v(_),k=O(p.statusCode)||0,y=s(p.body),w=y===i?i:A.parse(y);m("Response",{ResponseStatusCode:k,ResponseBody:w===i?H(y):w});let V=k>=200&&k<300;if(!V&&(k===429||k>=500)&&g("HTTP "+k))return;let G=v(w);!V&&o!==i&&o("Message",{Message:"Pinterest answered HTTP "+k,ErrorCode:O(G.code),ErrorMessage:H(G.message)});let je=b(G.events),ze=je.length>0?je:b(v(G.details).events),Ue=!V;for(let ie=0;ie<ze.length;ie++){let ae=v(ze[ie]),He=H(ae.warning_message);He!==i&&V&&q(o,"Pinterest warning: "+He),ae.status==="failed"&&(Ue=!0,q(o,"Pinterest rejected the event: "+(H(ae.error_message)||"no reason given")))}l(!Ue)},_=>{let p="request "+(s(v(_).reason)||"failed");g(p)||(q(o,p+" after "+h+" attempts"),l(!1))})};f(1)}
var _n=168*3600;
function hn(e,t){return e===""||e.length>18||T(e,E)!==""?"the ad account ID must be digits only (at most 18)":t===""?"the access token is empty":T(t,M.toUpperCase()+M+E+"-._~+/=")!==""?"the access token has spaces or other characters a token cannot have":i}
function pn(){let e=We(data,un),t=v(Ve()),n=sn(e,t),r=dn(e,n.name||""),a=(y,w)=>{w!==i&&q(r,w),y?data.gtmOnSuccess():data.gtmOnFailure()},o=s(t.user_agent)||"";if((s(t.page_location)||"").indexOf("gtm-msr.appspot.com")!==-1||o.indexOf("GoogleStackdriverMonitoring")!==-1||o.indexOf("Google-Cloud-Scheduler")!==-1)return a(!0,"skipped: a health check");if(n.name===i)return a(!0,"skipped: "+n.skip);let l=Je(t);if(l!==i&&s(e.consentMode)!=="always")return a(!0,"not sent: "+l);let u=s(e.adAccountId)||"",c=s(e.accessToken)||"",d=hn(u,c);if(d!==i)return a(!1,d);let f=[],h=K(),m=y=>{f.indexOf(y)===-1&&q(r,f[f.push(y)-1])},g=tn(e,t,n.name,h,m);if(g.event_time<re(h)-_n)return a(!1,"not sent: older than the 7 days Pinterest accepts");let _=g.user_data;if(_.em===i&&_.hashed_maids===i&&(_.client_ip_address===i||_.client_user_agent===i))return a(!1,"not sent: Pinterest needs an email, a mobile ad id, or the IP address and user agent");let p=P(e.maxRetries),k=P(e.timeoutMs);an(e,t,g,h,l===i,m,()=>fn(Qe+u+"/events"+(e.testMode===!0?"?test=true":""),c,g,p===i||p<0?Nt:p>Se?Se:p,k!==i&&k>0?k:Mt,r,a))}
pn()


___SERVER_PERMISSIONS___

[
  {
    "instance": {
      "key": {
        "publicId": "read_event_data",
        "versionId": "1"
      },
      "param": [
        {
          "key": "eventDataAccess",
          "value": {
            "type": 1,
            "string": "any"
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
        "publicId": "send_http",
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
                "string": "https://api.pinterest.com/v5/ad_accounts/*"
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
        "publicId": "access_firestore",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedOptions",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "projectId"
                  },
                  {
                    "type": 1,
                    "string": "path"
                  },
                  {
                    "type": 1,
                    "string": "operation"
                  },
                  {
                    "type": 1,
                    "string": "databaseId"
                  }
                ],
                "mapValue": [
                  {
                    "type": 1,
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "pinterest_click_ids/**"
                  },
                  {
                    "type": 1,
                    "string": "read_write"
                  },
                  {
                    "type": 1,
                    "string": "(default)"
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
                    "string": "trace-id"
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
        "publicId": "read_container_data",
        "versionId": "1"
      },
      "param": []
    },
    "isRequired": true
  },
  {
    "instance": {
      "key": {
        "publicId": "access_bigquery",
        "versionId": "1"
      },
      "param": [
        {
          "key": "allowedTables",
          "value": {
            "type": 2,
            "listItem": [
              {
                "type": 3,
                "mapKey": [
                  {
                    "type": 1,
                    "string": "projectId"
                  },
                  {
                    "type": 1,
                    "string": "datasetId"
                  },
                  {
                    "type": 1,
                    "string": "tableId"
                  },
                  {
                    "type": 1,
                    "string": "operation"
                  }
                ],
                "mapValue": [
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
                    "string": "*"
                  },
                  {
                    "type": 1,
                    "string": "write"
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
            "string": "all"
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
- name: A GA4 purchase is sent as checkout with value, order id and every item
  code: |-
    runCode(mockData);
    const event = sent();
    assertThat([event.event_name, event.action_source, event.event_id, event.event_source_url]).isEqualTo(['checkout', 'web', 'checkout_T-1001', 'https://shop.example/thanks']);
    assertThat(event.custom_data).isEqualTo({
      currency: 'USD', value: '129.98', order_id: 'T-1001', num_items: 3, content_ids: ['SKU-1', 'SKU-2'],
      contents: [{ id: 'SKU-1', item_price: '64.99', quantity: 1, item_name: 'Vase', item_category: 'Home', item_brand: 'Acme' }, { id: 'SKU-2', item_price: '32.5', quantity: 2, item_name: 'Mug' }],
    });
    assertApi('gtmOnSuccess').wasCalled();
- name: One POST to the ad account's events endpoint with the Bearer token
  code: |-
    runCode(mockData);
    assertThat(requests.length).isEqualTo(1);
    assertThat(requests[0].url).isEqualTo(ENDPOINT);
    assertThat(requests[0].options).isEqualTo({ method: 'POST', headers: { Authorization: 'Bearer pina_TOKEN', 'Content-Type': 'application/json' }, timeout: 5000 });
- name: Test mode adds test=true
  code: |-
    runCode(withData({ testMode: true }));
    assertThat(requests[0].url).isEqualTo(ENDPOINT + '?test=true');
- name: "event_time is in seconds: now, or the event's time in seconds or milliseconds, never in the future"
  code: |-
    runCode(mockData);
    assertThat(sent().event_time).isEqualTo(1700000000);
    requests = [];
    eventData.event_time = 1699999000123;
    runCode(mockData);
    assertThat(sent().event_time).isEqualTo(1699999000);
    requests = [];
    eventData.event_time = 1800000000;
    runCode(mockData);
    assertThat(sent().event_time).isEqualTo(1700000000);
- name: An event_id in the event data wins
  code: |-
    eventData.event_id = 'E-77';
    runCode(mockData);
    assertThat(sent().event_id).isEqualTo('E-77');
- name: Without event_id or order, an id is generated and the missing deduplication logged
  code: |-
    eventData = { event_name: 'add_to_cart', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat(sent().event_id).isEqualTo('gen_1700000000000_123456789');
    assertThat(logText()).contains('cannot be deduplicated');
- name: page_view becomes page_visit
  code: |-
    eventData = { event_name: 'page_view', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat(sent().event_name).isEqualTo('page_visit');
    assertThat(sent().custom_data).isUndefined();
- name: The mapping table wins over the built-in mapping
  code: |-
    eventData = { event_name: 'quote_requested', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(withData({ eventNameMapping: [{ ga4Event: 'Quote_Requested', pinterestEvent: 'lead' }] }));
    assertThat(sent().event_name).isEqualTo('lead');
- name: Events with no Pinterest meaning are skipped by default
  code: |-
    eventData = { event_name: 'scroll', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnSuccess').wasCalled();
    assertThat(logText()).contains('scroll');
- name: Unknown events can be sent as custom
  code: |-
    eventData = { event_name: 'quote_request', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(withData({ unknownEvents: 'custom' }));
    assertThat(sent().event_name).isEqualTo('custom');
- name: Unknown events can keep their own name; a name Pinterest cannot take becomes custom
  code: |-
    eventData = { event_name: 'quote_request', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(withData({ unknownEvents: 'passthrough' }));
    assertThat(sent().event_name).isEqualTo('quote_request');
    requests = [];
    eventData.event_name = 'step-2';
    runCode(withData({ unknownEvents: 'passthrough' }));
    assertThat(sent().event_name).isEqualTo('custom');
- name: A chosen standard event overrides the incoming name
  code: |-
    runCode(withData({ eventNameSource: 'standard', eventNameStandard: 'add_to_cart' }));
    assertThat(sent().event_name).isEqualTo('add_to_cart');
    assertThat(sent().event_id).isEqualTo('gen_1700000000000_123456789');
- name: A custom event name is sent as written
  code: |-
    runCode(withData({ eventNameSource: 'custom', customEventName: 'quote_request' }));
    assertThat(sent().event_name).isEqualTo('quote_request');
- name: User data is normalised as Pinterest specifies, then hashed
  code: |-
    eventData.user_data = {
      email_address: ' Jane@Example.COM ', phone_number: '+1 (650) 555-1234',
      address: [{ first_name: ' Jane ', last_name: 'Doe', city: 'Menlo Park', region: 'CA', postal_code: '94025-1234', country: 'US' }],
    };
    runCode(mockData);
    const user = sent().user_data;
    assertThat([user.em, user.ph, user.fn, user.ln, user.ct, user.st, user.zp, user.country]).isEqualTo([
      ['sha256(jane@example.com)'], ['sha256(16505551234)'], ['sha256(jane)'], ['sha256(doe)'], ['sha256(menlopark)'], ['sha256(ca)'], ['sha256(94025)'], ['sha256(us)'],
    ]);
- name: SHA-256 values pass through lower-cased and are not hashed again
  code: |-
    const digest = 'B4C9A289323B21A01C3E940F150EB9B8C542587F1ABFD8F0E1CC1FFC5E475514';
    eventData.user_data = { sha256_email_address: digest, address: { sha256_first_name: digest } };
    runCode(mockData);
    assertThat(sent().user_data.em).isEqualTo([digest.toLowerCase()]);
    assertThat(sent().user_data.fn).isEqualTo([digest.toLowerCase()]);
    assertApi('sha256Sync').wasNotCalled();
- name: Arrays are hashed per element, duplicates and empty values left out
  code: |-
    eventData.user_data = { email_address: ['a@b.c', ' A@B.C ', '', 'd@e.f'], phone_number: null };
    runCode(mockData);
    assertThat(sent().user_data.em).isEqualTo(['sha256(a@b.c)', 'sha256(d@e.f)']);
    assertThat(sent().user_data.ph).isUndefined();
- name: The IP address loses its port; IPv6 is kept
  code: |-
    eventData.ip_override = '[2001:db8::1]:443';
    runCode(mockData);
    assertThat(sent().user_data.client_ip_address).isEqualTo('2001:db8::1');
    requests = [];
    eventData.ip_override = '2001:db8::2';
    runCode(mockData);
    assertThat(sent().user_data.client_ip_address).isEqualTo('2001:db8::2');
    requests = [];
    eventData.ip_override = '198.51.100.4:61000';
    runCode(mockData);
    assertThat(sent().user_data.client_ip_address).isEqualTo('198.51.100.4');
- name: The click id comes from the epik URL parameter, else the _epik cookie, else event data
  code: |-
    cookies = { _epik: ['dj0yCOOKIE1'] };
    eventData.page_location = 'https://shop.example/p?epik=dj0yURL1&x=1';
    eventData.click_id = 'dj0yEVENT1';
    runCode(mockData);
    assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
    requests = [];
    eventData.page_location = 'https://shop.example/p';
    runCode(mockData);
    assertThat(sent().user_data.click_id).isEqualTo('dj0yCOOKIE1');
    requests = [];
    cookies = {};
    runCode(mockData);
    assertThat(sent().user_data.click_id).isEqualTo('dj0yEVENT1');
- name: The user data table wins over the event
  code: |-
    runCode(withData({ userDataOverrides: [{ field: 'em', value: 'Other@Example.com' }, { field: 'external_id', value: 'C-1' }, { field: 'client_ip_address', value: '198.51.100.9:80' }] }));
    const user = sent().user_data;
    assertThat([user.em, user.external_id, user.client_ip_address]).isEqualTo([['sha256(other@example.com)'], ['sha256(C-1)'], '198.51.100.9']);
    requests = [];
    runCode(withData({ userDataOverrides: [{ field: '__proto__', value: 'x' }, { field: 'constructor', value: 'y' }] }));
    assertThat(requests.length).isEqualTo(1);
- name: The custom data table wins over the event, in the API's types
  code: |-
    runCode(withData({ customDataOverrides: [{ field: 'value', value: '10.5' }, { field: 'content_ids', value: 'A, B' }, { field: 'currency', value: 'eur' }, { field: 'num_items', value: '4' }, { field: 'content_brand', value: 'Acme' }] }));
    const custom = sent().custom_data;
    assertThat([custom.value, custom.content_ids, custom.currency, custom.num_items, custom.content_brand]).isEqualTo(['10.5', ['A', 'B'], 'EUR', 4, 'Acme']);
- name: Without a value, the value is the sum of price times quantity; currency may come from the items
  code: |-
    eventData = { event_name: 'add_to_cart', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA', items: [{ item_id: 'A', price: 19.99, quantity: 3, currency: 'gbp' }] };
    runCode(mockData);
    assertThat(sent().custom_data).isEqualTo({ currency: 'GBP', value: '59.97', num_items: 3, content_ids: ['A'], contents: [{ id: 'A', item_price: '19.99', quantity: 3 }] });
- name: The web tag's line_items become contents
  code: |-
    eventData = { event_name: 'checkout', order_id: 'T-5', ip_override: '203.0.113.9', user_agent: 'UA', line_items: [{ product_id: 'P1', product_name: 'Vase', product_price: 5, product_quantity: 2, product_brand: 'Acme' }] };
    runCode(mockData);
    assertThat(sent().event_id).isEqualTo('checkout_T-5');
    assertThat(sent().custom_data.contents).isEqualTo([{ id: 'P1', item_price: '5', quantity: 2, item_name: 'Vase', item_brand: 'Acme' }]);
- name: language is cut to two letters; partner_name is sent only when configured
  code: |-
    eventData.language = 'de-AT';
    runCode(mockData);
    assertThat(sent().language).isEqualTo('de');
    assertThat(sent().partner_name).isUndefined();
    requests = [];
    runCode(withData({ partnerName: 'ss-example' }));
    assertThat(sent().partner_name).isEqualTo('ss-example');
- name: "x-ga-gcs G100 (ad storage denied): nothing is sent and the reason is logged"
  code: |-
    eventData['x-ga-gcs'] = 'G100';
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnSuccess').wasCalled();
    assertThat(logText()).contains('ad_storage is denied');
- name: "x-ga-gcd with ad_user_data denied: nothing is sent"
  code: |-
    eventData['x-ga-gcs'] = 'G111';
    eventData['x-ga-gcd'] = '13r3r3p3r5l1';
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertThat(logText()).contains('ad_user_data is denied');
- name: 'A denial is respected (nothing sent), also for a tag saved with the former "limited" choice: Limited Data Processing is for US state privacy laws, not an answer to a denial; LDP from the event is sent as Pinterest documents it'
  code: |-
    eventData['x-ga-gcs'] = 'G100';
    runCode(withData({ consentMode: 'limited' }));
    assertThat(requests.length).isEqualTo(0);
    assertThat(logText()).contains('not sent: ad_storage is denied');
    assertApi('gtmOnSuccess').wasCalled();
    // LDP is a flag of the event (the web tag's LDP setting forwards it), with the user's state and country hashed.
    eventData['x-ga-gcs'] = 'G111';
    eventData.opt_out_type = 'LDP';
    eventData.user_data = { email_address: 'jane@example.com', address: { region: 'ca', country: 'us' } };
    runCode(mockData);
    assertThat(sent().custom_data.opt_out_type).isEqualTo('LDP');
    assertThat(sent().opt_out).isUndefined();
    assertThat([sent().user_data.st, sent().user_data.country, sent().user_data.em]).isEqualTo([['sha256(ca)'], ['sha256(us)'], ['sha256(jane@example.com)']]);
- name: Send anyway ignores the consent signals
  code: |-
    eventData['x-ga-gcs'] = 'G100';
    runCode(withData({ consentMode: 'always' }));
    assertThat(requests.length).isEqualTo(1);
    assertThat(sent().opt_out).isUndefined();
- name: GTM's health checks never reach Pinterest
  code: |-
    eventData.page_location = 'https://gtm-msr.appspot.com/render?id=GTM-X';
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnSuccess').wasCalled();
- name: A malformed ad account ID fails without a request
  code: |-
    runCode(withData({ adAccountId: '549-755' }));
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnFailure').wasCalled();
    assertThat(logText()).contains('digits only');
- name: An empty access token fails without a request
  code: |-
    runCode(withData({ accessToken: '  ' }));
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnFailure').wasCalled();
- name: An event without email, mobile ad id, or IP and user agent is not sent
  code: |-
    eventData = { event_name: 'lead', event_id: 'E-1', user_agent: 'UA' };
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnFailure').wasCalled();
- name: A 200 whose event failed is a failure, with Pinterest's message logged
  code: |-
    answers = [{ statusCode: 200, body: '{"num_events_received":1,"num_events_processed":0,"events":[{"status":"failed","error_message":"event_time too old"}]}' }];
    runCode(mockData);
    assertApi('gtmOnFailure').wasCalled();
    assertThat(logText()).contains('event_time too old');
- name: Warnings of processed events are logged and the tag succeeds
  code: |-
    answers = [{ statusCode: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed","warning_message":"currency missing"}]}' }];
    runCode(mockData);
    assertApi('gtmOnSuccess').wasCalled();
    assertThat(logText()).contains('currency missing');
- name: 422 is logged per event and fails
  code: |-
    answers = [{ statusCode: 422, body: '{"code":953,"message":"invalid data","details":{"events":[{"status":"failed","error_message":"bad em"}]}}' }];
    runCode(mockData);
    assertThat(requests.length).isEqualTo(1);
    assertApi('gtmOnFailure').wasCalled();
    assertThat(logText()).contains('bad em');
- name: 429 is retried with the same event, then the success counts
  code: |-
    answers = [{ statusCode: 429, body: '{"code":8,"message":"rate limited"}' }, PROCESSED];
    runCode(mockData);
    assertThat(requests.length).isEqualTo(2);
    assertThat(requests[1].body).isEqualTo(requests[0].body);
    assertApi('gtmOnSuccess').wasCalled();
- name: Timeouts and 5xx are retried a bounded number of times, then fail
  code: |-
    answers = [{ reason: 'timed_out' }, { statusCode: 503, body: '{"code":4197}' }, { reason: 'failed' }, PROCESSED];
    runCode(mockData);
    assertThat(requests.length).isEqualTo(3);
    assertApi('gtmOnFailure').wasCalled();
    assertApi('gtmOnSuccess').wasNotCalled();
- name: 400, 401 and 403 are not retried; Pinterest's code and message are logged
  code: |-
    answers = [{ statusCode: 401, body: '{"code":2,"message":"Authentication failed."}' }];
    runCode(withData({ maxRetries: '5' }));
    assertThat(requests.length).isEqualTo(1);
    assertApi('gtmOnFailure').wasCalled();
    assertThat(logText()).contains('Authentication failed.');
- name: Log lines are JSON with the trace id, one fire id on every line and the event_id on requests and responses; the token, the IP address and raw email never appear
  code: |-
    runCode(mockData);
    const first = JSON.parse(logs[0]);
    assertThat([first.Name, first.Type, first.TraceId, first.EventName, first.EventId, first.Attempt]).isEqualTo(['Pinterest Conversions API', 'Request', TRACE_ID, 'checkout', 'checkout_T-1001', 1]);
    assertThat(first.FireId).isEqualTo(NOW_MS + '.123456789');
    logs.forEach((line) => { assertThat(JSON.parse(line).FireId).isEqualTo(first.FireId); });
    const response = JSON.parse(logs[1]);
    assertThat([response.Type, response.EventId, response.Attempt]).isEqualTo(['Response', 'checkout_T-1001', 1]);
    assertThat(logText()).doesNotContain('pina_TOKEN');
    assertThat(logText()).doesNotContain('203.0.113.9');
    assertThat(logText()).doesNotContain('Jane');
- name: Logging off, or debug outside Preview, writes nothing
  code: |-
    runCode(withData({ logMode: 'off' }));
    runCode(withData({ logMode: 'debug' }));
    assertThat(logs).isEqualTo([]);
- name: BigQuery logging writes a row per log line to the chosen table
  code: |-
    runCode(withData({ logMode: 'off', bigQueryLogging: true, bigQueryDatasetId: 'pinterest', bigQueryTableId: 'capi_logs' }));
    assertThat(bigQueryRows.length).isEqualTo(2);
    assertThat(bigQueryRows[0][0]).isEqualTo({ datasetId: 'pinterest', tableId: 'capi_logs' });
    assertThat(bigQueryRows[0][1][0].type).isEqualTo('Request');
    assertThat(JSON.stringify(bigQueryRows)).doesNotContain('pina_TOKEN');
- name: Events that are not conversions are skipped with the reason logged, whatever the unknown-events choice
  code: |-
    ['refund', 'remove_from_cart', 'view_cart', 'add_shipping_info', 'scroll', 'session_start'].forEach((name) => {
      eventData = { event_name: name, event_id: 'E-1', value: 10, currency: 'USD', ip_override: '203.0.113.9', user_agent: 'UA' };
      runCode(withData({ unknownEvents: 'custom' }));
    });
    assertThat(requests.length).isEqualTo(0);
    assertThat(logText()).contains('refund is not a conversion');
    assertThat(logText()).contains('add_shipping_info is not a conversion');
    assertApi('gtmOnFailure').wasNotCalled();
- name: A GA4 page_view (and view_item) is the page visit with the event_id the web tag's pagevisit of that page view carries
  code: |-
    eventData = { event_name: 'page_view', event_id: '1700000000000.123456789.page2', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat([sent().event_name, sent().event_id]).isEqualTo(['page_visit', '1700000000000.123456789.page2']);
    requests = [];
    eventData.event_name = 'view_item';
    eventData.items = [{ item_id: 'SKU-9', price: 80 }];
    eventData.currency = 'USD';
    runCode(mockData);
    assertThat([sent().event_name, sent().event_id, sent().custom_data.content_ids]).isEqualTo(['page_visit', '1700000000000.123456789.page2', ['SKU-9']]);
- name: Advertiser-defined event names are sent only when the tag lists or maps them; the Pinterest client's events get no exception (anyone can call it)
  code: |-
    // From the Pinterest client, a standard name keeps its event_id and is sent in its API form.
    eventData = { event_name: 'lead', event_id: 'P.6', ip_override: '203.0.113.9', user_agent: 'UA', 'x-pinterest-gtm-source': 'client' };
    runCode(mockData);
    assertThat([sent().event_name, sent().event_id]).isEqualTo(['lead', 'P.6']);
    // An advertiser-defined name from the client follows the unknown-events policy (skip by default), with the reason logged.
    requests = [];
    logs = [];
    eventData = { event_name: 'quote_request', event_id: 'P.7', ip_override: '203.0.113.9', user_agent: 'UA', 'x-pinterest-gtm-source': 'client' };
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnSuccess').wasCalled();
    assertThat(logText()).contains('event \\"quote_request\\" has no Pinterest event');
    // Listed in Advertiser-defined event names (any spacing), it is sent under its own name and event_id, from any client.
    runCode(withData({ advertiserEventNames: 'newsletter_signup,  quote_request' }));
    assertThat([sent().event_name, sent().event_id]).isEqualTo(['quote_request', 'P.7']);
    requests = [];
    eventData = { event_name: 'quote_request', event_id: 'G.8', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(withData({ advertiserEventNames: 'quote_request' }));
    assertThat(sent().event_name).isEqualTo('quote_request');
    // The list names events as sent: another case, or a name that only contains a listed one, is not listed.
    requests = [];
    eventData.event_name = 'Quote_Request';
    runCode(withData({ advertiserEventNames: 'quote_request' }));
    eventData.event_name = 'request';
    runCode(withData({ advertiserEventNames: 'quote_request' }));
    assertThat(requests.length).isEqualTo(0);
    // A mapping row to itself lists a name too.
    eventData.event_name = 'quote_request';
    runCode(withData({ eventNameMapping: [{ ga4Event: 'quote_request', pinterestEvent: 'quote_request' }] }));
    assertThat(sent().event_name).isEqualTo('quote_request');
- name: A mapping override is sent only when its Pinterest name is valid; a standard name is sent in its API form
  code: |-
    eventData = { event_name: 'newsletter', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(withData({ eventNameMapping: [{ ga4Event: 'newsletter', pinterestEvent: 'Newsletter Signup' }] }));
    assertThat(requests.length).isEqualTo(0);
    assertThat(logText()).contains('must be letters and underscores');
    runCode(withData({ eventNameMapping: [{ ga4Event: 'newsletter', pinterestEvent: 'newsletter_signup' }] }));
    assertThat(sent().event_name).isEqualTo('newsletter_signup');
    requests = [];
    runCode(withData({ eventNameMapping: [{ ga4Event: 'newsletter', pinterestEvent: 'SignUp' }] }));
    assertThat(sent().event_name).isEqualTo('signup');
- name: action_source comes from the event when Pinterest accepts it, else web
  code: |-
    eventData = { event_name: 'purchase', event_id: 'E-1', action_source: 'app_ios', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat(sent().action_source).isEqualTo('app_ios');
    requests = [];
    eventData.action_source = 'website';
    runCode(mockData);
    assertThat(sent().action_source).isEqualTo('web');
- name: Lists and views get no value from their items; add to cart does, and says so in the log
  code: |-
    eventData = { event_name: 'view_item_list', event_id: 'E-1', currency: 'USD', ip_override: '203.0.113.9', user_agent: 'UA', items: [{ item_id: 'A', price: 10 }, { item_id: 'B', price: 20 }, { item_id: 'C', price: 30 }] };
    runCode(mockData);
    assertThat(sent().event_name).isEqualTo('view_category');
    assertThat(sent().custom_data.value).isUndefined();
    assertThat(sent().custom_data.num_items).isEqualTo(3);
    requests = [];
    eventData.event_name = 'add_to_cart';
    runCode(mockData);
    assertThat(sent().custom_data.value).isEqualTo('60');
    assertThat(logText()).contains('value computed from the items');
- name: A value without a currency takes the Default currency field, else it is left out and the reason logged
  code: |-
    eventData = { event_name: 'purchase', event_id: 'E-1', value: 20, ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat(sent().custom_data).isUndefined();
    assertThat(logText()).contains('value left out');
    requests = [];
    runCode(withData({ defaultCurrency: 'eur' }));
    assertThat(sent().custom_data).isEqualTo({ currency: 'EUR', value: '20' });
- name: The page's consent forwarded by the Pinterest client is applied like GA4's signals
  code: |-
    eventData = { event_name: 'purchase', event_id: 'E-1', ip_override: '203.0.113.9', user_agent: 'UA', consent_state: { ad_storage: 'granted', ad_user_data: 'denied' } };
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertThat(logText()).contains('ad_user_data is denied');
    eventData.consent_state = { ad_storage: 'granted', ad_user_data: 'granted' };
    runCode(mockData);
    assertThat(requests.length).isEqualTo(1);
- name: "A tag saved before later fields existed behaves as their defaults: inherit, skip unknown events, respect consent, two retries"
  code: |-
    eventData = purchase();
    runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
    assertThat(sent().event_name).isEqualTo('checkout');
    requests = [];
    eventData = { event_name: 'scroll', event_id: 'E-2', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
    assertThat(requests.length).isEqualTo(0);
    eventData = purchase();
    eventData['x-ga-gcs'] = 'G100';
    runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
    assertThat(requests.length).isEqualTo(0);
    answers = [{ statusCode: 503, body: '{}' }, { statusCode: 503, body: '{}' }, { statusCode: 503, body: '{}' }, PROCESSED];
    eventData = purchase();
    runCode({ adAccountId: ACCOUNT, accessToken: 'pina_TOKEN' });
    assertThat(requests.length).isEqualTo(3);
- name: A national phone number gets the calling code of the address country, without its trunk prefix
  code: |-
    const phoneFor = (userData) => {
      requests = [];
      eventData.user_data = userData;
      runCode(mockData);
      return sent().user_data.ph;
    };
    assertThat(phoneFor({ phone_number: '(555) 123-4567', address: { country: 'US' } })).isEqualTo(['sha256(15551234567)']);
    assertThat(phoneFor({ phone_number: '020 7946 0958', address: [{ country: 'United Kingdom' }] })).isEqualTo(['sha256(442079460958)']);
    assertThat(phoneFor({ phone_number: '030 1234567', address: { country: 'Deutschland' } })).isEqualTo(['sha256(49301234567)']);
    assertThat(phoneFor({ phone_number: '+44 (0)20 7946 0958', address: { country: 'US' } })).isEqualTo(['sha256(442079460958)']);
    assertThat(phoneFor({ phone_number: '16505551234', address: { country: 'USA' } })).isEqualTo(['sha256(16505551234)']);
- name: event_source_url is sent and logged without its query and fragment, after the click id was read from it
  code: |-
    eventData.page_location = 'https://shop.example/thanks?epik=dj0yURLCLICK1&email=jane.doe%40example.com#top';
    runCode(mockData);
    assertThat(sent().event_source_url).isEqualTo('https://shop.example/thanks');
    assertThat(sent().user_data.click_id).isEqualTo('dj0yURLCLICK1');
    assertThat(logText()).doesNotContain('jane.doe');
    requests = [];
    eventData.page_location = 'javascript:alert(1)//?epik=X';
    runCode(mockData);
    assertThat(sent().event_source_url).isUndefined();
- name: Without an address country the Default country completes national numbers; an invalid one is ignored and logged
  code: |-
    eventData.user_data = { email_address: 'jane@example.com', phone_number: '07700 900123' };
    runCode(withData({ defaultCountry: 'gb' }));
    assertThat(sent().user_data.ph).isEqualTo(['sha256(447700900123)']);
    requests = [];
    eventData.user_data = { email_address: 'jane@example.com', phone_number: '(555) 123-4567', address: { country: 'US' } };
    runCode(withData({ defaultCountry: 'GB' }));
    assertThat(sent().user_data.ph).isEqualTo(['sha256(15551234567)']);
    requests = [];
    logs = [];
    eventData.user_data = { email_address: 'jane@example.com', phone_number: '07700 900123' };
    runCode(withData({ defaultCountry: 'Britain' }));
    assertThat(sent().user_data.ph).isUndefined();
    assertThat(logText()).contains('the Default country is not a two-letter ISO 3166-1 code: ignored');
- name: "An access token with a line break or spaces inside never reaches a header: the fire fails with a clear log"
  code: |-
    runCode(withData({ accessToken: 'pina_TOKEN\r\nX-Injected: 1' }));
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnFailure').wasCalled();
    assertThat(logText()).contains('the access token has spaces or other characters');
    assertThat(logText()).doesNotContain('pina_TOKEN');
    runCode(withData({ accessToken: '  pina_TOKEN \n' }));
    assertThat(requests[0].options.headers.Authorization).isEqualTo('Bearer pina_TOKEN');
- name: A national phone number with no country at all is left out and logged, without the number
  code: |-
    eventData.user_data = { email_address: 'jane@example.com', phone_number: '(555) 123-4567' };
    runCode(mockData);
    assertThat(sent().user_data.ph).isUndefined();
    assertThat(sent().user_data.em).isEqualTo(['sha256(jane@example.com)']);
    assertThat(logText()).contains('ph left out: no country for a national number');
    assertThat(logText()).doesNotContain('555');
    assertApi('sha256Sync').wasNotCalledWith('5551234567', { outputEncoding: 'hex' });
- name: Country names and alpha-3 codes become ISO alpha-2 codes; US and Canadian state names become their codes
  code: |-
    const placeOf = (address) => {
      requests = [];
      eventData.user_data = { email_address: 'jane@example.com', address: address };
      runCode(mockData);
      return [sent().user_data.st, sent().user_data.country];
    };
    assertThat(placeOf({ region: 'California', country: 'United States' })).isEqualTo([['sha256(ca)'], ['sha256(us)']]);
    assertThat(placeOf({ region: 'New York', country: 'USA' })).isEqualTo([['sha256(ny)'], ['sha256(us)']]);
    assertThat(placeOf({ region: 'Québec', country: 'Canada' })).isEqualTo([['sha256(qc)'], ['sha256(ca)']]);
    assertThat(placeOf({ region: 'BY', country: 'Deutschland' })).isEqualTo([['sha256(by)'], ['sha256(de)']]);
    assertThat(placeOf({ region: 'US-TX', country: 'us' })).isEqualTo([['sha256(tx)'], ['sha256(us)']]);
    assertThat(placeOf({ country: 'Österreich' })).isEqualTo([undefined, ['sha256(at)']]);
- name: An event older than Pinterest's 7 days is not sent; a time that is no timestamp reads as now
  code: |-
    eventData.event_time = NOW_MS / 1000 - 8 * 24 * 3600;
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertApi('gtmOnFailure').wasCalled();
    assertThat(logText()).contains('older than the 7 days');
    eventData.event_time = 5;
    runCode(mockData);
    assertThat(sent().event_time).isEqualTo(NOW_MS / 1000);
- name: Countries and states that map to no code are left out and logged, without the value
  code: |-
    eventData.user_data = { email_address: 'jane@example.com', address: { region: 'Bavaria', country: 'Atlantis' } };
    runCode(mockData);
    assertThat(sent().user_data.st).isUndefined();
    assertThat(sent().user_data.country).isUndefined();
    assertThat(logText()).contains('country left out: not a two-letter code, nor a known name or alpha-3 code');
    assertThat(logText()).contains('st left out: not a two-letter state code');
    requests = [];
    logs = [];
    eventData.user_data = { email_address: 'jane@example.com', address: { region: 'Ontario', country: 'US' } };
    runCode(mockData);
    assertThat(sent().user_data.st).isUndefined();
    assertThat(sent().user_data.country).isEqualTo(['sha256(us)']);
    assertThat(logText()).contains('st left out: not a state or province of US');
    assertThat(logText()).doesNotContain('Atlantis');
    assertThat(logText()).doesNotContain('Ontario');
    assertThat(logText()).doesNotContain('Bavaria');
- name: IP address, user agent, click id and partner id are sent as the text they are, never judged by their shape, except that a SHA-256 digest (a hashed value) is left out
  code: |-
    let digest = '';
    for (let i = 0; i < 64; i++) digest += 'a';
    eventData.user_data = { email_address: 'jane@example.com' };
    eventData.user_agent = digest;
    eventData.click_id = digest;
    eventData.ip_override = digest;
    runCode(mockData);
    assertThat(sent().user_data.client_user_agent).isUndefined();
    assertThat(sent().user_data.client_ip_address).isUndefined();
    assertThat(sent().user_data.click_id).isUndefined();
    assertThat(sent().user_data.em.length).isEqualTo(1);
    requests = [];
    eventData.user_agent = 'Mozilla/5.0 (compatible; Bot/1.0; +https://bot.example/help; bot@bot.example)';
    eventData.click_id = '555-0142-7788';
    eventData.partner_id = '100-200-300';
    runCode(mockData);
    assertThat([sent().user_data.client_user_agent, sent().user_data.click_id, sent().user_data.partner_id]).isEqualTo([eventData.user_agent, '555-0142-7788', '100-200-300']);
- name: MD5 and SHA-1 emails are left out (the Conversions API takes SHA-256 only) and logged without the digest
  code: |-
    const md5 = '0CBA00CA3DA1B283A57287BCCEB17E35';
    const sha1 = 'a3caddb38202511eab803116294dc020f7c4f8a2';
    eventData.user_data = { email_address: [md5, sha1, 'jane@example.com'] };
    runCode(mockData);
    assertThat(sent().user_data.em).isEqualTo(['sha256(jane@example.com)']);
    assertApi('sha256Sync').wasNotCalledWith(md5.toLowerCase(), { outputEncoding: 'hex' });
    assertApi('sha256Sync').wasNotCalledWith(sha1, { outputEncoding: 'hex' });
    assertThat(logText()).contains('em left out: an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only');
    assertThat(logText()).doesNotContain(sha1);
    assertThat(logText()).doesNotContain(md5);
- name: Custom data overrides reach the request only in the API's fields and types
  code: |-
    runCode(withData({ customDataOverrides: [
      { field: 'colour', value: 'red' },
      { field: 'num_items', value: '3.5' },
      { field: 'contents', value: '[{"id":"A","item_price":"9.5","quantity":2,"extra":true,"item_name":{"x":1}}]' },
      { field: 'value', value: '1e400' },
    ] }));
    const custom = sent().custom_data;
    assertThat(custom.colour).isUndefined();
    assertThat(custom.num_items).isEqualTo(3);
    assertThat(custom.contents).isEqualTo([{ id: 'A', item_price: '9.5', quantity: 2 }]);
    assertThat(custom.value).isEqualTo('129.98');
- name: A search term holding an email address, or an event_id Pinterest cannot take, never reaches the request
  code: |-
    let longId = '';
    for (let i = 0; i < 300; i++) longId += 'x';
    eventData = { event_name: 'search', event_id: longId, search_term: 'jane.doe@example.com', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat(sent().custom_data).isUndefined();
    assertThat(sent().event_id.indexOf('gen_')).isEqualTo(0);
    assertThat(JSON.stringify(requests[0].body)).doesNotContain('jane.doe');
    assertThat(logText()).contains('generated one');
    assertThat(logText()).contains('the event_id is not 1 to 256 characters of text');
- name: partner_name is sent only in Pinterest's ss-<partner> form; a trace id that is not Cloud Trace's shape is not logged
  code: |-
    runCode(withData({ partnerName: 'Jane@Example.com' }));
    assertThat(sent().partner_name).isUndefined();
    assertThat(logText()).contains('partner_name left out');
    assertThat(logText()).doesNotContain('Jane@');
    mock('getRequestHeader', (name) => (name === 'trace-id' ? '415-555-0142' : undefined));
    logs = [];
    runCode(mockData);
    assertThat(JSON.parse(logs[0]).TraceId).isUndefined();
- name: "Identifiers are never judged by their shape: a dashed order number is the order_id and the event_id's order part; an ISBN and a dashed SKU are content ids"
  code: |-
    eventData.transaction_id = '2024-0615-0042';
    eventData.items = [{ item_id: '978-0-306-40615-7', item_name: 'A book', price: 30, quantity: 1 }, { item_id: '100-200-300', price: 12, quantity: 1 }];
    runCode(mockData);
    assertThat(sent().event_id).isEqualTo('checkout_2024-0615-0042');
    assertThat(sent().custom_data.order_id).isEqualTo('2024-0615-0042');
    assertThat(sent().custom_data.content_ids).isEqualTo(['978-0-306-40615-7', '100-200-300']);
    assertThat(sent().custom_data.contents.map((c) => c.id)).isEqualTo(['978-0-306-40615-7', '100-200-300']);
    // The same purchase sent again (a reloaded thank-you page) has the same event_id: Pinterest counts it once.
    runCode(mockData);
    assertThat(requests[1].body.data[0].event_id).isEqualTo('checkout_2024-0615-0042');
- name: contents[].item_price is the price before discount (GA4 price + discount); the value stays what was paid, also when computed from the items
  code: |-
    eventData = {
      event_name: 'add_to_cart', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', currency: 'EUR',
      items: [{ item_id: 'A', price: 8, discount: 2, quantity: 2 }, { item_id: 'B', price: '5.50', discount: '0.5', quantity: 1 }, { item_id: 'C', price: 3 }],
    };
    runCode(mockData);
    assertThat(sent().custom_data.contents.map((c) => c.item_price)).isEqualTo(['10', '6', '3']);
    assertThat(sent().custom_data.value).isEqualTo('24.5');
    // The Pinterest client's line items carry the discount as product_discount.
    requests = [];
    eventData = {
      event_name: 'checkout', event_id: 'checkout_T-9', 'x-pinterest-gtm-source': 'client', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', currency: 'EUR', value: 16,
      items: [{ item_id: 'A', price: 8, discount: 2, quantity: 2 }],
    };
    runCode(mockData);
    assertThat(sent().custom_data.contents).isEqualTo([{ id: 'A', item_price: '10', quantity: 2 }]);
    assertThat(sent().custom_data.value).isEqualTo('16');
- name: "GA4's sha256_phone_number (a hash of the number with \"+\") can never match Pinterest's digits-only hash: left out with a log line; a raw phone number is normalised and hashed"
  code: |-
    let digest = '';
    for (let i = 0; i < 64; i++) digest += 'b';
    eventData.user_data = { email_address: 'jane@example.com', sha256_phone_number: digest, address: { country: 'US' } };
    runCode(mockData);
    assertThat(sent().user_data.ph).isUndefined();
    assertThat(logText()).contains('ph left out: GA4\'s sha256_phone_number');
    assertThat(logText()).doesNotContain(digest);
    requests = [];
    eventData.user_data = { email_address: 'jane@example.com', phone_number: '+1 (415) 555-0142', sha256_phone_number: digest };
    runCode(mockData);
    assertThat(sent().user_data.ph).isEqualTo(['sha256(14155550142)']);
- name: "One search is one Search: GA4's view_search_results (sent by enhanced measurement beside the site's search event) is not a conversion"
  code: |-
    eventData = { event_name: 'view_search_results', search_term: 'boots', ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0' };
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
    assertThat(logText()).contains('view_search_results is not a conversion');
    eventData.event_name = 'search';
    runCode(mockData);
    assertThat([sent().event_name, sent().custom_data.search_string]).isEqualTo(['search', 'boots']);
- name: "Retries are capped at 5 whatever the field holds: a billion retries with Pinterest answering 503 makes 6 attempts, then fails"
  code: |-
    answers = [];
    for (let i = 0; i < 20; i++) answers.push({ statusCode: 503, body: '' });
    runCode(withData({ maxRetries: '1000000000' }));
    assertThat(requests.length).isEqualTo(6);
    assertApi('gtmOnFailure').wasCalled();
    // A number (from a variable) is read the same way.
    requests = [];
    answers = [];
    for (let i = 0; i < 20; i++) answers.push({ statusCode: 503, body: '' });
    runCode(withData({ maxRetries: 1e9 }));
    assertThat(requests.length).isEqualTo(6);
- name: "Cross-domain: an ad click's click id on a listed domain is stored under the SHA-256 of the client id, with its time, before the event is sent"
  code: |-
    eventData.page_location = 'https://www.shop.example/p?epik=dj0yURL1';
    eventData.client_id = '123456789.1690000000';
    runCode(crossDomain);
    assertThat(firestoreCalls).isEqualTo([['write', DOC, { click_id: 'dj0yURL1', time: NOW_MS }, {}]]);
    assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
    assertApi('gtmOnSuccess').wasCalled();
    // As the Pinterest client passes it on: the query is gone, click_id_from_url says where the click id came from
    firestoreCalls = [];
    requests = [];
    eventData.page_location = 'https://shop.example/p';
    eventData.click_id = 'dj0yURL2';
    eventData.click_id_from_url = true;
    runCode(withData({ crossDomain: true, crossDomainDomains: 'shop.example', crossDomainProjectId: 'my-project' }));
    assertThat(firestoreCalls).isEqualTo([['write', DOC, { click_id: 'dj0yURL2', time: NOW_MS }, { projectId: 'my-project' }]]);
    // A click id read back from the _epik cookie is not an ad click: nothing is written
    firestoreCalls = [];
    eventData.click_id_from_url = undefined;
    eventData.click_id = undefined;
    cookies = { _epik: ['dj0yCOOKIE1'] };
    runCode(crossDomain);
    assertThat(firestoreCalls).isEqualTo([]);
    assertThat(requests.length).isEqualTo(2);
- name: "Cross-domain: an event without a click id on another listed domain gets the stored one, as click_id and as the _epik cookie, within 30 days only"
  code: |-
    firestore[DOC] = { click_id: 'dj0yURL1', time: NOW_MS - DAY_MS };
    eventData.page_location = 'https://checkout.example/thanks';
    eventData.client_id = '123456789.1690000000';
    runCode(crossDomain);
    assertThat(firestoreCalls).isEqualTo([['read', DOC, {}]]);
    assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
    assertThat(cookiesSet).isEqualTo([['_epik', 'dj0yURL1', { domain: 'auto', path: '/', 'max-age': 29 * 86400, secure: true, sameSite: 'Lax', httpOnly: false }]]);
    // Past the window, from the future, or junk: not used, not set, and the event is still sent
    [{ click_id: 'dj0yURL1', time: NOW_MS - 30 * DAY_MS }, { click_id: 'dj0yURL1', time: NOW_MS + 1 }, { click_id: 'canary@planted.test', time: NOW_MS }, { click_id: ['dj0yURL1'], time: NOW_MS }, { click_id: 'dj0yURL1', time: 'yesterday' }, 'junk'].forEach((doc) => {
      requests = [];
      cookiesSet = [];
      firestore[DOC] = doc;
      runCode(crossDomain);
      assertThat(sent().user_data.click_id).isUndefined();
      assertThat(cookiesSet).isEqualTo([]);
    });
    assertThat(logText()).contains('cross-domain: stored click id unusable or expired');
    assertThat(logText()).doesNotContain('canary@planted.test');
- name: "Cross-domain: no stored click id, or Firestore failing, never loses the event: it is sent without a click id (a failure is logged)"
  code: |-
    eventData.page_location = 'https://checkout.example/thanks';
    eventData.client_id = '123456789.1690000000';
    runCode(crossDomain);
    assertThat(firestoreCalls.length).isEqualTo(1);
    assertThat(sent().user_data.click_id).isUndefined();
    assertThat(logText()).doesNotContain('Firestore');
    assertApi('gtmOnSuccess').wasCalled();
    firestoreFails = true;
    requests = [];
    runCode(crossDomain);
    assertThat(requests.length).isEqualTo(1);
    assertThat(logText()).contains('cross-domain: Firestore read failed');
    requests = [];
    eventData.page_location = 'https://shop.example/p?epik=dj0yURL1';
    runCode(crossDomain);
    assertThat(sent().user_data.click_id).isEqualTo('dj0yURL1');
    assertThat(logText()).contains('cross-domain: Firestore write failed');
    // A collection the template's permission does not name is refused before any call
    firestoreCalls = [];
    requests = [];
    runCode(withData({ crossDomain: true, crossDomainDomains: 'shop.example', crossDomainCollection: 'other_collection' }));
    assertThat(firestoreCalls).isEqualTo([]);
    assertThat(requests.length).isEqualTo(1);
    assertThat(logText()).contains('cross-domain: the permission does not allow this collection');
- name: "Cross-domain: nothing is stored, read or set when it is off, for a host not listed, without consent or without a client_id; refused domains are logged by position"
  code: |-
    eventData.page_location = 'https://checkout.example/thanks';
    eventData.client_id = '123456789.1690000000';
    firestore[DOC] = { click_id: 'dj0yURL1', time: NOW_MS };
    runCode(mockData);
    runCode(withData({ crossDomain: false, crossDomainDomains: 'checkout.example' }));
    runCode(withData({ crossDomain: true, crossDomainDomains: 'shop.example, heckout.example' }));
    eventData.page_location = 'https://checkout.example.evil.test/thanks';
    runCode(crossDomain);
    eventData.page_location = 'https://checkout.example/thanks';
    eventData['x-ga-gcs'] = 'G101';
    runCode(withData({ crossDomain: true, crossDomainDomains: 'checkout.example', consentMode: 'always' }));
    eventData['x-ga-gcs'] = 'G111';
    eventData.consent_state = { ad_storage: 'denied' };
    runCode(withData({ crossDomain: true, crossDomainDomains: 'checkout.example', consentMode: 'always' }));
    eventData.consent_state = undefined;
    eventData.client_id = undefined;
    runCode(crossDomain);
    eventData.client_id = '123456789.1690000000';
    runCode(withData({ crossDomain: true, crossDomainDomains: 'https://checkout.example, Checkout.example, checkout.example/thanks, 192.0.2.1, localhost, canary@planted.test' }));
    assertThat(firestoreCalls).isEqualTo([]);
    assertThat(cookiesSet).isEqualTo([]);
    assertThat(requests.length).isEqualTo(8);
    requests.forEach((request) => assertThat(request.body.data[0].user_data.click_id).isUndefined());
    assertThat(logText()).contains('cross-domain: domain 1 ignored');
    assertThat(logText()).contains('cross-domain: domain 6 ignored');
    assertThat(logText()).doesNotContain('canary@planted.test');
setup: |-
  // Shared by every scenario: scripted event data, a recording sendHttpRequest whose answers arrive at
  // once (a thenable, so outcomes are assertable right after runCode), readable fake digests and a fixed clock.
  const JSON = require('JSON');
  const Object = require('Object');

  const NOW_MS = 1700000000000;
  const ACCOUNT = '549755885175';
  const ENDPOINT = 'https://api.pinterest.com/v5/ad_accounts/' + ACCOUNT + '/events';
  const PROCESSED = { statusCode: 200, body: '{"num_events_received":1,"num_events_processed":1,"events":[{"status":"processed","warning_message":null}]}' };

  const mockData = { adAccountId: ACCOUNT, accessToken: 'pina_TOKEN', logMode: 'always', consentMode: 'respect', eventNameSource: 'inherit', unknownEvents: 'skip', maxRetries: '2', timeoutMs: '5000' };
  const withData = (overrides) => {
    const out = {};
    Object.keys(mockData).forEach((k) => { out[k] = mockData[k]; });
    Object.keys(overrides).forEach((k) => { out[k] = overrides[k]; });
    return out;
  };

  const purchase = () => ({
    event_name: 'purchase', transaction_id: 'T-1001', value: 129.98, currency: 'usd', page_location: 'https://shop.example/thanks',
    ip_override: '203.0.113.9', user_agent: 'Mozilla/5.0', 'x-ga-gcs': 'G111',
    items: [
      { item_id: 'SKU-1', item_name: 'Vase', item_category: 'Home', item_brand: 'Acme', price: 64.99, quantity: 1 },
      { item_id: 'SKU-2', item_name: 'Mug', price: '32.495', quantity: '2' },
    ],
    user_data: { email_address: ' Jane@Example.com ' },
  });
  let eventData = purchase();
  let cookies = {};
  let requests = [];
  let answers = [];
  let logs = [];
  let bigQueryRows = [];

  mock('getAllEventData', () => eventData);
  mock('getCookieValues', (name) => cookies[name] || []);
  const TRACE_ID = '105445aa7843bc8bf206b12000100000/1;o=1';
  mock('getRequestHeader', (name) => (name === 'trace-id' ? TRACE_ID : undefined));
  mock('getContainerVersion', () => ({ debugMode: false, previewMode: false }));
  mock('getTimestampMillis', () => NOW_MS);
  mock('generateRandom', () => 123456789);
  mock('sha256Sync', (input) => 'sha256(' + input + ')');
  mock('logToConsole', (line) => { logs.push(line); });
  mock('sendHttpRequest', (url, options, body) => {
    requests.push({ url: url, options: options, body: JSON.parse(body) });
    const answer = answers.length > 0 ? answers.shift() : PROCESSED;
    return { then: (onAnswer, onFailure) => (answer.reason ? onFailure({ reason: answer.reason }) : onAnswer({ statusCode: answer.statusCode, headers: {}, body: answer.body })) };
  });
  mockObject('BigQuery', { insert: (connection, rows) => { bigQueryRows.push([connection, rows]); return { then: () => undefined }; } });

  const sent = () => requests[0].body.data[0];
  const logText = () => logs.join('\n');

  // Cross-domain click id: an in-memory Firestore whose answers arrive at once (missing documents reject with
  // not_found, as gtm-sandbox's does), a switch that makes every call fail, and the cookies the tag sets.
  let firestore = {};
  let firestoreCalls = [];
  let firestoreFails = false;
  const settled = (ok, value) => ({ then: (onOk, onFail) => (ok ? onOk(value) : onFail(value)) });
  mockObject('Firestore', {
    read: (path, options) => {
      firestoreCalls.push(['read', path, options]);
      if (firestoreFails) return settled(false, { reason: 'unavailable' });
      return firestore[path] ? settled(true, { id: path, data: firestore[path] }) : settled(false, { reason: 'not_found' });
    },
    write: (path, input, options) => {
      firestoreCalls.push(['write', path, input, options]);
      if (!firestoreFails) firestore[path] = input;
      return firestoreFails ? settled(false, { reason: 'unavailable' }) : settled(true, path);
    },
  });
  let cookiesSet = [];
  mock('setCookie', (name, value, options) => { cookiesSet.push([name, value, options]); });
  const crossDomain = withData({ crossDomain: true, crossDomainDomains: 'shop.example, checkout.example', crossDomainCollection: 'pinterest_click_ids' });
  const DOC = 'pinterest_click_ids/sha256(123456789.1690000000)';
  const DAY_MS = 86400000;


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


