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
        "help": "For names that are neither in the event table nor Pinterest names. Events the table marks as not conversions (refund, scroll, session_start, …) are always skipped, and events from the Pinterest client keep their own name. \u003ca href\u003d\"https://github.com/pinterest-gtm/pinterest-gtm#conversions-api-tag-parameters\"\u003eMapping\u003c/a\u003e"
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
        "help": "Reads x-ga-gcs and x-ga-gcd, which the GA4 client copies from the page\u0027s Consent Mode, and the page\u0027s consent that the Pinterest client forwards. A limited event carries opt_out and Limited Data Processing, and of the user data only state, country, IP address and user agent. \u003ca href\u003d\"https://developers.google.com/tag-platform/security/concepts/consent-mode\"\u003eConsent Mode\u003c/a\u003e",
        "radioItems": [
          {
            "value": "respect",
            "displayValue": "Send nothing (and log why)"
          },
          {
            "value": "limited",
            "displayValue": "Send a limited event (opt_out, Limited Data Processing, no hashed identifiers)"
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

const generateRandom = require("generateRandom");
const getContainerVersion = require("getContainerVersion");
const getTimestampMillis = require("getTimestampMillis");
const getType = require("getType");
const JSON = require("JSON");
const logToConsole = require("logToConsole");
const makeNumber = require("makeNumber");
const makeString = require("makeString");
const Math = require("Math");
const Object = require("Object");
const parseUrl = require("parseUrl");
const getEventData = require("getEventData");
const getRequestHeader = require("getRequestHeader");
const sendHttpRequest = require("sendHttpRequest");
const getCookieValues = require("getCookieValues");
const sha256Sync = require("sha256Sync");
const BigQuery = require("BigQuery");

// pinterest/capi-types.ts
var CAPI_ENDPOINT = "https://api.pinterest.com/v5/ad_accounts/";

// pinterest/values.ts
var isFinite = (n) => n - n === 0;
function toText(value) {
  const type = getType(value);
  if (type === "number" && !isFinite(value)) return undefined;
  if (type !== "string" && type !== "number" && type !== "boolean") return undefined;
  const text = makeString(value).trim();
  return text === "" ? undefined : text;
}
function isDecimalText(text) {
  let digits = 0;
  let dot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
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
  const text = value.trim();
  if (!isDecimalText(text)) return undefined;
  const n = makeNumber(text);
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

// pinterest/consent-signals.ts
function gcdLetter(letter) {
  if ("trnv".indexOf(letter) !== -1 && letter !== "") return "granted";
  if ("pqmu".indexOf(letter) !== -1 && letter !== "") return "denied";
  return undefined;
}
function adConsentFrom(gcs, gcd) {
  const out = { adStorage: undefined, adUserData: undefined };
  const gcdText = toText(gcd);
  if (gcdText !== undefined && gcdText.length >= 9 && gcdText.charAt(0) === "1") {
    out.adStorage = gcdLetter(gcdText.charAt(2));
    out.adUserData = gcdLetter(gcdText.charAt(6));
  }
  const gcsText = toText(gcs);
  if (gcsText !== undefined && gcsText.length === 4 && gcsText.slice(0, 2) === "G1") {
    const ad = gcsText.charAt(2);
    if (out.adStorage === undefined) out.adStorage = ad === "1" ? "granted" : ad === "0" ? "denied" : undefined;
  }
  return out;
}
function stateSignal(value) {
  return value === "granted" || value === "denied" ? value : undefined;
}
function adConsentOfEvent(event) {
  var _a, _b;
  const fromGa4 = adConsentFrom(event["x-ga-gcs"], event["x-ga-gcd"]);
  const state = toObject(event.consent_state);
  if (state === undefined) return fromGa4;
  return { adStorage: (_a = stateSignal(state.ad_storage)) != null ? _a : fromGa4.adStorage, adUserData: (_b = stateSignal(state.ad_user_data)) != null ? _b : fromGa4.adUserData };
}
function adConsentDenial(consent) {
  if (consent.adStorage === "denied") return "ad_storage is denied";
  if (consent.adUserData === "denied") return "ad_user_data is denied";
  return undefined;
}

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

// pinterest/personal-data.ts
var isDigit = (c) => c >= "0" && c <= "9";
var isLetter = (c) => c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var isAddressChar = (c) => isLetter(c) || isDigit(c) || c > "" || "._%+-'".indexOf(c) !== -1;
var isDomainChar = (c) => isLetter(c) || isDigit(c) || c > "" || c === "." || c === "-";
function domainAt(text, start) {
  let end = start;
  while (end < text.length && isDomainChar(text.charAt(end))) end++;
  let domain = text.slice(start, end);
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
  const text = value.split("%40").join("@");
  let at = text.indexOf("@");
  while (at !== -1) {
    if (at > 0 && isAddressChar(text.charAt(at - 1)) && isMailDomain(domainAt(text, at + 1))) return true;
    at = text.indexOf("@", at + 1);
  }
  return false;
}
function isDate(groups, separators) {
  if (groups.length !== 3 || separators.length !== 2 || separators.charAt(0) !== separators.charAt(1) || "-./".indexOf(separators.charAt(0)) === -1) return false;
  const short = (g) => g.length >= 1 && g.length <= 2;
  return groups[0].length === 4 && short(groups[1]) && short(groups[2]) || short(groups[0]) && short(groups[1]) && (groups[2].length === 4 || groups[2].length === 2);
}
function looksLikePhone(value) {
  const text = value.trim();
  const groups = [];
  let separators = "";
  let current = "";
  let digits = 0;
  let parentheses = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
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
  if (text.charAt(0) === "+" || parentheses) return true;
  return groups.length >= 3 && !isDate(groups, separators.trim());
}

// pinterest/tag-event-data.ts
function toCurrency(value) {
  const text = toText(value);
  if (text === undefined || text.length !== 3) return undefined;
  const upper = text.toUpperCase();
  for (let i = 0; i < 3; i++) if (upper.charAt(i) < "A" || upper.charAt(i) > "Z") return undefined;
  return upper;
}

// pinterest/capi-custom-data.ts
function moneyText(amount) {
  const nudge = amount >= 0 ? 1e-7 : -1e-7;
  const text = makeString(Math.round(amount * 100 + nudge) / 100);
  return text.indexOf("e") === -1 && text !== "NaN" && text.indexOf("Infinity") === -1 ? text : undefined;
}
function freeText(value, phones) {
  const text = toText(value);
  if (text === undefined || looksLikeEmail(text) || phones && looksLikePhone(text)) return undefined;
  for (let i = 0; i < text.length; i++) if (text.charAt(i) < " " || text.charAt(i) === "") return undefined;
  return text;
}
function contentOf(item) {
  const content = {};
  const id = freeText(item.id, true);
  const name = freeText(item.name, true);
  if (id === undefined && name === undefined) return undefined;
  if (id !== undefined) content.id = id;
  const price = toNumber(item.price);
  const priceText = price === undefined ? undefined : moneyText(price);
  if (priceText !== undefined) content.item_price = priceText;
  const quantity = toQuantity(item.quantity);
  if (quantity !== undefined) content.quantity = quantity;
  if (name !== undefined) content.item_name = name;
  const category = freeText(item.category, true);
  if (category !== undefined) content.item_category = category;
  const brand = freeText(item.brand, true);
  if (brand !== undefined) content.item_brand = brand;
  return content;
}
function itemFields(event) {
  const out = [];
  const ga4 = toList(event.items);
  for (let i = 0; i < ga4.length; i++) {
    const item = toObject(ga4[i]);
    if (item !== undefined) out.push({ id: item.item_id, name: item.item_name, category: item.item_category, brand: item.item_brand, price: item.price, quantity: item.quantity });
  }
  if (out.length > 0) return out;
  const lines = toList(event.line_items);
  for (let i = 0; i < lines.length; i++) {
    const line = toObject(lines[i]);
    if (line !== undefined) out.push({ id: line.product_id, name: line.product_name, category: line.product_category, brand: line.product_brand, price: line.product_price, quantity: line.product_quantity });
  }
  return out;
}
function customDataFromEvent(event, eventName, note2) {
  var _a, _b, _c, _d, _e;
  const out = {};
  const contents = [];
  const ids = [];
  let numItems = 0;
  let itemsValue = 0;
  const items = itemFields(event);
  for (let i = 0; i < items.length; i++) {
    const content = contentOf(items[i]);
    if (content === undefined) continue;
    if (content.id !== undefined) ids.push(content.id);
    contents.push(content);
    const counted = content.quantity === undefined ? 1 : content.quantity;
    numItems += counted;
    const price = toNumber(items[i].price);
    itemsValue = itemsValue === undefined || price === undefined ? undefined : itemsValue + price * counted;
  }
  const currency = (_b = toCurrency(event.currency)) != null ? _b : toCurrency((_a = toObject(toList(event.items)[0])) == null ? undefined : _a.currency);
  if (currency !== undefined) out.currency = currency;
  let value = toNumber(event.value);
  if (value === undefined && contents.length > 0 && itemsValue !== undefined && valueIsItemTotal(eventName)) {
    value = itemsValue;
    note2("value computed from the items (price × quantity)");
  }
  const valueText = value === undefined ? undefined : moneyText(value);
  if (valueText !== undefined) out.value = valueText;
  const orderId = (_c = freeText(event.transaction_id, true)) != null ? _c : freeText(event.order_id, true);
  if (orderId !== undefined) out.order_id = orderId;
  if (contents.length > 0) {
    out.contents = contents;
    out.num_items = numItems;
  }
  if (ids.length > 0) out.content_ids = ids;
  const texts = [
    ["search_string", (_e = (_d = event.search_term) != null ? _d : event.search_string) != null ? _e : event.search_query],
    ["content_name", event.content_name],
    ["content_category", event.content_category],
    ["content_brand", event.content_brand]
  ];
  for (let i = 0; i < texts.length; i++) {
    const text = freeText(texts[i][1], true);
    if (text !== undefined) out[texts[i][0]] = text;
  }
  if (toText(event.opt_out_type) === "LDP") out.opt_out_type = "LDP";
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
var SOURCE_KEY = "x-pinterest-gtm-source";
var SOURCE_CLIENT = "client";
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

// pinterest/text-rules.ts
var HIGH_SURROGATE_FIRST = "\uD800";
var HIGH_SURROGATE_LAST = "\uDBFF";
var LOW_SURROGATE_FIRST = "\uDC00";
var LOW_SURROGATE_LAST = "\uDFFF";
var isHighSurrogate = (c) => c >= HIGH_SURROGATE_FIRST && c <= HIGH_SURROGATE_LAST;
var isLowSurrogate = (c) => c >= LOW_SURROGATE_FIRST && c <= LOW_SURROGATE_LAST;
var isControl = (c) => c < " " || c === "";
function characterCount(text, max) {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (isControl(c) || isLowSurrogate(c)) return -1;
    if (isHighSurrogate(c)) {
      if (!isLowSurrogate(text.charAt(i + 1))) return -1;
      i++;
    }
    count++;
    if (count > max) return count;
  }
  return count;
}
function isProtocolText(text, max) {
  const count = characterCount(text, max);
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

// server-template/tag/src/choices.ts
var EVENT_NAME_SOURCE = { inherit: "inherit", standard: "standard", custom: "custom" };
var UNKNOWN_EVENTS = { skip: "skip", custom: "custom", passthrough: "passthrough" };
var CONSENT_MODE = { respect: "respect", always: "always", limited: "limited" };
var LOG_MODE = { off: "off", debug: "debug", always: "always" };
var DEFAULT_MAX_RETRIES = 2;
var DEFAULT_TIMEOUT_MS = 5e3;
var EVENT_DATA_KEYS = [
  "event_name",
  "event_id",
  "event_time",
  "page_location",
  "language",
  "ip_override",
  "user_agent",
  "user_id",
  "opt_out",
  "user_data",
  "email",
  "phone",
  "click_id",
  "epik",
  "partner_id",
  "value",
  "currency",
  "transaction_id",
  "order_id",
  "items",
  "line_items",
  "search_term",
  "search_string",
  "search_query",
  "content_name",
  "content_category",
  "content_brand",
  "opt_out_type",
  "x-ga-gcs",
  "x-ga-gcd",
  "action_source",
  "consent_state",
  "x-pinterest-gtm-source"
];
var CUSTOM_FIELDS = ["value", "currency", "order_id", "content_ids", "contents", "num_items", "search_string", "content_name", "content_category", "content_brand", "opt_out_type"];
var USER_FIELDS = ["em", "ph", "ge", "db", "fn", "ln", "ct", "st", "zp", "country", "external_id", "client_ip_address", "client_user_agent", "click_id", "partner_id"];

// server-template/tag/src/custom-data.ts
function listFrom(value) {
  if (toList(value).length > 0) return toList(value);
  const text = toText(value);
  if (text === undefined) return [];
  if (text.charAt(0) === "[") return toList(JSON.parse(text));
  return text.split(",").map((part) => part.trim()).filter((part) => part !== "");
}
function contentsFrom(value) {
  const out = [];
  const list = listFrom(value);
  for (let i = 0; i < list.length; i++) {
    const entry = toObject(list[i]);
    const content = entry === undefined ? undefined : contentOf({ id: entry.id, name: entry.item_name, category: entry.item_category, brand: entry.item_brand, price: entry.item_price, quantity: entry.quantity });
    if (content !== undefined) out.push(content);
  }
  return out.length > 0 ? out : undefined;
}
function overrideValue(field, value) {
  switch (field) {
    case "value": {
      const n = toNumber(value);
      return n === undefined ? undefined : moneyText(n);
    }
    case "currency":
      return toCurrency(value);
    case "num_items": {
      const n = toInteger(value);
      return n !== undefined && n >= 0 ? n : undefined;
    }
    case "content_ids": {
      const ids = listFrom(value).map((v) => freeText(v, true)).filter((v) => v !== undefined);
      return ids.length > 0 ? ids : undefined;
    }
    case "contents":
      return contentsFrom(value);
    case "opt_out_type":
      return toText(value) === "LDP" ? "LDP" : undefined;
    case "order_id":
      return freeText(value, true);
    default:
      return CUSTOM_FIELDS.indexOf(field) !== -1 ? freeText(value, true) : undefined;
  }
}
function buildCustomData(event, eventName, overrideTable, defaultCurrency, note2) {
  const out = customDataFromEvent(event, eventName, note2);
  const rows = toList(overrideTable);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const field = row === undefined ? undefined : toText(row.field);
    if (row === undefined || field === undefined) continue;
    const value = overrideValue(field, row.value);
    if (value !== undefined) out[field] = value;
  }
  if (out.value !== undefined && out.currency === undefined) {
    const fallback = toCurrency(defaultCurrency);
    if (fallback !== undefined) out.currency = fallback;
    else {
      Object.delete(out, "value");
      note2("value left out: the event has no currency and the Default currency field is empty");
    }
  }
  return out;
}

// pinterest/capi-user-data.ts
function add(out, field, value) {
  var _a;
  const list = toList(value);
  const values = list.length > 0 ? list : value === undefined || value === null ? [] : [value];
  if (values.length === 0) return;
  out[field] = ((_a = out[field]) != null ? _a : []).concat(values);
}
function rawUserDataFromEvent(event) {
  var _a;
  const out = {};
  const user = (_a = toObject(event.user_data)) != null ? _a : {};
  add(out, "em", user.email_address);
  add(out, "em", user.sha256_email_address);
  add(out, "em", user.em);
  add(out, "em", event.email);
  add(out, "ph", user.phone_number);
  add(out, "ph", user.sha256_phone_number);
  add(out, "ph", user.ph);
  add(out, "ph", event.phone);
  add(out, "ge", user.gender);
  add(out, "ge", user.ge);
  add(out, "db", user.date_of_birth);
  add(out, "db", user.db);
  add(out, "external_id", user.external_id);
  add(out, "external_id", event.user_id);
  const hashedKeys = ["fn", "ln", "ct", "st", "zp", "country", "hashed_maids"];
  for (let i = 0; i < hashedKeys.length; i++) add(out, hashedKeys[i], user[hashedKeys[i]]);
  const addresses = toList(user.address).length > 0 ? toList(user.address) : [user.address];
  for (let i = 0; i < addresses.length; i++) {
    const address = toObject(addresses[i]);
    if (address === undefined) continue;
    add(out, "fn", address.first_name);
    add(out, "fn", address.sha256_first_name);
    add(out, "ln", address.last_name);
    add(out, "ln", address.sha256_last_name);
    add(out, "ct", address.city);
    add(out, "st", address.region);
    add(out, "zp", address.postal_code);
    add(out, "country", address.country);
  }
  return out;
}
var MAX_IP_LENGTH = 45;
function plainIp(value) {
  const text = toText(value);
  if (text === undefined || text.length > MAX_IP_LENGTH || text.indexOf(".") === -1 && text.indexOf(":") === -1) return undefined;
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (!(c >= "0" && c <= "9" || c >= "a" && c <= "f" || c === "." || c === ":")) return undefined;
  }
  return text;
}
function clientIp(value) {
  const text = toText(value);
  if (text === undefined) return undefined;
  const first = text.split(",")[0].trim();
  if (first.charAt(0) === "[") {
    const end = first.indexOf("]");
    return end > 1 ? plainIp(first.slice(1, end)) : undefined;
  }
  const colons = first.split(":").length - 1;
  return plainIp(colons === 1 ? first.split(":")[0] : first);
}
function epikFromUrl(url) {
  const text = toText(url);
  if (text === undefined) return undefined;
  const parsed = parseUrl(text);
  if (parsed === undefined) return undefined;
  const value = parsed.searchParams.epik;
  return toText(toList(value).length > 0 ? toList(value)[0] : value);
}

// pinterest/geo/calling-plans.ts
var CALLING_PLANS = ",ar54.0.ab,at43.0.4d,au61.0.5c,be32.0.89,br55.0.8b,ca1.1.7a,ch41.0.9c,cl56..9b,co57.0.8b,cy357..88,cz420..9c,de49.0.4f,dk45..88,es34..99,fi358.0.5c,fr33.0.99,gb44.0.7a,gr30..ac,hk852..5b,hu36.06.89,ie353.0.7a,il972.0.7c,it39..6c,jp81.0.8h,kr82.0.5e,lu352..4b,mt356..88,mx52..aa,nl31.0.5b,no47..58,nz64.0.5a,pl48..6a,pt351..99,ro40.0.69,se46.0.6c,sg65..8b,sk421.0.69,us1.1.aa";

// pinterest/normalise-phone.ts
var LENGTHS = "0123456789abcdefghijklmnopqrstuvwxyz";
function findPlan(country, digits) {
  const rows = CALLING_PLANS.split(",");
  for (let i = 1; i < rows.length; i++) {
    const fields = rows[i].slice(2).split(".");
    const plan = { country: rows[i].slice(0, 2), code: fields[0], trunk: fields[1], min: LENGTHS.indexOf(fields[2].charAt(0)), max: LENGTHS.indexOf(fields[2].charAt(1)) };
    if (country !== undefined ? plan.country === country : digits.indexOf(plan.code) === 0) return plan;
  }
  return undefined;
}
var E164_MAX = 15;
var e164 = (digits) => digits.length <= E164_MAX ? { value: digits } : { skip: "longer than 15 digits" };
function complete(plan, national, written) {
  const fits = (n) => n.length >= plan.min && n.length <= plan.max;
  const afterTrunk = plan.trunk !== "" && national.indexOf(plan.trunk) === 0 ? national.slice(plan.trunk.length) : undefined;
  if (afterTrunk !== undefined && fits(afterTrunk)) return e164(plan.code + afterTrunk);
  if (written && national.indexOf(plan.code) === 0 && fits(national.slice(plan.code.length))) return e164(national);
  return fits(national) ? e164(plan.code + national) : { skip: "not a possible length for " + plan.country.toUpperCase() };
}
function e164Digits(text, country) {
  let digits = "";
  let plus = false;
  const cleaned = text.split("(0)").join("");
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned.charAt(i);
    if (c >= "0" && c <= "9") digits += c;
    else if (c === "+" && digits === "") plus = true;
  }
  const plan = country === undefined ? undefined : findPlan(country, "");
  const prefix = plus ? 0 : digits.indexOf("00") === 0 ? 2 : plan !== undefined && plan.code === "1" && digits.indexOf("011") === 0 ? 3 : -1;
  if (prefix === -1) return plan !== undefined ? complete(plan, digits, true) : { skip: country === undefined ? "no country for a national number" : "no calling plan for " + country.toUpperCase() };
  const international = digits.slice(prefix);
  const own = findPlan(undefined, international);
  if (own !== undefined) return complete(own, international.slice(own.code.length), false);
  return international.length >= 7 && international.length <= E164_MAX && international.charAt(0) !== "0" ? { value: international } : { skip: "not a possible international number" };
}

// pinterest/geo/ca-subdivisions.ts
var CA_SUBDIVISIONS = ",ab|alberta|,bc|britishcolumbia|,mb|manitoba|,nb|newbrunswick|,nl|newfoundlandandlabrador|,ns|novascotia|,nt|northwestterritories|,nu|nunavut|,on|ontario|,pe|princeedwardisland|,qc|quebec|,sk|saskatchewan|,yt|yukon|";

// pinterest/geo/country-names.ts
var COUNTRY_NAMES = ",us|usa|unitedstatesofamerica|unitedstates|,gb|gbr|unitedkingdom|uk|greatbritain|,ca|can|canada|,ie|irl|ireland|eire|,au|aus|australia|,nz|nzl|newzealand|,fr|fra|france|,se|swe|sweden|sverige|,il|isr|israel|ישראל|,de|deu|germany|deutschland|,at|aut|austria|osterreich|,it|ita|italy|italia|,es|esp|spain|espana|,nl|nld|netherlands|thenetherlands|netherlandskingdomofthe|koninkrijkdernederlanden|nederland|,be|bel|belgium|koninkrijkbelgie|belgie|belgique|belgien|,pt|prt|portugal|,ch|che|switzerland|schweiz|suisse|svizzera|,hk|hkg|hongkong|香港|,jp|jpn|japan|日本|,kr|kor|southkorea|korearepublicof|republicofkorea|대한민국|,sg|sgp|singapore|,no|nor|norway|norge|noreg|,dk|dnk|denmark|danmark|,fi|fin|finland|suomi|,cy|cyp|cyprus|κύπρος|,lu|lux|luxembourg|luxemburg|,mt|mlt|malta|,pl|pol|poland|polska|,ro|rou|romania|,hu|hun|hungary|magyarorszag|,cz|cze|czechrepublic|czechia|ceskarepublika|,gr|grc|greece|ελλάδα|,sk|svk|slovakia|slovensko|,br|bra|brazil|brasil|,mx|mex|mexico|,ar|arg|argentina|,cl|chl|chile|,co|col|colombia|";

// pinterest/geo/fold.ts
var FOLD = "aàáâãäå,aeæ,cçč,dð,eèéêë,iìíîï,nñ,oòóôõöø,ssß,thþ,uùúûü,yýÿ";

// pinterest/geo/key.ts
function foldedAt(fold, at) {
  let i = fold.lastIndexOf(",", at) + 1;
  let base = "";
  while (i < fold.length && fold.charAt(i) >= "a" && fold.charAt(i) <= "z") base += fold.charAt(i++);
  return base;
}
function isMark(c) {
  return c < "À" || c === "×" || c === "÷" || c >= "̀" && c <= "ͯ" || c >= " " && c <= "⁯" || c >= "　" && c <= "〿";
}
function placeKey(text, fold) {
  const lower = text.toLowerCase();
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (c >= "a" && c <= "z" || c >= "0" && c <= "9") out += c;
    else if (!isMark(c)) {
      const at = fold.indexOf(c);
      out += at === -1 ? c : foldedAt(fold, at);
    }
  }
  return out;
}

