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
const V=require("getTimestampMillis"),T=require("JSON"),N=require("Math"),je=require("getAllEventData"),He=require("sendHttpRequest"),Ge=require("getCookieValues"),Ve=require("sha256Sync");
var Be="https://api.pinterest.com/v5/ad_accounts/",B;
function ae(e){return B===r&&(B=require("getType")),B(e)}
var Q=e=>e-e===0;
function u(e){const t=typeof e;let n;if(t==="string")n=e.trim();else if(t==="number"){if(!Q(e))return r;n=""+e}else if(t==="boolean")n=e?"true":"false";else return r;return n===""?r:n}
function Qe(e){let t=0,n=!1;for(let i=0;i<e.length;i++){const s=e.charAt(i);if(s>="0"&&s<="9")t++;else if(s==="."&&!n)n=!0;else if(!(s==="-"&&i===0))return!1}return t>0}
function x(e){const t=typeof e;if(t==="number")return Q(e)?e:r;if(t!=="string")return r;const n=e.trim();if(!Qe(n))return r;const i=+n;return Q(i)?i:r}
function R(e){const t=x(e);if(t===r)return r;const n=t-t%1;return n===0?t*0:n}
function Ke(e){const t=R(e);return t!==r&&t>=0&&t<=1e6?t:r}
function v(e){return Xe(e)?e:r}
function y(e){return Ze(e)?e:[]}
function Xe(e){return typeof e=="object"&&e!==null&&ae(e)==="object"}
function Ze(e){return typeof e=="object"&&e!==null&&ae(e)==="array"}
function Ye(e){const t=[];for(const n in e)t.push(n);return t}
function We(e,t){const n={},i=e;for(const s in i)n[s]=i[s];for(const s in t)(n[s]===r||n[s]===null)&&(n[s]=t[s]);return n}
function oe(e){return"trnv".indexOf(e)!==-1&&e!==""?"granted":"pqmu".indexOf(e)!==-1&&e!==""?"denied":r}
function Je(e,t){const n={adStorage:r,adUserData:r},i=u(t);i!==r&&i.length>=9&&i.charAt(0)==="1"&&(n.adStorage=oe(i.charAt(2)),n.adUserData=oe(i.charAt(6)));const s=u(e);if(s!==r&&s.length===4&&s.slice(0,2)==="G1"){const a=s.charAt(2);n.adStorage===r&&(n.adStorage=a==="1"?"granted":a==="0"?"denied":r)}return n}
function ce(e){return e==="granted"||e==="denied"?e:r}
function $e(e){var t,n;const i=Je(e["x-ga-gcs"],e["x-ga-gcd"]),s=v(e.consent_state);return s===r?i:{adStorage:(t=ce(s.ad_storage))!=null?t:i.adStorage,adUserData:(n=ce(s.ad_user_data))!=null?n:i.adUserData}}
function et(e){return e.adStorage==="denied"?"ad_storage is denied":e.adUserData==="denied"?"ad_user_data is denied":r}
var U="page",ue="page_visit view_category search add_to_cart checkout signup lead watch_video custom add_payment_info add_to_wishlist initiate_checkout subscribe view_content contact customize_product find_location schedule start_trial submit_application",tt="page_view=page gtm.js=page gtm.dom=page gtm.load=page view_item=page_visit view_item_list=view_category select_item=view_content select_promotion=view_content view_promotion=view_content search add_to_cart add_to_wishlist begin_checkout=initiate_checkout add_payment_info purchase=checkout generate_lead=lead sign_up=signup video_start=watch_video",nt="view_search_results view_cart remove_from_cart add_shipping_info refund qualify_lead disqualify_lead working_lead close_convert_lead close_unconvert_lead login video_progress video_complete select_content share join_group tutorial_begin tutorial_complete ad_impression earn_virtual_currency spend_virtual_currency level_start level_end level_up post_score unlock_achievement first_visit session_start user_engagement scroll click file_download form_start form_submit";
function K(e,t){if(t===""||t.indexOf(" ")!==-1||t.indexOf("=")!==-1)return r;const n=" "+e+" ",i=n.indexOf(" "+t+"=");if(i!==-1){const s=i+t.length+2;return n.slice(s,n.indexOf(" ",s))}return n.indexOf(" "+t+" ")!==-1?t:r}
var le=e=>e.split("_").join("");
function de(e){if(K(ue,e)!==r)return e;const t=ue.split(" ");for(let n=0;n<t.length;n++)if(le(t[n])===e)return t[n];return r}
function rt(e){const t=K(tt,e);if(t===U)return U;const n=t!=null?t:de(e);return n===r?r:le(n)}
function fe(e){if(e===r)return{};const t=e.trim().toLowerCase();if(K(nt,t)!==r)return{skip:t+" is not a conversion Pinterest counts (README, event table)"};const n=rt(t);return n===r?{}:{tag:n}}
function ge(e){var t;return e===U?"page_visit":e.indexOf("_")===-1&&(t=de(e))!=null?t:e}
function P(e){if(e===""||e.length>100)return!1;for(let t=0;t<e.length;t++){const n=e.charAt(t);if(!(n>="a"&&n<="z"||n>="A"&&n<="Z"||n==="_"))return!1}return!0}
function it(e){return e==="add_to_cart"||e==="initiate_checkout"||e==="checkout"}
var st="x-pinterest-gtm-source",at="client",ot=256,ct=2048,ut=512,X=500,Z=e=>e>="a"&&e<="z"||e>="A"&&e<="Z",_e=e=>e>="0"&&e<="9",lt=e=>Z(e)||_e(e)||e>""||"._%+-'".indexOf(e)!==-1,dt=e=>Z(e)||_e(e)||e>""||e==="."||e==="-";
function ft(e,t){let n=t;for(;n<e.length&&dt(e.charAt(n));)n++;for(;n>t&&e.charAt(n-1)===".";)n--;const i=e.lastIndexOf(".",n-1);if(i<=t||n-i<3)return!1;for(let s=i+1;s<n;s++)if(!Z(e.charAt(s))&&e.charAt(s)<="")return!1;return!0}
function gt(e){const t=e.split("%40").join("@");for(let n=t.indexOf("@");n!==-1;n=t.indexOf("@",n+1))if(n>0&&lt(t.charAt(n-1))&&ft(t,n+1))return!0;return!1}
var _t="\uD800",ht="\uDBFF",pt="\uDC00",mt="\uDFFF",vt=e=>e>=_t&&e<=ht,he=e=>e>=pt&&e<=mt,yt=e=>e<" "||e==="";
function bt(e,t){let n=0;for(let i=0;i<e.length;i++){const s=e.charAt(i);if(yt(s)||he(s))return-1;if(vt(s)){if(!he(e.charAt(i+1)))return-1;i++}if(n++,n>t)return n}return n}
function kt(e,t){const n=bt(e,t);return n>=1&&n<=t}
function z(e,t){const n=u(e);return n!==r&&kt(n,t)?n:r}
function pe(e,t){const n=z(e,t);return n===r||gt(n)?r:n}
var wt=e=>e>="a"&&e<="z"||e>="A"&&e<="Z"||e>="0"&&e<="9";
function Ot(e,t){if(e.length===0||e.length>t)return!1;for(let n=0;n<e.length;n++){const i=e.charAt(n);if(!wt(i)&&i!=="+"&&i!=="/"&&i!=="-"&&i!=="_"&&i!=="=")return!1}return!0}
function F(e){const t=u(e);if(t===r||t.length!==3)return r;const n=t.toUpperCase();for(let i=0;i<3;i++)if(n.charAt(i)<"A"||n.charAt(i)>"Z")return r;return n}
function Y(e){const t=e>=0?1e-7:-1e-7,n=""+N.round(e*100+t)/100;return n.indexOf("e")===-1&&n!=="NaN"&&n.indexOf("Infinity")===-1?n:r}
var E=e=>z(e,X),D=e=>pe(e,X);
function me(e){var t;const n={},i=E(e.id),s=D(e.name);if(i===r&&s===r)return r;i!==r&&(n.id=i);const a=x(e.price),o=a===r?r:a+((t=x(e.discount))!=null?t:0),c=o===r?r:Y(o);c!==r&&(n.item_price=c);const l=Ke(e.quantity);l!==r&&(n.quantity=l),s!==r&&(n.item_name=s);const d=D(e.category);d!==r&&(n.item_category=d);const f=D(e.brand);return f!==r&&(n.item_brand=f),n}
function xt(e){const t=[],n=y(e.items);for(let s=0;s<n.length;s++){const a=v(n[s]);a!==r&&t.push({id:a.item_id,name:a.item_name,category:a.item_category,brand:a.item_brand,price:a.price,discount:a.discount,quantity:a.quantity})}if(t.length>0)return t;const i=y(e.line_items);for(let s=0;s<i.length;s++){const a=v(i[s]);a!==r&&t.push({id:a.product_id,name:a.product_name,category:a.product_category,brand:a.product_brand,price:a.product_price,discount:a.product_discount,quantity:a.product_quantity})}return t}
function At(e,t,n){var i,s,a,o,c;const l={},d=[],f=[];let _=0,k=0;const p=xt(e);for(let b=0;b<p.length;b++){const m=me(p[b]);if(m===r)continue;m.id!==r&&f.push(m.id),d.push(m);const q=m.quantity===r?1:m.quantity;_+=q;const Fe=x(p[b].price);k=k===r||Fe===r?r:k+Fe*q}const S=(s=F(e.currency))!=null?s:F((i=v(y(e.items)[0]))==null?r:i.currency);S!==r&&(l.currency=S);let w=x(e.value);w===r&&d.length>0&&k!==r&&it(t)&&(w=k,n("value computed from the items (price × quantity)"));const A=w===r?r:Y(w);A!==r&&(l.value=A);const O=(a=E(e.transaction_id))!=null?a:E(e.order_id);O!==r&&(l.order_id=O),d.length>0&&(l.contents=d,l.num_items=_),f.length>0&&(l.content_ids=f);const g=[["search_string",(c=(o=e.search_term)!=null?o:e.search_string)!=null?c:e.search_query],["content_name",e.content_name],["content_category",e.content_category],["content_brand",e.content_brand]];for(let b=0;b<g.length;b++){const m=D(g[b][1]);m!==r&&(l[g[b][0]]=m)}return u(e.opt_out_type)==="LDP"&&(l.opt_out_type="LDP"),l}
var Et="checkout_",W=e=>z(e,ot);
function It(e,t,n,i,s){const a=W(e);if(a!==r)return a;const o=t==="checkout"?W(n()):r,c=o===r?r:W(Et+o);return c!==r?c:i!==r&&(t===U||t==="pagevisit")?i():s===r?r:s()}
var ve={inherit:"inherit",standard:"standard",custom:"custom"},ye={skip:"skip",custom:"custom",passthrough:"passthrough"},St={respect:"respect",always:"always"},J={off:"off",debug:"debug",always:"always"},Tt=2,Mt=5e3,$=["event_name","event_id","event_time","page_location","language","ip_override","user_agent","user_id","opt_out","user_data","email","phone","click_id","epik","partner_id","value","currency","transaction_id","order_id","items","line_items","search_term","search_string","search_query","content_name","content_category","content_brand","opt_out_type","x-ga-gcs","x-ga-gcd","action_source","consent_state","x-pinterest-gtm-source"],Ct=["value","currency","order_id","content_ids","contents","num_items","search_string","content_name","content_category","content_brand","opt_out_type"],Dt=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","client_ip_address","client_user_agent","click_id","partner_id"];
function be(e){if(y(e).length>0)return y(e);const t=u(e);return t===r?[]:t.charAt(0)==="["?y(T.parse(t)):t.split(",").map(n=>n.trim()).filter(n=>n!=="")}
function Lt(e){const t=[],n=be(e);for(let i=0;i<n.length;i++){const s=v(n[i]),a=s===r?r:me({id:s.id,name:s.item_name,category:s.item_category,brand:s.item_brand,price:s.item_price,quantity:s.quantity});a!==r&&t.push(a)}return t.length>0?t:r}
function qt(e,t){switch(e){case"value":{const n=x(t);return n===r?r:Y(n)}case"currency":return F(t);case"num_items":{const n=R(t);return n!==r&&n>=0?n:r}case"content_ids":{const n=be(t).map(E).filter(i=>i!==r);return n.length>0?n:r}case"contents":return Lt(t);case"opt_out_type":return u(t)==="LDP"?"LDP":r;case"order_id":return E(t);default:return Ct.indexOf(e)!==-1?D(t):r}}
function Nt(e,t,n,i,s){const a=At(e,t,s),o=y(n);for(let c=0;c<o.length;c++){const l=v(o[c]),d=l===r?r:u(l.field);if(l===r||d===r)continue;const f=qt(d,l.value);f!==r&&(a[d]=f)}if(a.value!==r&&a.currency===r){const c=F(i);c!==r?a.currency=c:(require("Object").delete(a,"value"),s("value left out: the event has no currency and the Default currency field is empty"))}return a}
function h(e,t,n){var i;const s=y(n),a=s.length>0?s:n===r||n===null?[]:[n];a.length!==0&&(e[t]=((i=e[t])!=null?i:[]).concat(a))}
function Rt(e){var t;const n={},i=(t=v(e.user_data))!=null?t:{};h(n,"em",i.email_address),h(n,"em",i.sha256_email_address),h(n,"em",i.em),h(n,"em",e.email),h(n,"ph",i.phone_number),h(n,"ph",i.ph),h(n,"ph",e.phone),h(n,"ge",i.gender),h(n,"ge",i.ge),h(n,"db",i.date_of_birth),h(n,"db",i.db),h(n,"external_id",i.external_id),h(n,"external_id",e.user_id);const s=["fn","ln","ct","st","zp","country","hashed_maids"];for(let o=0;o<s.length;o++)h(n,s[o],i[s[o]]);const a=y(i.address).length>0?y(i.address):[i.address];for(let o=0;o<a.length;o++){const c=v(a[o]);c!==r&&(h(n,"fn",c.first_name),h(n,"fn",c.sha256_first_name),h(n,"ln",c.last_name),h(n,"ln",c.sha256_last_name),h(n,"ct",c.city),h(n,"st",c.region),h(n,"zp",c.postal_code),h(n,"country",c.country))}return n}
var Ut=45;
function ke(e){const t=u(e);if(t===r||t.length>Ut||t.indexOf(".")===-1&&t.indexOf(":")===-1)return r;const n=t.toLowerCase();for(let i=0;i<n.length;i++){const s=n.charAt(i);if(!(s>="0"&&s<="9"||s>="a"&&s<="f"||s==="."||s===":"))return r}return t}
function we(e){const t=u(e);if(t===r)return r;const n=t.split(",")[0].trim();if(n.charAt(0)==="["){const s=n.indexOf("]");return s>1?ke(n.slice(1,s)):r}const i=n.split(":").length-1;return ke(i===1?n.split(":")[0]:n)}
function Pt(e){const t=u(e);if(t===r||t.indexOf("epik")===-1&&t.indexOf("%")===-1)return r;const n=require("parseUrl")(t);if(n===r)return r;const i=n.searchParams.epik;return u(y(i).length>0?y(i)[0]:i)}
function ee(e,t){if(e.length!==t)return!1;for(let n=0;n<t;n++)if("0123456789abcdefABCDEF".indexOf(e.charAt(n))===-1)return!1;return!0}
function Oe(e){return ee(e,64)}
function zt(e){return ee(e,32)||ee(e,40)}
var Ft="an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only";
function jt(e){const t=e.toLowerCase();let n="";for(let i=0;i<t.length;i++)" 	\n\r ".indexOf(t.charAt(i))===-1&&(n+=t.charAt(i));return n.indexOf("@")>0?n:r}
var I=",ar54.0.ab,at43.0.4d,au61.0.5c,be32.0.89,br55.0.8b,ca1.1.7a,ch41.0.9c,cl56..9b,co57.0.8b,cy357..88,cz420..9c,de49.0.4f,dk45..88,es34..99,fi358.0.5c,fr33.0.99,gb44.0.7a,gr30..ac,hk852..5b,hu36.06.89,ie353.0.7a,il972.0.7c,it39..6c,jp81.0.8h,kr82.0.5e,lu352..4b,mt356..88,mx52..aa,nl31.0.5b,no47..58,nz64.0.5a,pl48..6a,pt351..99,ro40.0.69,se46.0.6c,sg65..8b,sk421.0.69,us1.1.aa",xe="0123456789abcdefghijklmnopqrstuvwxyz";
function Ae(e){const t=I.indexOf(",",e),n=t===-1?I.slice(e):I.slice(e,t),i=n.slice(2).split(".");return{country:n.slice(0,2),code:i[0],trunk:i[1],min:xe.indexOf(i[2].charAt(0)),max:xe.indexOf(i[2].charAt(1))}}
function Ee(e,t){if(e!==r){const n=e.length===2?I.indexOf(","+e):-1;return n===-1?r:Ae(n+1)}for(let n=I.indexOf(",");n!==-1;n=I.indexOf(",",n+1))if(t.indexOf(I.slice(n+3,I.indexOf(".",n+3)))===0)return Ae(n+1);return r}
var Ie=15,te=e=>e.length<=Ie?{value:e}:{skip:"longer than 15 digits"};
function Se(e,t,n){const i=a=>a.length>=e.min&&a.length<=e.max,s=e.trunk!==""&&t.indexOf(e.trunk)===0?t.slice(e.trunk.length):r;return s!==r&&i(s)?te(e.code+s):n&&t.indexOf(e.code)===0&&i(t.slice(e.code.length))?te(t):i(t)?te(e.code+t):{skip:"not a possible length for "+e.country.toUpperCase()}}
function Ht(e,t){let n="",i=!1;const s=e.split("(0)").join("");for(let d=0;d<s.length;d++){const f=s.charAt(d);f>="0"&&f<="9"?n+=f:f==="+"&&n===""&&(i=!0)}const a=t===r?r:Ee(t,""),o=i?0:n.indexOf("00")===0?2:a!==r&&a.code==="1"&&n.indexOf("011")===0?3:-1;if(o===-1)return a!==r?Se(a,n,!0):{skip:t===r?"no country for a national number":"no calling plan for "+t.toUpperCase()};const c=n.slice(o),l=Ee(r,c);return l!==r?Se(l,c.slice(l.code.length),!1):c.length>=7&&c.length<=Ie&&c.charAt(0)!=="0"?{value:c}:{skip:"not a possible international number"}}
var Te=",ab|alberta|,bc|britishcolumbia|,mb|manitoba|,nb|newbrunswick|,nl|newfoundlandandlabrador|,ns|novascotia|,nt|northwestterritories|,nu|nunavut|,on|ontario|,pe|princeedwardisland|,qc|quebec|,sk|saskatchewan|,yt|yukon|",Gt=",us|usa|unitedstatesofamerica|unitedstates|,gb|gbr|unitedkingdom|uk|greatbritain|,ca|can|canada|,ie|irl|ireland|eire|,au|aus|australia|,nz|nzl|newzealand|,fr|fra|france|,se|swe|sweden|sverige|,il|isr|israel|ישראל|,de|deu|germany|deutschland|,at|aut|austria|osterreich|,it|ita|italy|italia|,es|esp|spain|espana|,nl|nld|netherlands|thenetherlands|netherlandskingdomofthe|koninkrijkdernederlanden|nederland|,be|bel|belgium|koninkrijkbelgie|belgie|belgique|belgien|,pt|prt|portugal|,ch|che|switzerland|schweiz|suisse|svizzera|,hk|hkg|hongkong|香港|,jp|jpn|japan|日本|,kr|kor|southkorea|korearepublicof|republicofkorea|대한민국|,sg|sgp|singapore|,no|nor|norway|norge|noreg|,dk|dnk|denmark|danmark|,fi|fin|finland|suomi|,cy|cyp|cyprus|κύπρος|,lu|lux|luxembourg|luxemburg|,mt|mlt|malta|,pl|pol|poland|polska|,ro|rou|romania|,hu|hun|hungary|magyarorszag|,cz|cze|czechrepublic|czechia|ceskarepublika|,gr|grc|greece|ελλάδα|,sk|svk|slovakia|slovensko|,br|bra|brazil|brasil|,mx|mex|mexico|,ar|arg|argentina|,cl|chl|chile|,co|col|colombia|",Me="aàáâãäå,aeæ,cçč,dð,eèéêë,iìíîï,nñ,oòóôõöø,ssß,thþ,uùúûü,yýÿ";
function Vt(e,t){let n=e.lastIndexOf(",",t)+1,i="";for(;n<e.length&&e.charAt(n)>="a"&&e.charAt(n)<="z";)i+=e.charAt(n++);return i}
function Bt(e){return e<"À"||e==="×"||e==="÷"||e>="̀"&&e<="ͯ"||e>=" "&&e<="⁯"||e>="　"&&e<="〿"}
function ne(e,t){const n=e.toLowerCase();let i="";for(let s=0;s<n.length;s++){const a=n.charAt(s);if(a>="a"&&a<="z"||a>="0"&&a<="9")i+=a;else if(!Bt(a)){const o=t.indexOf(a);i+=o===-1?a:Vt(t,o)}}return i}
var Ce=",ak|alaska|,al|alabama|,ar|arkansas|,as|americansamoa|,az|arizona|,ca|california|,co|colorado|,ct|connecticut|,dc|districtofcolumbia|,de|delaware|,fl|florida|,ga|georgia|,gu|guam|,hi|hawaii|,ia|iowa|,id|idaho|,il|illinois|,in|indiana|,ks|kansas|,ky|kentucky|,la|louisiana|,ma|massachusetts|,md|maryland|,me|maine|,mi|michigan|,mn|minnesota|,mo|missouri|,mp|northernmarianaislands|,ms|mississippi|,mt|montana|,nc|northcarolina|,nd|northdakota|,ne|nebraska|,nh|newhampshire|,nj|newjersey|,nm|newmexico|,nv|nevada|,ny|newyork|,oh|ohio|,ok|oklahoma|,or|oregon|,pa|pennsylvania|,pr|puertorico|,ri|rhodeisland|,sc|southcarolina|,sd|southdakota|,tn|tennessee|,tx|texas|,um|unitedstatesminoroutlyingislands|,ut|utah|,va|virginia|,vi|unitedstatesvirginislands|,vt|vermont|,wa|washington|,wi|wisconsin|,wv|westvirginia|,wy|wyoming|",re=e=>e>="a"&&e<="z";
function Qt(e){let t="";const n=e.toLowerCase();for(let i=0;i<n.length;i++){const s=n.charAt(i);if(re(s))t+=s;else if(s!==" "&&s!=="."&&s!=="	")return r}return t.length===2?t:r}
function De(e,t){const n=t===""?-1:e.indexOf("|"+t+"|");if(n===-1)return r;const i=e.lastIndexOf(",",n)+1;return e.slice(i,e.indexOf("|",i))}
var Kt=(e,t)=>e.indexOf(","+t+"|")!==-1,j=e=>e.length===2&&re(e.charAt(0))&&re(e.charAt(1));
function Xt(e){var t;const n=ne(e,Me),i=(t=De(Gt,n))!=null?t:j(n)?n:r;return i!==r?{value:i}:{skip:"not a two-letter code, nor a known name or alpha-3 code"}}
function Zt(e,t){var n;const i=e.trim(),s=i.charAt(2)==="-"?ne(i.slice(0,2),""):"",a=j(s)?s:t,o=ne(j(s)?i.slice(3):i,Me),c=a==="us"?Ce:a==="ca"?Te:a===r?Ce+Te:"",l=a==="us"||a==="ca",d=(n=Kt(c,o)?o:De(c,o))!=null?n:!l&&j(o)?o:r;return d!==r?{value:d}:{skip:l?"not a state or province of "+a.toUpperCase():"not a two-letter state code"}}
var Le=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","hashed_maids"],H=e=>e>="0"&&e<="9",qe=e=>e===" "||e==="	"||e==="\n"||e==="\r"||e===" ",Yt="!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function C(e,t){let n="";for(let i=0;i<e.length;i++)t(e.charAt(i))&&(n+=e.charAt(i));return n}
var Ne={f:"f",female:"f",woman:"f",w:"f",m:"m",male:"m",man:"m",n:"n","non-binary":"n",nonbinary:"n","non binary":"n"};
function Wt(e){const t=C(e,H),n=e.split("-").length===3?e.split("-"):e.split("/").length===3?e.split("/"):e.split(".");if(n.length===3&&n[0].trim().length===4){const i=a=>a.trim().length===1?"0"+a.trim():a.trim(),s=n[0].trim()+i(n[1])+i(n[2]);return C(s,H).length===8?s:r}return t.length===8&&t===e&&(t.slice(0,2)==="19"||t.slice(0,2)==="20")?t:r}
function Jt(e){const t=C(e.toLowerCase(),i=>!qe(i)),n=t.slice(0,5);return C(n,H).length===5&&(t.length===5||t.length===10&&t.charAt(5)==="-"||t.length===9&&C(t,H).length===9)?n:t}
var M=(e,t)=>e===r||e===""?{skip:t}:{value:e},G="empty";
function Re(e,t,n){const i=u(t);if(i===r)return r;const s=i.toLowerCase();switch(e){case"em":return M(jt(i),"not an email address");case"ph":return Ht(i,n===r?r:n.country);case"ge":return M(Ne.hasOwnProperty(s)?Ne[s]:r,"not f, m or n");case"db":return M(Wt(i),"not a date");case"ct":return M(C(s,a=>!qe(a)&&Yt.indexOf(a)===-1),G);case"st":return Zt(i,n===r?r:n.country);case"country":return Xt(i);case"zp":return M(Jt(i),G);case"external_id":return M(i,G);default:return M(s,G)}}
function $t(e,t,n){const i=u(t);if(i===r)return r;if(Oe(i))return{hashed:i.toLowerCase()};if(e==="em"&&zt(i))return{skip:Ft};const s=Re(e,i,n);return s.value!==r?{plain:s.value}:{skip:s.skip}}
var Ue=["client_ip_address","client_user_agent","click_id","partner_id"];
function en(e){var t;const n={},i=y(e);for(let s=0;s<i.length;s++){const a=v(i[s]),o=a===r?r:u(a.field);a===r||o===r||Dt.indexOf(o)===-1||(n[o]=((t=n[o])!=null?t:[]).concat(y(a.value).length>0?y(a.value):[a.value]))}return n}
function ie(e,t){e.indexOf(t)===-1&&e.push(t)}
function tn(e,t,n,i){var s;const a=[];for(let o=0;o<t.length;o++){const c=$t(e,t[o],n);if(c===r)continue;c.skip!==r&&ie(i,e+" left out: "+c.skip);const l=(s=c.hashed)!=null?s:c.plain!==r?Ve(c.plain,{outputEncoding:"hex"}):r;l!==r&&a.indexOf(l)===-1&&a.push(l)}return a}
function nn(e,t,n){for(let a=0;a<e.length;a++){const o=Re("country",e[a]);if(o!==r&&o.value!==r)return o.value}const i=u(t),s=i===r?r:Qt(i);return i!==r&&s===r&&ie(n,"the Default country is not a two-letter ISO 3166-1 code: ignored"),s}
function rn(e,t,n,i){var s,a,o,c,l,d,f,_;const k=Rt(e);((s=v(e.user_data))!=null?s:{}).sha256_phone_number!==r&&ie(i,"ph left out: GA4's sha256_phone_number hashes the number with \"+\", which never matches Pinterest's digits-only hash");const p=en(t),S={country:nn((o=(a=p.country)!=null?a:k.country)!=null?o:[],n,i)},w={};for(let O=0;O<Le.length;O++){const g=Le[O],b=(l=(c=p[g])!=null?c:k[g])!=null?l:[],m=tn(g,b,S,i);m.length>0&&(w[g]=m)}const A={client_ip_address:we(e.ip_override),client_user_agent:u(e.user_agent),click_id:(_=(f=(d=Pt(e.page_location))!=null?d:u(Ge("_epik")[0]))!=null?f:u(e.click_id))!=null?_:u(e.epik),partner_id:u(e.partner_id)};for(let O=0;O<Ue.length;O++){const g=Ue[O],b=p[g]===r?r:u(p[g][0]),m=sn(g,g==="client_ip_address"&&b!==r?we(b):b!=null?b:A[g]);m!==r&&(w[g]=m)}return w}
function sn(e,t){const n=z(t,X);return n===r||Oe(n)||e==="click_id"&&!Ot(n,ut)?r:n}
function an(e){return e.em!==r||e.hashed_maids!==r||e.client_ip_address!==r&&e.client_user_agent!==r}
var on=["web","app_android","app_ios","offline"],cn=168*3600;
function un(e){const t=N.floor(V()/1e3),n=x(e);if(n===r||n<1e9)return t;const i=N.floor(n>1e11?n/1e3:n);return i>t?t:i}
function ln(e){const t=u(e);if(t===r)return r;const n=t.toLowerCase();if(n.indexOf("https://")!==0&&n.indexOf("http://")!==0)return r;let i=t.length;const s=t.indexOf("?"),a=t.indexOf("#");return s!==-1&&(i=s),a!==-1&&a<i&&(i=a),pe(t.slice(0,i),ct)}
function dn(e){const t=u(e);if(t===r)return r;const n=t.slice(0,2).toLowerCase();return n.length===2&&n>="aa"&&n<="zz"?n:r}
function fn(e){const t=u(e);return t!==r&&on.indexOf(t.toLowerCase())!==-1?t.toLowerCase():"web"}
function gn(e){const t=u(e);if(t===r||t.indexOf("ss-")!==0||t.length<4||t.length>64)return r;for(let n=3;n<t.length;n++){const i=t.charAt(n);if(!(i>="a"&&i<="z"||i>="0"&&i<="9"||i==="-"||i==="_"))return r}return t}
function _n(e,t,n){const i=[];E(t.event_id)===r&&u(t.event_id)!==r&&i.push("the event_id is not 1 to 256 characters of text: generated one");const s=It(t.event_id,n,()=>{var _;return(_=E(t.transaction_id))!=null?_:E(t.order_id)}),a=rn(t,e.userDataOverrides,e.defaultCountry,i),o={event_name:n,action_source:fn(t.action_source),event_time:un(t.event_time),event_id:s!=null?s:"gen_"+V()+"_"+require("generateRandom")(1e8,999999999),user_data:a},c=ln(t.page_location);c!==r&&(o.event_source_url=c);const l=dn(t.language);l!==r&&(o.language=l),(t.opt_out===!0||t.opt_out==="true")&&(o.opt_out=!0);const d=gn(e.partnerName);d!==r?o.partner_name=d:u(e.partnerName)!==r&&i.push("partner_name left out: Pinterest assigns names of the form ss-<partner>, lower-case");const f=Nt(t,n,e.customDataOverrides,e.defaultCurrency,_=>{i.push(_)});return Ye(f).length>0&&(o.custom_data=f),{event:o,generatedId:s===r,notes:i}}
function hn(e,t){var n;const i=y(e);for(let s=0;s<i.length;s++){const a=v(i[s]),o=a===r?r:u(a.ga4Event);if(o!==r&&o.toLowerCase()===t.toLowerCase())return(n=u(a.pinterestEvent))!=null?n:""}return r}
function se(e){if(!P(e))return{skip:"the Pinterest event name set in the tag must be letters and underscores"};const t=fe(e).tag;return{name:t!==r?ge(t):e}}
function pn(e,t){const n=u(e.eventNameSource);if(n===ve.standard){const c=u(e.eventNameStandard);return c===r?{skip:"no standard event chosen"}:se(c)}if(n===ve.custom){const c=u(e.customEventName);return c===r?{skip:"no custom event name"}:se(c)}const i=u(t.event_name);if(i===r)return{skip:"the event has no event_name"};const s=hn(e.eventNameMapping,i);if(s!==r)return se(s);const a=fe(i);if(a.tag!==r)return{name:ge(a.tag)};if(a.skip!==r)return{skip:a.skip};if(t[st]===at&&P(i))return{name:i};const o=u(e.unknownEvents);return o===ye.custom?{name:"custom"}:o===ye.passthrough?{name:P(i)?i:"custom"}:{skip:(P(i)?'event "'+i+'"':"an event with an invalid name")+" has no Pinterest event (unknown events are skipped)"}}
function mn(){var e;const t={},n=(e=v(je()))!=null?e:{};for(let i=0;i<$.length;i++){const s=n[$[i]];s!==r&&(t[$[i]]=s)}return t}
var vn={testMode:!1,eventNameSource:"inherit",eventNameStandard:"checkout",unknownEvents:"skip",consentMode:"respect",logMode:"debug",bigQueryLogging:!1,maxRetries:"2",timeoutMs:"5000"};
function yn(e){var t,n;const i=(t=u(e.page_location))!=null?t:"",s=(n=u(e.user_agent))!=null?n:"";return i.indexOf("gtm-msr.appspot.com")!==-1||s.indexOf("GoogleStackdriverMonitoring")!==-1||s.indexOf("Google-Cloud-Scheduler")!==-1}
var bn="[redacted]";
function kn(e){var t,n;const i=T.parse((t=T.stringify(e))!=null?t:"null"),s=i!==r&&i!==null&&i.data!==r?i.data:[];for(let a=0;a<s.length;a++)s[a].user_data!==r&&((n=s[a].user_data)==null?r:n.client_ip_address)!==r&&(s[a].user_data.client_ip_address=bn);return i}
function wn(e){const t=u(e);if(t===r||t.length>64)return r;const n=t.indexOf("/"),i=n===-1?t:t.slice(0,n);if(i.length!==32)return r;for(let a=0;a<i.length;a++)if("0123456789abcdefABCDEF".indexOf(i.charAt(a))===-1)return r;const s=n===-1?"":t.slice(n+1);for(let a=0;a<s.length;a++)if("0123456789;o=".indexOf(s.charAt(a))===-1)return r;return t}
function On(e){if(e===J.always)return!0;if(e!==J.debug)return!1;const t=require("getContainerVersion")();return t.debugMode||t.previewMode}
function xn(e,t){var n;const i=On((n=u(e.logMode))!=null?n:J.debug),s=e.bigQueryLogging===!0&&u(e.bigQueryDatasetId)!==r&&u(e.bigQueryTableId)!==r;if(!i&&!s)return r;const a=require("logToConsole"),o=wn(require("getRequestHeader")("trace-id")),c=require("getTimestampMillis")()+"."+require("generateRandom")(1e5,999999);return(l,d)=>{const f={Name:"Pinterest Conversions API",Type:l,TraceId:o,FireId:c,EventName:t};for(const _ in d)f[_]=d[_];if(i&&a(T.stringify(f)),s){const _={datasetId:u(e.bigQueryDatasetId),tableId:u(e.bigQueryTableId)},k=u(e.bigQueryProjectId);k!==r&&(_.projectId=k),require("BigQuery").insert(_,[{timestamp:require("getTimestampMillis")(),type:l,trace_id:o,event_name:t,message:T.stringify(d)}],{ignoreUnknownValues:!0})}}}
var An=e=>e===429||e>=500;
function Pe(e){var t;const n=v(e),i=v((t=v(e))==null?r:t.details),s=y(n==null?r:n.events).length>0?y(n==null?r:n.events):y(i==null?r:i.events),a=[];for(let o=0;o<s.length;o++){const c=v(s[o]);c!==r&&a.push(c)}return a}
function L(e){const t=u(e);return t===r?r:t.slice(0,500)}
function En(e,t,n){const i=T.stringify(e.body),s={Authorization:"Bearer "+e.token,"Content-Type":"application/json"},a=o=>{t==null||t("Request",{RequestMethod:"POST",RequestUrl:e.url,RequestBody:kn(e.body),EventId:e.eventId,Attempt:o}),He(e.url,{method:"POST",headers:s,timeout:e.timeoutMs},i).then(c=>{var l,d,f,_;const k=(l=v(c))!=null?l:{},p=(d=x(k.statusCode))!=null?d:0,S=u(k.body),w=S===r?r:T.parse(S);if(t==null||t("Response",{ResponseStatusCode:p,ResponseBody:w===r?L(S):w,EventId:e.eventId,Attempt:o}),p>=200&&p<300){const g=Pe(w);let b=!1;for(let m=0;m<g.length;m++){const q=L(g[m].warning_message);q!==r&&(t==null||t("Message",{Message:"Pinterest warning: "+q})),g[m].status==="failed"&&(b=!0,t==null||t("Message",{Message:"Pinterest rejected the event: "+((f=L(g[m].error_message))!=null?f:"no reason given")}))}n(!b);return}if(An(p)&&o<=e.maxRetries){t==null||t("Message",{Message:"HTTP "+p+": retrying with the same event_id"}),a(o+1);return}const A=v(w);t==null||t("Message",{Message:"Pinterest answered HTTP "+p,ErrorCode:x(A==null?r:A.code),ErrorMessage:L(A==null?r:A.message)});const O=Pe(w);for(let g=0;g<O.length;g++)O[g].status==="failed"&&(t==null||t("Message",{Message:"event "+g+" failed: "+((_=L(O[g].error_message))!=null?_:"")}));n(!1)},c=>{var l;const d=u((l=v(c))==null?r:l.reason);if(o<=e.maxRetries){t==null||t("Message",{Message:"request "+(d!=null?d:"failed")+": retrying with the same event_id"}),a(o+1);return}t==null||t("Message",{Message:"request "+(d!=null?d:"failed")+" after "+o+" attempts"}),n(!1)})};a(1)}
function In(e){for(let t=0;t<e.length;t++){const n=e.charAt(t);if(!(n>="a"&&n<="z"||n>="A"&&n<="Z"||n>="0"&&n<="9"||"-._~+/=".indexOf(n)!==-1))return!1}return e.length>0}
function ze(e){if(e.length===0||e.length>18)return!1;for(let t=0;t<e.length;t++)if(e.charAt(t)<"0"||e.charAt(t)>"9")return!1;return!0}
function Sn(){var e,t,n;const i=We(data,vn),s=mn(),a=pn(i,s),o=xn(i,(e=a.name)!=null?e:"");if(yn(s)){o==null||o("Message",{Message:"skipped: a health check, not a visitor"}),data.gtmOnSuccess();return}if(a.name===r){o==null||o("Message",{Message:"skipped: "+((t=a.skip)!=null?t:"")}),data.gtmOnSuccess();return}const c=et($e(s));if(c!==r&&u(i.consentMode)!==St.always){o==null||o("Message",{Message:"not sent: "+c}),data.gtmOnSuccess();return}const l=(n=u(i.adAccountId))!=null?n:"",d=u(i.accessToken);if(!ze(l)||d===r||!In(d)){o==null||o("Message",{Message:ze(l)?d===r?"the access token is empty":"the access token has spaces or other characters a token cannot have: check the variable that holds it":"the ad account ID must be digits only (at most 18)"}),data.gtmOnFailure();return}const f=_n(i,s,a.name);for(let p=0;p<f.notes.length;p++)o==null||o("Message",{Message:f.notes[p]});if(f.event.event_time<N.floor(V()/1e3)-cn){o==null||o("Message",{Message:"not sent: the event is older than the 7 days Pinterest accepts"}),data.gtmOnFailure();return}if(f.generatedId&&(o==null||o("Message",{Message:"no event_id in the event data: generated one, so this event cannot be deduplicated with the browser tag"})),!an(f.event.user_data)){o==null||o("Message",{Message:"not sent: Pinterest needs an email, a mobile ad id, or both the IP address and the user agent"}),data.gtmOnFailure();return}const _=R(i.maxRetries),k=R(i.timeoutMs);En({url:Be+l+"/events"+(i.testMode===!0?"?test=true":""),token:d,body:{data:[f.event]},eventId:f.event.event_id,timeoutMs:k!==r&&k>0?k:Mt,maxRetries:_!==r&&_>=0?_>5?5:_:Tt},o,p=>{p?data.gtmOnSuccess():data.gtmOnFailure()})}
Sn()


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


