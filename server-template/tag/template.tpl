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

var r;
let Q=require("getTimestampMillis"),M=require("JSON"),R=require("Math"),ze=require("getAllEventData"),je=require("sendHttpRequest"),Ve=require("getCookieValues"),He=require("sha256Sync");
var Ge="https://api.pinterest.com/v5/ad_accounts/",L="0123456789",T="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",K=(e,t)=>e!==""&&t.indexOf(e)!==-1;
function q(e,t){for(let n=0;n<e.length;n++)if(t.indexOf(e.charAt(n))===-1)return!1;return!0}
var X;
function le(e){return X=X||require("getType"),X(e)}
var se=e=>e-e===0;
function u(e){let t=typeof e;return(t==="string"?e.trim():t==="boolean"||t==="number"&&se(e)?""+e:"")||r}
function Be(e){let n=(e.charAt(0)==="-"?e.slice(1):e).split(".");return n.length<3&&n.join("")!==""&&q(n.join(""),L)}
function x(e){let t=typeof e=="number"?e:typeof e=="string"&&Be(e.trim())?+e:r;return t!==r&&se(t)?t:r}
function P(e){let t=x(e);if(t===r)return r;let n=t-t%1;return n===0?t*0:n}
function Qe(e){let t=P(e);return t!==r&&t>=0&&t<=1e6?t:r}
function v(e){return Ke(e)?e:r}
function y(e){return typeof e=="object"&&e!==null&&le(e)==="array"?e:[]}
function Ke(e){return typeof e=="object"&&e!==null&&le(e)==="object"}
function Xe(e){let t=[];for(let n in e)t.push(n);return t}
function Ye(e,t){let n={},i=e;for(let a in i)n[a]=i[a];for(let a in t)(n[a]===r||n[a]===null)&&(n[a]=t[a]);return n}
function oe(e){return"trnv".indexOf(e)!==-1&&e!==""?"granted":"pqmu".indexOf(e)!==-1&&e!==""?"denied":r}
function Je(e,t){let n={adStorage:r,adUserData:r},i=u(t);i!==r&&i.length>=9&&i.charAt(0)==="1"&&(n.adStorage=oe(i.charAt(2)),n.adUserData=oe(i.charAt(6)));let a=u(e);if(a!==r&&a.length===4&&a.slice(0,2)==="G1"){let l=a.charAt(2);n.adStorage===r&&(n.adStorage=l==="1"?"granted":l==="0"?"denied":r)}return n}
function ue(e){return e==="granted"||e==="denied"?e:r}
function We(e){var t,n;let i=Je(e["x-ga-gcs"],e["x-ga-gcd"]),a=v(e.consent_state);return a===r?i:{adStorage:(t=ue(a.ad_storage))!=null?t:i.adStorage,adUserData:(n=ue(a.ad_user_data))!=null?n:i.adUserData}}
function Ze(e){return e.adStorage==="denied"?"ad_storage is denied":e.adUserData==="denied"?"ad_user_data is denied":r}
var ce="page",$e="page page_view gtm.js gtm.dom gtm.load|page_visit view_item|view_category view_item_list|search|add_to_cart|checkout purchase|signup sign_up|lead generate_lead|watch_video video_start|custom|add_payment_info|add_to_wishlist|initiate_checkout begin_checkout|subscribe|view_content select_item select_promotion view_promotion|contact|customize_product|find_location|schedule|start_trial|submit_application",et="view_search_results view_cart remove_from_cart add_shipping_info refund qualify_lead disqualify_lead working_lead close_convert_lead close_unconvert_lead login video_progress video_complete select_content share join_group tutorial_begin tutorial_complete ad_impression earn_virtual_currency spend_virtual_currency level_start level_end level_up post_score unlock_achievement first_visit session_start user_engagement scroll click file_download form_start form_submit",de=e=>e.split("_").join("");
function fe(e,t){let n=$e.split("|");for(let i=0;i<n.length;i++){let a=n[i].split(" ");if(t&&a.indexOf(e)>0||i>0&&(a[0]===e||de(a[0])===e))return a}return r}
var tt=et.split(" "),nt=" is not a conversion Pinterest counts (README, event table)";
function ge(e){if(e===r)return{};let t=e.trim().toLowerCase();if(tt.indexOf(t)!==-1)return{skip:t+nt};let n=rt(t);return n===r?{}:{tag:n}}
function rt(e){let t=e?fe(e.trim().toLowerCase(),!0):r;return t?de(t[0]):r}
function _e(e){let t=e.indexOf("_")===-1?fe(e,!1):r;return e===ce?"page_visit":t?t[0]:e}
function z(e){return e!==""&&e.length<=100&&q(e,T+"_")}
function it(e){return e==="add_to_cart"||e==="initiate_checkout"||e==="checkout"}
var at="x-pinterest-gtm-source",lt="client",st=256,ot=2048,ut=512,Y=500,ct=e=>e>""||K(e,T+L+"._%+-'"),dt=e=>e>""||K(e,T+L+".-");
function ft(e,t){let n=t;for(;n<e.length&&dt(e.charAt(n));)n++;for(;n>t&&e.charAt(n-1)===".";)n--;let i=e.lastIndexOf(".",n-1);if(i<=t||n-i<3)return!1;for(let a=i+1;a<n;a++)if(e.charAt(a)<=""&&!K(e.charAt(a),T))return!1;return!0}
function gt(e){let t=e.split("%40").join("@");for(let n=t.indexOf("@");n!==-1;n=t.indexOf("@",n+1))if(n>0&&ct(t.charAt(n-1))&&ft(t,n+1))return!0;return!1}
function _t(e,t){let n=0;for(let i=0;i<e.length;i++){let a=e.charAt(i);if(a<" "||a===""||a>="\uDC00"&&a<="\uDFFF")return-1;if(a>="\uD800"&&a<="\uDBFF"){let l=e.charAt(++i);if(l<"\uDC00"||l>"\uDFFF")return-1}if(++n>t)return n}return n}
function j(e,t){let n=u(e),i=n===r?0:_t(n,t);return i>=1&&i<=t?n:r}
function he(e,t){let n=j(e,t);return n&&!gt(n)?n:r}
function ht(e,t){return e.length>0&&e.length<=t&&q(e,T+L+"+/-_=")}
function V(e){let t=u(e);return t!==r&&t.length===3&&q(t,T)?t.toUpperCase():r}
var bn="product_id product_name product_category product_variant product_variant_id product_brand product_price product_quantity".split(" "),wn="item_id item_name item_category item_variant  item_brand price quantity".split(" ");
function J(e){let t=e>=0?1e-7:-1e-7,n=""+R.round(e*100+t)/100;return n.indexOf("e")===-1&&n!=="NaN"&&n.indexOf("Infinity")===-1?n:r}
var I=e=>j(e,Y),N=e=>he(e,Y);
function pe(e){var t;let n={},i=I(e.id),a=N(e.name);if(i===r&&a===r)return r;i!==r&&(n.id=i);let l=x(e.price),s=l===r?r:l+((t=x(e.discount))!=null?t:0),o=s===r?r:J(s);o!==r&&(n.item_price=o);let c=Qe(e.quantity);c!==r&&(n.quantity=c),a!==r&&(n.item_name=a);let d=N(e.category);d!==r&&(n.item_category=d);let f=N(e.brand);return f!==r&&(n.item_brand=f),n}
function pt(e){let t=[],n=y(e.items);for(let a=0;a<n.length;a++){let l=v(n[a]);l!==r&&t.push({id:l.item_id,name:l.item_name,category:l.item_category,brand:l.item_brand,price:l.price,discount:l.discount,quantity:l.quantity})}if(t.length>0)return t;let i=y(e.line_items);for(let a=0;a<i.length;a++){let l=v(i[a]);l!==r&&t.push({id:l.product_id,name:l.product_name,category:l.product_category,brand:l.product_brand,price:l.product_price,discount:l.product_discount,quantity:l.product_quantity})}return t}
function mt(e,t,n){var i,a,l,s,o;let c={},d=[],f=[],_=0,b=0,p=pt(e);for(let k=0;k<p.length;k++){let m=pe(p[k]);if(m===r)continue;m.id!==r&&f.push(m.id),d.push(m);let U=m.quantity===r?1:m.quantity;_+=U;let Pe=x(p[k].price);b=b===r||Pe===r?r:b+Pe*U}let C=(a=V(e.currency))!=null?a:V((i=v(y(e.items)[0]))==null?r:i.currency);C!==r&&(c.currency=C);let w=x(e.value);w===r&&d.length>0&&b!==r&&it(t)&&(w=b,n("value computed from the items (price × quantity)"));let E=w===r?r:J(w);E!==r&&(c.value=E);let O=(l=I(e.transaction_id))!=null?l:I(e.order_id);O!==r&&(c.order_id=O),d.length>0&&(c.contents=d,c.num_items=_),f.length>0&&(c.content_ids=f);let g=[["search_string",(o=(s=e.search_term)!=null?s:e.search_string)!=null?o:e.search_query],["content_name",e.content_name],["content_category",e.content_category],["content_brand",e.content_brand]];for(let k=0;k<g.length;k++){let m=N(g[k][1]);m!==r&&(c[g[k][0]]=m)}return u(e.opt_out_type)==="LDP"&&(c.opt_out_type="LDP"),c}
var vt="checkout_",W=e=>j(e,st);
function yt(e,t,n,i,a){let l=W(e);if(l)return l;let s=t==="checkout"?W(n()):r,o=s?W(vt+s):r;return o||(i&&(t===ce||t==="pagevisit")?i():a?a():r)}
var me={inherit:"inherit",standard:"standard",custom:"custom"},ve={skip:"skip",custom:"custom",passthrough:"passthrough"},kt={respect:"respect",always:"always"},Z={off:"off",debug:"debug",always:"always"},bt=2,wt=5e3,$=["event_name","event_id","event_time","page_location","language","ip_override","user_agent","user_id","opt_out","user_data","email","phone","click_id","epik","partner_id","value","currency","transaction_id","order_id","items","line_items","search_term","search_string","search_query","content_name","content_category","content_brand","opt_out_type","x-ga-gcs","x-ga-gcd","action_source","consent_state","x-pinterest-gtm-source"],Ot=["value","currency","order_id","content_ids","contents","num_items","search_string","content_name","content_category","content_brand","opt_out_type"],xt=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","client_ip_address","client_user_agent","click_id","partner_id"];
function ye(e){if(y(e).length>0)return y(e);let t=u(e);return t===r?[]:t.charAt(0)==="["?y(M.parse(t)):t.split(",").map(n=>n.trim()).filter(n=>n!=="")}
function Et(e){let t=[],n=ye(e);for(let i=0;i<n.length;i++){let a=v(n[i]),l=a===r?r:pe({id:a.id,name:a.item_name,category:a.item_category,brand:a.item_brand,price:a.item_price,quantity:a.quantity});l!==r&&t.push(l)}return t.length>0?t:r}
function It(e,t){switch(e){case"value":{let n=x(t);return n===r?r:J(n)}case"currency":return V(t);case"num_items":{let n=P(t);return n!==r&&n>=0?n:r}case"content_ids":{let n=ye(t).map(I).filter(i=>i!==r);return n.length>0?n:r}case"contents":return Et(t);case"opt_out_type":return u(t)==="LDP"?"LDP":r;case"order_id":return I(t);default:return Ot.indexOf(e)!==-1?N(t):r}}
function At(e,t,n,i,a){let l=mt(e,t,a),s=y(n);for(let o=0;o<s.length;o++){let c=v(s[o]),d=c===r?r:u(c.field);if(c===r||d===r)continue;let f=It(d,c.value);f!==r&&(l[d]=f)}if(l.value!==r&&l.currency===r){let o=V(i);o!==r?l.currency=o:(require("Object").delete(l,"value"),a("value left out: the event has no currency and the Default currency field is empty"))}return l}
function h(e,t,n){var i;let a=y(n),l=a.length>0?a:n===r||n===null?[]:[n];l.length!==0&&(e[t]=((i=e[t])!=null?i:[]).concat(l))}
function Ct(e){var t;let n={},i=(t=v(e.user_data))!=null?t:{};h(n,"em",i.email_address),h(n,"em",i.sha256_email_address),h(n,"em",i.em),h(n,"em",e.email),h(n,"ph",i.phone_number),h(n,"ph",i.ph),h(n,"ph",e.phone),h(n,"ge",i.gender),h(n,"ge",i.ge),h(n,"db",i.date_of_birth),h(n,"db",i.db),h(n,"external_id",i.external_id),h(n,"external_id",e.user_id);let a=["fn","ln","ct","st","zp","country","hashed_maids"];for(let s=0;s<a.length;s++)h(n,a[s],i[a[s]]);let l=y(i.address).length>0?y(i.address):[i.address];for(let s=0;s<l.length;s++){let o=v(l[s]);o!==r&&(h(n,"fn",o.first_name),h(n,"fn",o.sha256_first_name),h(n,"ln",o.last_name),h(n,"ln",o.sha256_last_name),h(n,"ct",o.city),h(n,"st",o.region),h(n,"zp",o.postal_code),h(n,"country",o.country))}return n}
var Mt=45;
function ke(e){let t=u(e);if(t===r||t.length>Mt||t.indexOf(".")===-1&&t.indexOf(":")===-1)return r;let n=t.toLowerCase();for(let i=0;i<n.length;i++){let a=n.charAt(i);if(!(a>="0"&&a<="9"||a>="a"&&a<="f"||a==="."||a===":"))return r}return t}
function be(e){let t=u(e);if(t===r)return r;let n=t.split(",")[0].trim();if(n.charAt(0)==="["){let a=n.indexOf("]");return a>1?ke(n.slice(1,a)):r}let i=n.split(":").length-1;return ke(i===1?n.split(":")[0]:n)}
function St(e){let t=u(e);if(t===r||t.indexOf("epik")===-1&&t.indexOf("%")===-1)return r;let n=require("parseUrl")(t);if(n===r)return r;let i=n.searchParams.epik;return u(y(i).length>0?y(i)[0]:i)}
function ee(e,t){return e.length===t&&q(e,L+"abcdefABCDEF")}
function we(e){return ee(e,64)}
function Tt(e){return ee(e,32)||ee(e,40)}
var Dt="an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only";
function Lt(e){let t=e.toLowerCase(),n="";for(let i=0;i<t.length;i++)" 	\n\r ".indexOf(t.charAt(i))===-1&&(n+=t.charAt(i));return n.indexOf("@")>0?n:r}
var A=",ar54.0.ab,at43.0.4d,au61.0.5c,be32.0.89,br55.0.8b,ca1.1.7a,ch41.0.9c,cl56..9b,co57.0.8b,cy357..88,cz420..9c,de49.0.4f,dk45..88,es34..99,fi358.0.5c,fr33.0.99,gb44.0.7a,gr30..ac,hk852..5b,hu36.06.89,ie353.0.7a,il972.0.7c,it39..6c,jp81.0.8h,kr82.0.5e,lu352..4b,mt356..88,mx52..aa,nl31.0.5b,no47..58,nz64.0.5a,pl48..6a,pt351..99,ro40.0.69,se46.0.6c,sg65..8b,sk421.0.69,us1.1.aa",Oe="0123456789abcdefghijklmnopqrstuvwxyz";
function xe(e){let t=A.indexOf(",",e),n=t===-1?A.slice(e):A.slice(e,t),i=n.slice(2).split(".");return{country:n.slice(0,2),code:i[0],trunk:i[1],min:Oe.indexOf(i[2].charAt(0)),max:Oe.indexOf(i[2].charAt(1))}}
function Ee(e,t){if(e!==r){let n=e.length===2?A.indexOf(","+e):-1;return n===-1?r:xe(n+1)}for(let n=A.indexOf(",");n!==-1;n=A.indexOf(",",n+1))if(t.indexOf(A.slice(n+3,A.indexOf(".",n+3)))===0)return xe(n+1);return r}
var Ie=15,te=e=>e.length<=Ie?{value:e}:{skip:"longer than 15 digits"};
function Ae(e,t,n){let i=l=>l.length>=e.min&&l.length<=e.max,a=e.trunk!==""&&t.indexOf(e.trunk)===0?t.slice(e.trunk.length):r;return a!==r&&i(a)?te(e.code+a):n&&t.indexOf(e.code)===0&&i(t.slice(e.code.length))?te(t):i(t)?te(e.code+t):{skip:"not a possible length for "+e.country.toUpperCase()}}
function qt(e,t){let n="",i=!1,a=e.split("(0)").join("");for(let d=0;d<a.length;d++){let f=a.charAt(d);f>="0"&&f<="9"?n+=f:f==="+"&&n===""&&(i=!0)}let l=t===r?r:Ee(t,""),s=i?0:n.indexOf("00")===0?2:l!==r&&l.code==="1"&&n.indexOf("011")===0?3:-1;if(s===-1)return l!==r?Ae(l,n,!0):{skip:t===r?"no country for a national number":"no calling plan for "+t.toUpperCase()};let o=n.slice(s),c=Ee(r,o);return c!==r?Ae(c,o.slice(c.code.length),!1):o.length>=7&&o.length<=Ie&&o.charAt(0)!=="0"?{value:o}:{skip:"not a possible international number"}}
var Ce=",ab|alberta|,bc|britishcolumbia|,mb|manitoba|,nb|newbrunswick|,nl|newfoundlandandlabrador|,ns|novascotia|,nt|northwestterritories|,nu|nunavut|,on|ontario|,pe|princeedwardisland|,qc|quebec|,sk|saskatchewan|,yt|yukon|",Nt=",us|usa|unitedstatesofamerica|unitedstates|,gb|gbr|unitedkingdom|uk|greatbritain|,ca|can|canada|,ie|irl|ireland|eire|,au|aus|australia|,nz|nzl|newzealand|,fr|fra|france|,se|swe|sweden|sverige|,il|isr|israel|ישראל|,de|deu|germany|deutschland|,at|aut|austria|osterreich|,it|ita|italy|italia|,es|esp|spain|espana|,nl|nld|netherlands|thenetherlands|netherlandskingdomofthe|koninkrijkdernederlanden|nederland|,be|bel|belgium|koninkrijkbelgie|belgie|belgique|belgien|,pt|prt|portugal|,ch|che|switzerland|schweiz|suisse|svizzera|,hk|hkg|hongkong|香港|,jp|jpn|japan|日本|,kr|kor|southkorea|korearepublicof|republicofkorea|대한민국|,sg|sgp|singapore|,no|nor|norway|norge|noreg|,dk|dnk|denmark|danmark|,fi|fin|finland|suomi|,cy|cyp|cyprus|κύπρος|,lu|lux|luxembourg|luxemburg|,mt|mlt|malta|,pl|pol|poland|polska|,ro|rou|romania|,hu|hun|hungary|magyarorszag|,cz|cze|czechrepublic|czechia|ceskarepublika|,gr|grc|greece|ελλάδα|,sk|svk|slovakia|slovensko|,br|bra|brazil|brasil|,mx|mex|mexico|,ar|arg|argentina|,cl|chl|chile|,co|col|colombia|",Me="aàáâãäå,aeæ,cçč,dð,eèéêë,iìíîï,nñ,oòóôõöø,ssß,thþ,uùúûü,yýÿ";
function Ft(e,t){let n=e.lastIndexOf(",",t)+1,i="";for(;n<e.length&&e.charAt(n)>="a"&&e.charAt(n)<="z";)i+=e.charAt(n++);return i}
function Ut(e){return e<"À"||e==="×"||e==="÷"||e>="̀"&&e<="ͯ"||e>=" "&&e<="⁯"||e>="　"&&e<="〿"}
function ne(e,t){let n=e.toLowerCase(),i="";for(let a=0;a<n.length;a++){let l=n.charAt(a);if(l>="a"&&l<="z"||l>="0"&&l<="9")i+=l;else if(!Ut(l)){let s=t.indexOf(l);i+=s===-1?l:Ft(t,s)}}return i}
var Se=",ak|alaska|,al|alabama|,ar|arkansas|,as|americansamoa|,az|arizona|,ca|california|,co|colorado|,ct|connecticut|,dc|districtofcolumbia|,de|delaware|,fl|florida|,ga|georgia|,gu|guam|,hi|hawaii|,ia|iowa|,id|idaho|,il|illinois|,in|indiana|,ks|kansas|,ky|kentucky|,la|louisiana|,ma|massachusetts|,md|maryland|,me|maine|,mi|michigan|,mn|minnesota|,mo|missouri|,mp|northernmarianaislands|,ms|mississippi|,mt|montana|,nc|northcarolina|,nd|northdakota|,ne|nebraska|,nh|newhampshire|,nj|newjersey|,nm|newmexico|,nv|nevada|,ny|newyork|,oh|ohio|,ok|oklahoma|,or|oregon|,pa|pennsylvania|,pr|puertorico|,ri|rhodeisland|,sc|southcarolina|,sd|southdakota|,tn|tennessee|,tx|texas|,um|unitedstatesminoroutlyingislands|,ut|utah|,va|virginia|,vi|unitedstatesvirginislands|,vt|vermont|,wa|washington|,wi|wisconsin|,wv|westvirginia|,wy|wyoming|",re=e=>e>="a"&&e<="z";
function Rt(e){let t="",n=e.toLowerCase();for(let i=0;i<n.length;i++){let a=n.charAt(i);if(re(a))t+=a;else if(a!==" "&&a!=="."&&a!=="	")return r}return t.length===2?t:r}
function Te(e,t){let n=t===""?-1:e.indexOf("|"+t+"|");if(n===-1)return r;let i=e.lastIndexOf(",",n)+1;return e.slice(i,e.indexOf("|",i))}
var Pt=(e,t)=>e.indexOf(","+t+"|")!==-1,H=e=>e.length===2&&re(e.charAt(0))&&re(e.charAt(1));
function zt(e){var t;let n=ne(e,Me),i=(t=Te(Nt,n))!=null?t:H(n)?n:r;return i!==r?{value:i}:{skip:"not a two-letter code, nor a known name or alpha-3 code"}}
function jt(e,t){var n;let i=e.trim(),a=i.charAt(2)==="-"?ne(i.slice(0,2),""):"",l=H(a)?a:t,s=ne(H(a)?i.slice(3):i,Me),o=l==="us"?Se:l==="ca"?Ce:l===r?Se+Ce:"",c=l==="us"||l==="ca",d=(n=Pt(o,s)?s:Te(o,s))!=null?n:!c&&H(s)?s:r;return d!==r?{value:d}:{skip:c?"not a state or province of "+l.toUpperCase():"not a two-letter state code"}}
var De=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","hashed_maids"],G=e=>e>="0"&&e<="9",Le=e=>e===" "||e==="	"||e==="\n"||e==="\r"||e===" ",Vt="!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function D(e,t){let n="";for(let i=0;i<e.length;i++)t(e.charAt(i))&&(n+=e.charAt(i));return n}
var qe={f:"f",female:"f",woman:"f",w:"f",m:"m",male:"m",man:"m",n:"n","non-binary":"n",nonbinary:"n","non binary":"n"};
function Ht(e){let t=D(e,G),n=e.split("-").length===3?e.split("-"):e.split("/").length===3?e.split("/"):e.split(".");if(n.length===3&&n[0].trim().length===4){let i=l=>l.trim().length===1?"0"+l.trim():l.trim(),a=n[0].trim()+i(n[1])+i(n[2]);return D(a,G).length===8?a:r}return t.length===8&&t===e&&(t.slice(0,2)==="19"||t.slice(0,2)==="20")?t:r}
function Gt(e){let t=D(e.toLowerCase(),i=>!Le(i)),n=t.slice(0,5);return D(n,G).length===5&&(t.length===5||t.length===10&&t.charAt(5)==="-"||t.length===9&&D(t,G).length===9)?n:t}
var S=(e,t)=>e===r||e===""?{skip:t}:{value:e},B="empty";
function Ne(e,t,n){let i=u(t);if(i===r)return r;let a=i.toLowerCase();switch(e){case"em":return S(Lt(i),"not an email address");case"ph":return qt(i,n===r?r:n.country);case"ge":return S(qe.hasOwnProperty(a)?qe[a]:r,"not f, m or n");case"db":return S(Ht(i),"not a date");case"ct":return S(D(a,l=>!Le(l)&&Vt.indexOf(l)===-1),B);case"st":return jt(i,n===r?r:n.country);case"country":return zt(i);case"zp":return S(Gt(i),B);case"external_id":return S(i,B);default:return S(a,B)}}
function Bt(e,t,n){let i=u(t);if(i===r)return r;if(we(i))return{hashed:i.toLowerCase()};if(e==="em"&&Tt(i))return{skip:Dt};let a=Ne(e,i,n);return a.value!==r?{plain:a.value}:{skip:a.skip}}
var Fe=["client_ip_address","client_user_agent","click_id","partner_id"];
function Qt(e){var t;let n={},i=y(e);for(let a=0;a<i.length;a++){let l=v(i[a]),s=l===r?r:u(l.field);l===r||s===r||xt.indexOf(s)===-1||(n[s]=((t=n[s])!=null?t:[]).concat(y(l.value).length>0?y(l.value):[l.value]))}return n}
function ie(e,t){e.indexOf(t)===-1&&e.push(t)}
function Kt(e,t,n,i){var a;let l=[];for(let s=0;s<t.length;s++){let o=Bt(e,t[s],n);if(o===r)continue;o.skip!==r&&ie(i,e+" left out: "+o.skip);let c=(a=o.hashed)!=null?a:o.plain!==r?He(o.plain,{outputEncoding:"hex"}):r;c!==r&&l.indexOf(c)===-1&&l.push(c)}return l}
function Xt(e,t,n){for(let l=0;l<e.length;l++){let s=Ne("country",e[l]);if(s!==r&&s.value!==r)return s.value}let i=u(t),a=i===r?r:Rt(i);return i!==r&&a===r&&ie(n,"the Default country is not a two-letter ISO 3166-1 code: ignored"),a}
function Yt(e,t,n,i){var a,l,s,o,c,d,f,_;let b=Ct(e);((a=v(e.user_data))!=null?a:{}).sha256_phone_number!==r&&ie(i,"ph left out: GA4's sha256_phone_number hashes the number with \"+\", which never matches Pinterest's digits-only hash");let p=Qt(t),C={country:Xt((s=(l=p.country)!=null?l:b.country)!=null?s:[],n,i)},w={};for(let O=0;O<De.length;O++){let g=De[O],k=(c=(o=p[g])!=null?o:b[g])!=null?c:[],m=Kt(g,k,C,i);m.length>0&&(w[g]=m)}let E={client_ip_address:be(e.ip_override),client_user_agent:u(e.user_agent),click_id:(_=(f=(d=St(e.page_location))!=null?d:u(Ve("_epik")[0]))!=null?f:u(e.click_id))!=null?_:u(e.epik),partner_id:u(e.partner_id)};for(let O=0;O<Fe.length;O++){let g=Fe[O],k=p[g]===r?r:u(p[g][0]),m=Jt(g,g==="client_ip_address"&&k!==r?be(k):k!=null?k:E[g]);m!==r&&(w[g]=m)}return w}
function Jt(e,t){let n=j(t,Y);return n===r||we(n)||e==="click_id"&&!ht(n,ut)?r:n}
function Wt(e){return e.em!==r||e.hashed_maids!==r||e.client_ip_address!==r&&e.client_user_agent!==r}
var Zt=["web","app_android","app_ios","offline"],$t=168*3600;
function en(e){let t=R.floor(Q()/1e3),n=x(e);if(n===r||n<1e9)return t;let i=R.floor(n>1e11?n/1e3:n);return i>t?t:i}
function tn(e){let t=u(e);if(t===r)return r;let n=t.toLowerCase();if(n.indexOf("https://")!==0&&n.indexOf("http://")!==0)return r;let i=t.length,a=t.indexOf("?"),l=t.indexOf("#");return a!==-1&&(i=a),l!==-1&&l<i&&(i=l),he(t.slice(0,i),ot)}
function nn(e){let t=u(e);if(t===r)return r;let n=t.slice(0,2).toLowerCase();return n.length===2&&n>="aa"&&n<="zz"?n:r}
function rn(e){let t=u(e);return t!==r&&Zt.indexOf(t.toLowerCase())!==-1?t.toLowerCase():"web"}
function an(e){let t=u(e);if(t===r||t.indexOf("ss-")!==0||t.length<4||t.length>64)return r;for(let n=3;n<t.length;n++){let i=t.charAt(n);if(!(i>="a"&&i<="z"||i>="0"&&i<="9"||i==="-"||i==="_"))return r}return t}
function ln(e,t,n){let i=[];I(t.event_id)===r&&u(t.event_id)!==r&&i.push("the event_id is not 1 to 256 characters of text: generated one");let a=yt(t.event_id,n,()=>{var _;return(_=I(t.transaction_id))!=null?_:I(t.order_id)}),l=Yt(t,e.userDataOverrides,e.defaultCountry,i),s={event_name:n,action_source:rn(t.action_source),event_time:en(t.event_time),event_id:a!=null?a:"gen_"+Q()+"_"+require("generateRandom")(1e8,999999999),user_data:l},o=tn(t.page_location);o!==r&&(s.event_source_url=o);let c=nn(t.language);c!==r&&(s.language=c),(t.opt_out===!0||t.opt_out==="true")&&(s.opt_out=!0);let d=an(e.partnerName);d!==r?s.partner_name=d:u(e.partnerName)!==r&&i.push("partner_name left out: Pinterest assigns names of the form ss-<partner>, lower-case");let f=At(t,n,e.customDataOverrides,e.defaultCurrency,_=>{i.push(_)});return Xe(f).length>0&&(s.custom_data=f),{event:s,generatedId:a===r,notes:i}}
function sn(e,t){var n;let i=y(e);for(let a=0;a<i.length;a++){let l=v(i[a]),s=l===r?r:u(l.ga4Event);if(s!==r&&s.toLowerCase()===t.toLowerCase())return(n=u(l.pinterestEvent))!=null?n:""}return r}
function ae(e){if(!z(e))return{skip:"the Pinterest event name set in the tag must be letters and underscores"};let t=ge(e).tag;return{name:t!==r?_e(t):e}}
function on(e,t){let n=u(e.eventNameSource);if(n===me.standard){let o=u(e.eventNameStandard);return o===r?{skip:"no standard event chosen"}:ae(o)}if(n===me.custom){let o=u(e.customEventName);return o===r?{skip:"no custom event name"}:ae(o)}let i=u(t.event_name);if(i===r)return{skip:"the event has no event_name"};let a=sn(e.eventNameMapping,i);if(a!==r)return ae(a);let l=ge(i);if(l.tag!==r)return{name:_e(l.tag)};if(l.skip!==r)return{skip:l.skip};if(t[at]===lt&&z(i))return{name:i};let s=u(e.unknownEvents);return s===ve.custom?{name:"custom"}:s===ve.passthrough?{name:z(i)?i:"custom"}:{skip:(z(i)?'event "'+i+'"':"an event with an invalid name")+" has no Pinterest event (unknown events are skipped)"}}
function un(){var e;let t={},n=(e=v(ze()))!=null?e:{};for(let i=0;i<$.length;i++){let a=n[$[i]];a!==r&&(t[$[i]]=a)}return t}
var cn={testMode:!1,eventNameSource:"inherit",eventNameStandard:"checkout",unknownEvents:"skip",consentMode:"respect",logMode:"debug",bigQueryLogging:!1,maxRetries:"2",timeoutMs:"5000"};
function dn(e){var t,n;let i=(t=u(e.page_location))!=null?t:"",a=(n=u(e.user_agent))!=null?n:"";return i.indexOf("gtm-msr.appspot.com")!==-1||a.indexOf("GoogleStackdriverMonitoring")!==-1||a.indexOf("Google-Cloud-Scheduler")!==-1}
var fn="[redacted]";
function gn(e){var t,n;let i=M.parse((t=M.stringify(e))!=null?t:"null"),a=i!==r&&i!==null&&i.data!==r?i.data:[];for(let l=0;l<a.length;l++)a[l].user_data!==r&&((n=a[l].user_data)==null?r:n.client_ip_address)!==r&&(a[l].user_data.client_ip_address=fn);return i}
function _n(e){let t=u(e);if(t===r||t.length>64)return r;let n=t.indexOf("/"),i=n===-1?t:t.slice(0,n);if(i.length!==32)return r;for(let l=0;l<i.length;l++)if("0123456789abcdefABCDEF".indexOf(i.charAt(l))===-1)return r;let a=n===-1?"":t.slice(n+1);for(let l=0;l<a.length;l++)if("0123456789;o=".indexOf(a.charAt(l))===-1)return r;return t}
function hn(e){if(e===Z.always)return!0;if(e!==Z.debug)return!1;let t=require("getContainerVersion")();return t.debugMode||t.previewMode}
function pn(e,t){var n;let i=hn((n=u(e.logMode))!=null?n:Z.debug),a=e.bigQueryLogging===!0&&u(e.bigQueryDatasetId)!==r&&u(e.bigQueryTableId)!==r;if(!i&&!a)return r;let l=require("logToConsole"),s=_n(require("getRequestHeader")("trace-id")),o=require("getTimestampMillis")()+"."+require("generateRandom")(1e5,999999);return(c,d)=>{let f={Name:"Pinterest Conversions API",Type:c,TraceId:s,FireId:o,EventName:t};for(let _ in d)f[_]=d[_];if(i&&l(M.stringify(f)),a){let _={datasetId:u(e.bigQueryDatasetId),tableId:u(e.bigQueryTableId)},b=u(e.bigQueryProjectId);b!==r&&(_.projectId=b),require("BigQuery").insert(_,[{timestamp:require("getTimestampMillis")(),type:c,trace_id:s,event_name:t,message:M.stringify(d)}],{ignoreUnknownValues:!0})}}}
var mn=e=>e===429||e>=500;
function Ue(e){var t;let n=v(e),i=v((t=v(e))==null?r:t.details),a=y(n==null?r:n.events).length>0?y(n==null?r:n.events):y(i==null?r:i.events),l=[];for(let s=0;s<a.length;s++){let o=v(a[s]);o!==r&&l.push(o)}return l}
function F(e){let t=u(e);return t===r?r:t.slice(0,500)}
function vn(e,t,n){let i=M.stringify(e.body),a={Authorization:"Bearer "+e.token,"Content-Type":"application/json"},l=s=>{t==null||t("Request",{RequestMethod:"POST",RequestUrl:e.url,RequestBody:gn(e.body),EventId:e.eventId,Attempt:s}),je(e.url,{method:"POST",headers:a,timeout:e.timeoutMs},i).then(o=>{var c,d,f,_;let b=(c=v(o))!=null?c:{},p=(d=x(b.statusCode))!=null?d:0,C=u(b.body),w=C===r?r:M.parse(C);if(t==null||t("Response",{ResponseStatusCode:p,ResponseBody:w===r?F(C):w,EventId:e.eventId,Attempt:s}),p>=200&&p<300){let g=Ue(w),k=!1;for(let m=0;m<g.length;m++){let U=F(g[m].warning_message);U!==r&&(t==null||t("Message",{Message:"Pinterest warning: "+U})),g[m].status==="failed"&&(k=!0,t==null||t("Message",{Message:"Pinterest rejected the event: "+((f=F(g[m].error_message))!=null?f:"no reason given")}))}n(!k);return}if(mn(p)&&s<=e.maxRetries){t==null||t("Message",{Message:"HTTP "+p+": retrying with the same event_id"}),l(s+1);return}let E=v(w);t==null||t("Message",{Message:"Pinterest answered HTTP "+p,ErrorCode:x(E==null?r:E.code),ErrorMessage:F(E==null?r:E.message)});let O=Ue(w);for(let g=0;g<O.length;g++)O[g].status==="failed"&&(t==null||t("Message",{Message:"event "+g+" failed: "+((_=F(O[g].error_message))!=null?_:"")}));n(!1)},o=>{var c;let d=u((c=v(o))==null?r:c.reason);if(s<=e.maxRetries){t==null||t("Message",{Message:"request "+(d!=null?d:"failed")+": retrying with the same event_id"}),l(s+1);return}t==null||t("Message",{Message:"request "+(d!=null?d:"failed")+" after "+s+" attempts"}),n(!1)})};l(1)}
function yn(e){for(let t=0;t<e.length;t++){let n=e.charAt(t);if(!(n>="a"&&n<="z"||n>="A"&&n<="Z"||n>="0"&&n<="9"||"-._~+/=".indexOf(n)!==-1))return!1}return e.length>0}
function Re(e){if(e.length===0||e.length>18)return!1;for(let t=0;t<e.length;t++)if(e.charAt(t)<"0"||e.charAt(t)>"9")return!1;return!0}
function kn(){var e,t,n;let i=Ye(data,cn),a=un(),l=on(i,a),s=pn(i,(e=l.name)!=null?e:"");if(dn(a)){s==null||s("Message",{Message:"skipped: a health check, not a visitor"}),data.gtmOnSuccess();return}if(l.name===r){s==null||s("Message",{Message:"skipped: "+((t=l.skip)!=null?t:"")}),data.gtmOnSuccess();return}let o=Ze(We(a));if(o!==r&&u(i.consentMode)!==kt.always){s==null||s("Message",{Message:"not sent: "+o}),data.gtmOnSuccess();return}let c=(n=u(i.adAccountId))!=null?n:"",d=u(i.accessToken);if(!Re(c)||d===r||!yn(d)){s==null||s("Message",{Message:Re(c)?d===r?"the access token is empty":"the access token has spaces or other characters a token cannot have: check the variable that holds it":"the ad account ID must be digits only (at most 18)"}),data.gtmOnFailure();return}let f=ln(i,a,l.name);for(let p=0;p<f.notes.length;p++)s==null||s("Message",{Message:f.notes[p]});if(f.event.event_time<R.floor(Q()/1e3)-$t){s==null||s("Message",{Message:"not sent: the event is older than the 7 days Pinterest accepts"}),data.gtmOnFailure();return}if(f.generatedId&&(s==null||s("Message",{Message:"no event_id in the event data: generated one, so this event cannot be deduplicated with the browser tag"})),!Wt(f.event.user_data)){s==null||s("Message",{Message:"not sent: Pinterest needs an email, a mobile ad id, or both the IP address and the user agent"}),data.gtmOnFailure();return}let _=P(i.maxRetries),b=P(i.timeoutMs);vn({url:Ge+c+"/events"+(i.testMode===!0?"?test=true":""),token:d,body:{data:[f.event]},eventId:f.event.event_id,timeoutMs:b!==r&&b>0?b:wt,maxRetries:_!==r&&_>=0?_>5?5:_:bt},s,p=>{p?data.gtmOnSuccess():data.gtmOnFailure()})}
kn()


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


___NOTES___

Built from TypeScript by pinterest-gtm (https://github.com/pinterest-gtm/pinterest-gtm). Edit the sources, not this file.