// pinterest/geo/us-subdivisions.ts
var US_SUBDIVISIONS = ",ak|alaska|,al|alabama|,ar|arkansas|,as|americansamoa|,az|arizona|,ca|california|,co|colorado|,ct|connecticut|,dc|districtofcolumbia|,de|delaware|,fl|florida|,ga|georgia|,gu|guam|,hi|hawaii|,ia|iowa|,id|idaho|,il|illinois|,in|indiana|,ks|kansas|,ky|kentucky|,la|louisiana|,ma|massachusetts|,md|maryland|,me|maine|,mi|michigan|,mn|minnesota|,mo|missouri|,mp|northernmarianaislands|,ms|mississippi|,mt|montana|,nc|northcarolina|,nd|northdakota|,ne|nebraska|,nh|newhampshire|,nj|newjersey|,nm|newmexico|,nv|nevada|,ny|newyork|,oh|ohio|,ok|oklahoma|,or|oregon|,pa|pennsylvania|,pr|puertorico|,ri|rhodeisland|,sc|southcarolina|,sd|southdakota|,tn|tennessee|,tx|texas|,um|unitedstatesminoroutlyingislands|,ut|utah|,va|virginia|,vi|unitedstatesvirginislands|,vt|vermont|,wa|washington|,wi|wisconsin|,wv|westvirginia|,wy|wyoming|";

// pinterest/normalise-place.ts
var isLetter2 = (c) => c >= "a" && c <= "z";
function twoLetterCode(text) {
  let code = "";
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charAt(i);
    if (isLetter2(c)) code += c;
    else if (c !== " " && c !== "." && c !== "	") return undefined;
  }
  return code.length === 2 ? code : undefined;
}
function codeOfName(table, key) {
  const at = key === "" ? -1 : table.indexOf("|" + key + "|");
  if (at === -1) return undefined;
  const start = table.lastIndexOf(",", at) + 1;
  return table.slice(start, table.indexOf("|", start));
}
var hasCode = (table, code) => table.indexOf("," + code + "|") !== -1;
var isCode = (key) => key.length === 2 && isLetter2(key.charAt(0)) && isLetter2(key.charAt(1));
function countryCode(text) {
  var _a;
  const key = placeKey(text, FOLD);
  const code = (_a = codeOfName(COUNTRY_NAMES, key)) != null ? _a : isCode(key) ? key : undefined;
  return code !== undefined ? { value: code } : { skip: "not a two-letter code, nor a known name or alpha-3 code" };
}
function stateCode(text, country) {
  var _a;
  const trimmed = text.trim();
  const prefix = trimmed.charAt(2) === "-" ? placeKey(trimmed.slice(0, 2), "") : "";
  const where = isCode(prefix) ? prefix : country;
  const key = placeKey(isCode(prefix) ? trimmed.slice(3) : trimmed, FOLD);
  const table = where === "us" ? US_SUBDIVISIONS : where === "ca" ? CA_SUBDIVISIONS : where === undefined ? US_SUBDIVISIONS + CA_SUBDIVISIONS : "";
  const checked = where === "us" || where === "ca";
  const code = (_a = hasCode(table, key) ? key : codeOfName(table, key)) != null ? _a : !checked && isCode(key) ? key : undefined;
  return code !== undefined ? { value: code } : { skip: checked ? "not a state or province of " + where.toUpperCase() : "not a two-letter state code" };
}

// pinterest/normalise.ts
var HASHED_FIELDS = ["em", "ph", "ge", "db", "fn", "ln", "ct", "st", "zp", "country", "external_id", "hashed_maids"];
var isDigit2 = (c) => c >= "0" && c <= "9";
var isHexDigit = (c) => isDigit2(c) || c >= "a" && c <= "f";
var isSpace = (c) => c === " " || c === "	" || c === "\n" || c === "\r" || c === " ";
var ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function keep(text, wanted) {
  let out = "";
  for (let i = 0; i < text.length; i++) if (wanted(text.charAt(i))) out += text.charAt(i);
  return out;
}
var isHex = (value, length) => value.length === length && keep(value.toLowerCase(), isHexDigit).length === length;
function isSha256Hex(value) {
  return isHex(value, 64);
}
function isMd5OrSha1Hex(value) {
  return isHex(value, 32) || isHex(value, 40);
}
var GENDERS = {
  f: "f",
  female: "f",
  woman: "f",
  w: "f",
  m: "m",
  male: "m",
  man: "m",
  n: "n",
  "non-binary": "n",
  nonbinary: "n",
  "non binary": "n"
};
function birthDate(text) {
  const digits = keep(text, isDigit2);
  const parts = text.split("-").length === 3 ? text.split("-") : text.split("/").length === 3 ? text.split("/") : text.split(".");
  if (parts.length === 3 && parts[0].trim().length === 4) {
    const pad = (p) => p.trim().length === 1 ? "0" + p.trim() : p.trim();
    const joined = parts[0].trim() + pad(parts[1]) + pad(parts[2]);
    return keep(joined, isDigit2).length === 8 ? joined : undefined;
  }
  return digits.length === 8 && digits === text && (digits.slice(0, 2) === "19" || digits.slice(0, 2) === "20") ? digits : undefined;
}
function zip(text) {
  const lower = keep(text.toLowerCase(), (c) => !isSpace(c));
  const first5 = lower.slice(0, 5);
  if (keep(first5, isDigit2).length === 5 && (lower.length === 5 || lower.length === 10 && lower.charAt(5) === "-" || lower.length === 9 && keep(lower, isDigit2).length === 9)) return first5;
  return lower;
}
var given = (out, why) => out === undefined || out === "" ? { skip: why } : { value: out };
var EMPTY = "empty";
function email(lower) {
  const address = keep(lower, (c) => !isSpace(c));
  return address.indexOf("@") > 0 ? { value: address } : { skip: "not an email address" };
}
function normaliseUserField(field, value, context) {
  const text = toText(value);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  switch (field) {
    case "em":
      return email(lower);
    case "ph":
      return e164Digits(text, context === undefined ? undefined : context.country);
    case "ge":
      return given(GENDERS.hasOwnProperty(lower) ? GENDERS[lower] : undefined, "not f, m or n");
    case "db":
      return given(birthDate(text), "not a date");
    case "ct":
      return given(keep(lower, (c) => !isSpace(c) && ASCII_PUNCTUATION.indexOf(c) === -1), EMPTY);
    case "st":
      return stateCode(text, context === undefined ? undefined : context.country);
    case "country":
      return countryCode(text);
    case "zp":
      return given(zip(text), EMPTY);
    case "external_id":
      return given(text, EMPTY);
    default:
      return given(lower, EMPTY);
  }
}
function prepareUserField(field, value, context) {
  const text = toText(value);
  if (text === undefined) return undefined;
  if (isSha256Hex(text)) return { hashed: text.toLowerCase() };
  if (field === "em" && isMd5OrSha1Hex(text)) return { skip: "MD5/SHA-1 digest (the API takes SHA-256 only)" };
  const outcome = normaliseUserField(field, text, context);
  return outcome.value !== undefined ? { plain: outcome.value } : { skip: outcome.skip };
}

// server-template/tag/src/user-data.ts
var PLAIN_FIELDS = ["client_ip_address", "client_user_agent", "click_id", "partner_id"];
function overrides(table) {
  var _a;
  const out = {};
  const rows = toList(table);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const field = row === undefined ? undefined : toText(row.field);
    if (row === undefined || field === undefined || USER_FIELDS.indexOf(field) === -1) continue;
    out[field] = ((_a = out[field]) != null ? _a : []).concat(toList(row.value).length > 0 ? toList(row.value) : [row.value]);
  }
  return out;
}
function note(notes, message2) {
  if (notes.indexOf(message2) === -1) notes.push(message2);
}
function hashed(field, values, context, notes) {
  var _a;
  const out = [];
  for (let i = 0; i < values.length; i++) {
    const prepared = prepareUserField(field, values[i], context);
    if (prepared === undefined) continue;
    if (prepared.skip !== undefined) note(notes, field + " left out: " + prepared.skip);
    const digest = (_a = prepared.hashed) != null ? _a : prepared.plain !== undefined ? sha256Sync(prepared.plain, { outputEncoding: "hex" }) : undefined;
    if (digest !== undefined && out.indexOf(digest) === -1) out.push(digest);
  }
  return out;
}
function userCountry(countries, defaultCountry, notes) {
  for (let i = 0; i < countries.length; i++) {
    const outcome = normaliseUserField("country", countries[i]);
    if (outcome !== undefined && outcome.value !== undefined) return outcome.value;
  }
  const fallback = toText(defaultCountry);
  const code = fallback === undefined ? undefined : twoLetterCode(fallback);
  if (fallback !== undefined && code === undefined) note(notes, "the Default country is not a two-letter ISO 3166-1 code: ignored");
  return code;
}
function buildUserData(event, overrideTable, defaultCountry, notes) {
  var _a, _b, _c, _d, _e, _f, _g;
  const raw = rawUserDataFromEvent(event);
  const forced = overrides(overrideTable);
  const context = { country: userCountry((_b = (_a = forced.country) != null ? _a : raw.country) != null ? _b : [], defaultCountry, notes) };
  const out = {};
  for (let i = 0; i < HASHED_FIELDS.length; i++) {
    const field = HASHED_FIELDS[i];
    const values = (_d = (_c = forced[field]) != null ? _c : raw[field]) != null ? _d : [];
    const digests = hashed(field, values, context, notes);
    if (digests.length > 0) out[field] = digests;
  }
  const plain = {
    client_ip_address: clientIp(event.ip_override),
    client_user_agent: toText(event.user_agent),
    click_id: (_g = (_f = (_e = epikFromUrl(event.page_location)) != null ? _e : toText(getCookieValues("_epik")[0])) != null ? _f : toText(event.click_id)) != null ? _g : toText(event.epik),
    partner_id: toText(event.partner_id)
  };
  for (let i = 0; i < PLAIN_FIELDS.length; i++) {
    const field = PLAIN_FIELDS[i];
    const forcedValue = forced[field] === undefined ? undefined : toText(forced[field][0]);
    const value = plainValue(field, field === "client_ip_address" && forcedValue !== undefined ? clientIp(forcedValue) : forcedValue != null ? forcedValue : plain[field]);
    if (value !== undefined) out[field] = value;
  }
  return out;
}
function plainValue(field, value) {
  const text = freeText(value, field !== "client_ip_address");
  if (text === undefined || isSha256Hex(text)) return undefined;
  if (field === "click_id" && !isClickIdShaped(text)) return undefined;
  return text;
}
function isClickIdShaped(text) {
  if (!isClickId(text, LIMITS.clickIdLength)) return false;
  for (let i = 0; i < text.length; i++) if (text.charAt(i) >= "0" && text.charAt(i) <= "9") return true;
  return false;
}
function hasRequiredIdentifiers(user) {
  return user.em !== undefined || user.hashed_maids !== undefined || user.client_ip_address !== undefined && user.client_user_agent !== undefined;
}

// server-template/tag/src/build-event.ts
var ACTION_SOURCES = ["web", "app_android", "app_ios", "offline"];
var MAX_EVENT_AGE_SECONDS = 7 * 24 * 3600;
function eventTime(value) {
  const now = Math.floor(getTimestampMillis() / 1e3);
  const given2 = toNumber(value);
  if (given2 === undefined || given2 < 1e9) return now;
  const seconds = Math.floor(given2 > 1e11 ? given2 / 1e3 : given2);
  return seconds > now ? now : seconds;
}
function sourceUrl(value) {
  const text = toText(value);
  if (text === undefined) return undefined;
  const lower = text.toLowerCase();
  if (lower.indexOf("https://") !== 0 && lower.indexOf("http://") !== 0) return undefined;
  let end = text.length;
  const query = text.indexOf("?");
  const fragment = text.indexOf("#");
  if (query !== -1) end = query;
  if (fragment !== -1 && fragment < end) end = fragment;
  return freeText(text.slice(0, end), false);
}
function language(value) {
  const text = toText(value);
  if (text === undefined) return undefined;
  const code = text.slice(0, 2).toLowerCase();
  return code.length === 2 && code >= "aa" && code <= "zz" ? code : undefined;
}
function actionSource(value) {
  const text = toText(value);
  return text !== undefined && ACTION_SOURCES.indexOf(text.toLowerCase()) !== -1 ? text.toLowerCase() : "web";
}
function limitedUserData(user) {
  const out = {};
  const kept = ["st", "country", "client_ip_address", "client_user_agent"];
  for (let i = 0; i < kept.length; i++) if (user[kept[i]] !== undefined) out[kept[i]] = user[kept[i]];
  return out;
}
function partnerName(value) {
  const text = toText(value);
  if (text === undefined || text.indexOf("ss-") !== 0 || text.length < 4 || text.length > 64) return undefined;
  for (let i = 3; i < text.length; i++) {
    const c = text.charAt(i);
    if (!(c >= "a" && c <= "z" || c >= "0" && c <= "9" || c === "-" || c === "_")) return undefined;
  }
  return text;
}
function buildEvent(data2, source, eventName, limited) {
  var _a;
  const notes = [];
  const explicit = toText(source.event_id);
  const usable = explicit !== undefined && isProtocolText(explicit, LIMITS.eventIdLength) && freeText(explicit, true) !== undefined;
  if (explicit !== undefined && !usable) notes.push("the event_id is not 1 to 256 characters of text without contact data: generated one");
  const rule = deriveEventId({
    explicit: usable ? explicit : undefined,
    // The order id as custom_data carries it (no contact data), so the id rule and order_id agree with the web tag's.
    eventName: eventName,
    orderId: (_a = freeText(source.transaction_id, true)) != null ? _a : freeText(source.order_id, true)
  });
  const derived = rule !== undefined && isProtocolText(rule, LIMITS.eventIdLength) ? rule : undefined;
  const user = buildUserData(source, data2.userDataOverrides, data2.defaultCountry, notes);
  const event = {
    event_name: eventName,
    action_source: actionSource(source.action_source),
    event_time: eventTime(source.event_time),
    event_id: derived != null ? derived : "gen_" + makeString(getTimestampMillis()) + "_" + makeString(generateRandom(1e8, 999999999)),
    user_data: limited ? limitedUserData(user) : user
  };
  const url = sourceUrl(source.page_location);
  if (url !== undefined) event.event_source_url = url;
  const lang = language(source.language);
  if (lang !== undefined) event.language = lang;
  if (limited || source.opt_out === true || source.opt_out === "true") event.opt_out = true;
  const partner = partnerName(data2.partnerName);
  if (partner !== undefined) event.partner_name = partner;
  else if (toText(data2.partnerName) !== undefined) notes.push("partner_name left out: Pinterest assigns names of the form ss-<partner>, lower-case");
  const custom = buildCustomData(source, eventName, data2.customDataOverrides, data2.defaultCurrency, (note2) => {
    notes.push(note2);
  });
  if (limited) custom.opt_out_type = "LDP";
  if (Object.keys(custom).length > 0) event.custom_data = custom;
  return { event: event, generatedId: derived === undefined, notes: notes };
}

// server-template/tag/src/event-name.ts
function fromTable(table, incoming) {
  var _a;
  const rows = toList(table);
  for (let i = 0; i < rows.length; i++) {
    const row = toObject(rows[i]);
    const from = row === undefined ? undefined : toText(row.ga4Event);
    if (from !== undefined && from.toLowerCase() === incoming.toLowerCase()) return (_a = toText(row.pinterestEvent)) != null ? _a : "";
  }
  return undefined;
}
function typedName(typed) {
  if (!isCustomEventName(typed)) return { skip: "the Pinterest event name set in the tag must be letters and underscores" };
  const tag = eventMeaning(typed).tag;
  return { name: tag !== undefined ? capiEventFor(tag) : typed };
}
function resolveEventName(data2, source) {
  const choice = toText(data2.eventNameSource);
  if (choice === EVENT_NAME_SOURCE.standard) {
    const standard = toText(data2.eventNameStandard);
    return standard === undefined ? { skip: "no standard event chosen" } : typedName(standard);
  }
  if (choice === EVENT_NAME_SOURCE.custom) {
    const custom = toText(data2.customEventName);
    return custom === undefined ? { skip: "no custom event name" } : typedName(custom);
  }
  const name = toText(source.event_name);
  if (name === undefined) return { skip: "the event has no event_name" };
  const mapped = fromTable(data2.eventNameMapping, name);
  if (mapped !== undefined) return typedName(mapped);
  const meaning = eventMeaning(name);
  if (meaning.tag !== undefined) return { name: capiEventFor(meaning.tag) };
  if (meaning.skip !== undefined) return { skip: meaning.skip };
  if (source[SOURCE_KEY] === SOURCE_CLIENT && isCustomEventName(name)) return { name: name };
  const policy = toText(data2.unknownEvents);
  if (policy === UNKNOWN_EVENTS.custom) return { name: "custom" };
  if (policy === UNKNOWN_EVENTS.passthrough) return { name: isCustomEventName(name) ? name : "custom" };
  return { skip: (isCustomEventName(name) ? 'event "' + name + '"' : "an event with an invalid name") + " has no Pinterest event (unknown events are skipped)" };
}

// server-template/tag/src/event-source.ts
function readEventData() {
  const out = {};
  for (let i = 0; i < EVENT_DATA_KEYS.length; i++) {
    const value = getEventData(EVENT_DATA_KEYS[i]);
    if (value !== undefined) out[EVENT_DATA_KEYS[i]] = value;
  }
  return out;
}

// server-template/tag/src/field-defaults.ts
var FIELD_DEFAULTS = {
  testMode: false,
  eventNameSource: "inherit",
  eventNameStandard: "checkout",
  unknownEvents: "skip",
  consentMode: "respect",
  logMode: "debug",
  bigQueryLogging: false,
  maxRetries: "2",
  timeoutMs: "5000"
};

// server-template/tag/src/health-check.ts
function isHealthCheck(event) {
  var _a, _b;
  const page = (_a = toText(event.page_location)) != null ? _a : "";
  const agent = (_b = toText(event.user_agent)) != null ? _b : "";
  return page.indexOf("gtm-msr.appspot.com") !== -1 || agent.indexOf("GoogleStackdriverMonitoring") !== -1 || agent.indexOf("Google-Cloud-Scheduler") !== -1;
}

// server-template/tag/src/logger.ts
var REDACTED = "[redacted]";
function redactBody(body) {
  var _a, _b;
  const copy = JSON.parse((_a = JSON.stringify(body)) != null ? _a : "null");
  const events = copy !== undefined && copy !== null && copy.data !== undefined ? copy.data : [];
  for (let i = 0; i < events.length; i++) {
    if (events[i].user_data !== undefined && ((_b = events[i].user_data) == null ? undefined : _b.client_ip_address) !== undefined) events[i].user_data.client_ip_address = REDACTED;
  }
  return copy;
}
function traceIdOf(value) {
  const text = toText(value);
  if (text === undefined || text.length > 64) return undefined;
  const slash = text.indexOf("/");
  const trace = slash === -1 ? text : text.slice(0, slash);
  if (trace.length !== 32) return undefined;
  for (let i = 0; i < trace.length; i++) if ("0123456789abcdefABCDEF".indexOf(trace.charAt(i)) === -1) return undefined;
  const rest = slash === -1 ? "" : text.slice(slash + 1);
  for (let i = 0; i < rest.length; i++) if ("0123456789;o=".indexOf(rest.charAt(i)) === -1) return undefined;
  return text;
}
function createLogger(data2, eventName) {
  var _a;
  const mode = (_a = toText(data2.logMode)) != null ? _a : LOG_MODE.debug;
  const container = getContainerVersion();
  const toConsole = mode === LOG_MODE.always || mode === LOG_MODE.debug && (container.debugMode || container.previewMode);
  const toBigQuery = data2.bigQueryLogging === true && toText(data2.bigQueryDatasetId) !== undefined && toText(data2.bigQueryTableId) !== undefined;
  const traceId = traceIdOf(getRequestHeader("trace-id"));
  return (type, fields) => {
    const line = { Name: "Pinterest Conversions API", Type: type, TraceId: traceId, EventName: eventName };
    const keys = Object.keys(fields);
    for (let i = 0; i < keys.length; i++) line[keys[i]] = fields[keys[i]];
    if (toConsole) logToConsole(JSON.stringify(line));
    if (toBigQuery) {
      const connection = { datasetId: toText(data2.bigQueryDatasetId), tableId: toText(data2.bigQueryTableId) };
      const project = toText(data2.bigQueryProjectId);
      if (project !== undefined) connection.projectId = project;
      BigQuery.insert(connection, [{ timestamp: getTimestampMillis(), type: type, trace_id: traceId, event_name: eventName, message: JSON.stringify(fields) }], { ignoreUnknownValues: true });
    }
  };
}

// server-template/tag/src/send.ts
var retryable = (status) => status === 429 || status >= 500;
function eventResults(parsed) {
  var _a;
  const response = toObject(parsed);
  const details = toObject((_a = toObject(parsed)) == null ? undefined : _a.details);
  const list = toList(response == null ? undefined : response.events).length > 0 ? toList(response == null ? undefined : response.events) : toList(details == null ? undefined : details.events);
  const out = [];
  for (let i = 0; i < list.length; i++) {
    const result = toObject(list[i]);
    if (result !== undefined) out.push(result);
  }
  return out;
}
function message(value) {
  const text = toText(value);
  return text === undefined ? undefined : text.slice(0, 500);
}
function deliver(delivery, log, done) {
  const body = JSON.stringify(delivery.body);
  const headers = { Authorization: "Bearer " + delivery.token, "Content-Type": "application/json" };
  const attempt = (number) => {
    log("Request", { RequestMethod: "POST", RequestUrl: delivery.url, RequestBody: redactBody(delivery.body), Attempt: number });
    sendHttpRequest(delivery.url, { method: "POST", headers: headers, timeout: delivery.timeoutMs }, body).then((answer) => {
      var _a, _b, _c, _d;
      const response = (_a = toObject(answer)) != null ? _a : {};
      const status = (_b = toNumber(response.statusCode)) != null ? _b : 0;
      const text = toText(response.body);
      const parsed = text === undefined ? undefined : JSON.parse(text);
      log("Response", { ResponseStatusCode: status, ResponseBody: parsed === undefined ? message(text) : parsed, Attempt: number });
      if (status >= 200 && status < 300) {
        const results2 = eventResults(parsed);
        let failed = false;
        for (let i = 0; i < results2.length; i++) {
          const warning = message(results2[i].warning_message);
          if (warning !== undefined) log("Message", { Message: "Pinterest warning: " + warning });
          if (results2[i].status === "failed") {
            failed = true;
            log("Message", { Message: "Pinterest rejected the event: " + ((_c = message(results2[i].error_message)) != null ? _c : "no reason given") });
          }
        }
        done(!failed);
        return;
      }
      if (retryable(status) && number <= delivery.maxRetries) {
        log("Message", { Message: "HTTP " + status + ": retrying with the same event_id" });
        attempt(number + 1);
        return;
      }
      const error = toObject(parsed);
      log("Message", { Message: "Pinterest answered HTTP " + status, ErrorCode: toNumber(error == null ? undefined : error.code), ErrorMessage: message(error == null ? undefined : error.message) });
      const results = eventResults(parsed);
      for (let i = 0; i < results.length; i++) if (results[i].status === "failed") log("Message", { Message: "event " + i + " failed: " + ((_d = message(results[i].error_message)) != null ? _d : "") });
      done(false);
    }, (failure) => {
      var _a;
      const reason = toText((_a = toObject(failure)) == null ? undefined : _a.reason);
      if (number <= delivery.maxRetries) {
        log("Message", { Message: "request " + (reason != null ? reason : "failed") + ": retrying with the same event_id" });
        attempt(number + 1);
        return;
      }
      log("Message", { Message: "request " + (reason != null ? reason : "failed") + " after " + number + " attempts" });
      done(false);
    });
  };
  attempt(1);
}

// server-template/tag/src/main.ts
function isToken(token) {
  for (let i = 0; i < token.length; i++) {
    const c = token.charAt(i);
    const ok = c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || "-._~+/=".indexOf(c) !== -1;
    if (!ok) return false;
  }
  return token.length > 0;
}
function isAccountId(id) {
  if (id.length === 0 || id.length > 18) return false;
  for (let i = 0; i < id.length; i++) if (id.charAt(i) < "0" || id.charAt(i) > "9") return false;
  return true;
}
function main() {
  var _a, _b, _c;
  const settings = withDefaults(data, FIELD_DEFAULTS);
  const source = readEventData();
  const resolved = resolveEventName(settings, source);
  const log = createLogger(settings, (_a = resolved.name) != null ? _a : "");
  if (isHealthCheck(source)) {
    log("Message", { Message: "skipped: a health check, not a visitor" });
    data.gtmOnSuccess();
    return;
  }
  if (resolved.name === undefined) {
    log("Message", { Message: "skipped: " + ((_b = resolved.skip) != null ? _b : "") });
    data.gtmOnSuccess();
    return;
  }
  const consentMode = toText(settings.consentMode);
  const denial = adConsentDenial(adConsentOfEvent(source));
  if (denial !== undefined && consentMode === CONSENT_MODE.respect) {
    log("Message", { Message: "not sent: " + denial });
    data.gtmOnSuccess();
    return;
  }
  const accountId = (_c = toText(settings.adAccountId)) != null ? _c : "";
  const token = toText(settings.accessToken);
  if (!isAccountId(accountId) || token === undefined || !isToken(token)) {
    log("Message", {
      Message: !isAccountId(accountId) ? "the ad account ID must be digits only (at most 18)" : token === undefined ? "the access token is empty" : "the access token has spaces or other characters a token cannot have: check the variable that holds it"
    });
    data.gtmOnFailure();
    return;
  }
  const built = buildEvent(settings, source, resolved.name, denial !== undefined && consentMode === CONSENT_MODE.limited);
  for (let i = 0; i < built.notes.length; i++) log("Message", { Message: built.notes[i] });
  if (built.event.event_time < Math.floor(getTimestampMillis() / 1e3) - MAX_EVENT_AGE_SECONDS) {
    log("Message", { Message: "not sent: the event is older than the 7 days Pinterest accepts" });
    data.gtmOnFailure();
    return;
  }
  if (built.generatedId) log("Message", { Message: "no event_id in the event data: generated one, so this event cannot be deduplicated with the browser tag" });
  if (!hasRequiredIdentifiers(built.event.user_data)) {
    log("Message", { Message: "not sent: Pinterest needs an email, a mobile ad id, or both the IP address and the user agent" });
    data.gtmOnFailure();
    return;
  }
  const retries = toInteger(settings.maxRetries);
  const timeout = toInteger(settings.timeoutMs);
  deliver({
    url: CAPI_ENDPOINT + accountId + "/events" + (settings.testMode === true ? "?test=true" : ""),
    token: token,
    body: { data: [built.event] },
    timeoutMs: timeout !== undefined && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
    maxRetries: retries !== undefined && retries >= 0 ? retries > 5 ? 5 : retries : DEFAULT_MAX_RETRIES
  }, log, (succeeded) => {
    if (succeeded) data.gtmOnSuccess();
    else data.gtmOnFailure();
  });
}

main();


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
                "string": "event_name"
              },
              {
                "type": 1,
                "string": "event_id"
              },
              {
                "type": 1,
                "string": "event_time"
              },
              {
                "type": 1,
                "string": "page_location"
              },
              {
                "type": 1,
                "string": "language"
              },
              {
                "type": 1,
                "string": "ip_override"
              },
              {
                "type": 1,
                "string": "user_agent"
              },
              {
                "type": 1,
                "string": "user_id"
              },
              {
                "type": 1,
                "string": "opt_out"
              },
              {
                "type": 1,
                "string": "user_data"
              },
              {
                "type": 1,
                "string": "email"
              },
              {
                "type": 1,
                "string": "phone"
              },
              {
                "type": 1,
                "string": "click_id"
              },
              {
                "type": 1,
                "string": "epik"
              },
              {
                "type": 1,
                "string": "partner_id"
              },
              {
                "type": 1,
                "string": "value"
              },
              {
                "type": 1,
                "string": "currency"
              },
              {
                "type": 1,
                "string": "transaction_id"
              },
              {
                "type": 1,
                "string": "order_id"
              },
              {
                "type": 1,
                "string": "items"
              },
              {
                "type": 1,
                "string": "line_items"
              },
              {
                "type": 1,
                "string": "search_term"
              },
              {
                "type": 1,
                "string": "search_string"
              },
              {
                "type": 1,
                "string": "search_query"
              },
              {
                "type": 1,
                "string": "content_name"
              },
              {
                "type": 1,
                "string": "content_category"
              },
              {
                "type": 1,
                "string": "content_brand"
              },
              {
                "type": 1,
                "string": "opt_out_type"
              },
              {
                "type": 1,
                "string": "x-ga-gcs"
              },
              {
                "type": 1,
                "string": "x-ga-gcd"
              },
              {
                "type": 1,
                "string": "action_source"
              },
              {
                "type": 1,
                "string": "consent_state"
              },
              {
                "type": 1,
                "string": "x-pinterest-gtm-source"
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
- name: "Limited mode sends a limited event: opt_out, Limited Data Processing, and only state, country, IP and user agent"
  code: |-
    eventData['x-ga-gcs'] = 'G100';
    eventData.user_data = { email_address: 'jane@example.com', address: { region: 'ca', country: 'us', city: 'Fresno' } };
    runCode(withData({ consentMode: 'limited' }));
    assertThat(sent().opt_out).isTrue();
    assertThat(sent().custom_data.opt_out_type).isEqualTo('LDP');
    assertThat(Object.keys(sent().user_data).sort()).isEqualTo(['client_ip_address', 'client_user_agent', 'country', 'st']);
    assertThat(sent().user_data.st).isEqualTo(['sha256(ca)']);
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
- name: Log lines are JSON with the trace id; the token, the IP address and raw email never appear
  code: |-
    runCode(mockData);
    const first = JSON.parse(logs[0]);
    assertThat([first.Name, first.Type, first.TraceId, first.EventName]).isEqualTo(['Pinterest Conversions API', 'Request', TRACE_ID, 'checkout']);
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
- name: A GA4 page_view is the page visit with the event_id the web tag's page call carries
  code: |-
    eventData = { event_name: 'page_view', event_id: '1700000000000.123456789.page', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat([sent().event_name, sent().event_id]).isEqualTo(['page_visit', '1700000000000.123456789.page']);
- name: Events from the Pinterest client keep their exact name and event_id, also advertiser-defined ones
  code: |-
    eventData = { event_name: 'quote_request', event_id: 'P.7', ip_override: '203.0.113.9', user_agent: 'UA', 'x-pinterest-gtm-source': 'client' };
    runCode(mockData);
    assertThat([sent().event_name, sent().event_id]).isEqualTo(['quote_request', 'P.7']);
    requests = [];
    eventData = { event_name: 'quote_request', event_id: 'P.8', ip_override: '203.0.113.9', user_agent: 'UA' };
    runCode(mockData);
    assertThat(requests.length).isEqualTo(0);
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
- name: "IP address, user agent and click id must be plain: hashes and malformed click ids are left out"
  code: |-
    let digest = '';
    for (let i = 0; i < 64; i++) digest += 'a';
    eventData.user_data = { email_address: 'jane@example.com' };
    eventData.user_agent = digest;
    eventData.click_id = 'abc"; Domain=evil';
    eventData.ip_override = digest;
    runCode(mockData);
    assertThat(sent().user_data.client_user_agent).isUndefined();
    assertThat(sent().user_data.client_ip_address).isUndefined();
    assertThat(sent().user_data.click_id).isUndefined();
    assertThat(sent().user_data.em.length).isEqualTo(1);
    requests = [];
    eventData.click_id = 'Larkspurr';
    runCode(mockData);
    assertThat(sent().user_data.click_id).isUndefined();
- name: MD5 and SHA-1 emails are left out (the Conversions API takes SHA-256 only) and logged without the digest
  code: |-
    const md5 = '0CBA00CA3DA1B283A57287BCCEB17E35';
    const sha1 = 'a3caddb38202511eab803116294dc020f7c4f8a2';
    eventData.user_data = { email_address: [md5, sha1, 'jane@example.com'] };
    runCode(mockData);
    assertThat(sent().user_data.em).isEqualTo(['sha256(jane@example.com)']);
    assertApi('sha256Sync').wasNotCalledWith(md5.toLowerCase(), { outputEncoding: 'hex' });
    assertApi('sha256Sync').wasNotCalledWith(sha1, { outputEncoding: 'hex' });
    assertThat(logText()).contains('em left out: MD5/SHA-1 digest (the API takes SHA-256 only)');
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

  mock('getEventData', (key) => eventData[key]);
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


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


