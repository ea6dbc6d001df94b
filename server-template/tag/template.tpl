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

const getTimestampMillis=require("getTimestampMillis");
const JSON=require("JSON");
const Math=require("Math");
const getAllEventData=require("getAllEventData");
const sendHttpRequest=require("sendHttpRequest");
const getCookieValues=require("getCookieValues");
const sha256Sync=require("sha256Sync");
var CAPI_ENDPOINT="https://api.pinterest.com/v5/ad_accounts/";
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
function gcdLetter(n){if("trnv".indexOf(n)!==-1&&n!=="")return"granted";if("pqmu".indexOf(n)!==-1&&n!=="")return"denied";return undefined}
function adConsentFrom(a,r){const e={adStorage:undefined,adUserData:undefined};const t=toText(r);if(t!==undefined&&t.length>=9&&t.charAt(0)==="1"){e.adStorage=gcdLetter(t.charAt(2));e.adUserData=gcdLetter(t.charAt(6))}const d=toText(a);if(d!==undefined&&d.length===4&&d.slice(0,2)==="G1"){const n=d.charAt(2);if(e.adStorage===undefined)e.adStorage=n==="1"?"granted":n==="0"?"denied":undefined}return e}
function stateSignal(n){return n==="granted"||n==="denied"?n:undefined}
function adConsentOfEvent(a){var e,s;const t=adConsentFrom(a["x-ga-gcs"],a["x-ga-gcd"]);const n=toObject(a.consent_state);if(n===undefined)return t;return{adStorage:(e=stateSignal(n.ad_storage))!=null?e:t.adStorage,adUserData:(s=stateSignal(n.ad_user_data))!=null?s:t.adUserData}}
function adConsentDenial(e){if(e.adStorage==="denied")return"ad_storage is denied";if(e.adUserData==="denied")return"ad_user_data is denied";return undefined}
var PAGE="page";
var TAG_TO_CAPI_TEXT="pagevisit=page_visit viewcategory=view_category search addtocart=add_to_cart checkout signup lead watchvideo=watch_video custom addpaymentinfo=add_payment_info addtowishlist=add_to_wishlist initiatecheckout=initiate_checkout subscribe viewcontent=view_content contact customizeproduct=customize_product findlocation=find_location schedule starttrial=start_trial submitapplication=submit_application";
var GA4_EVENTS="page_view=page gtm.js=page gtm.dom=page gtm.load=page view_item=pagevisit view_item_list=viewcategory select_item=viewcontent select_promotion=viewcontent view_promotion=viewcontent search add_to_cart=addtocart add_to_wishlist=addtowishlist begin_checkout=initiatecheckout add_payment_info=addpaymentinfo purchase=checkout generate_lead=lead sign_up=signup video_start=watchvideo";
var NOT_CONVERSIONS="view_search_results view_cart remove_from_cart add_shipping_info refund qualify_lead disqualify_lead working_lead close_convert_lead close_unconvert_lead login video_progress video_complete select_content share join_group tutorial_begin tutorial_complete ad_impression earn_virtual_currency spend_virtual_currency level_start level_end level_up post_score unlock_achievement first_visit session_start user_engagement scroll click file_download form_start form_submit";
function entry(f,n){if(n===""||n.indexOf(" ")!==-1||n.indexOf("=")!==-1)return undefined;const t=" "+f+" ";const i=t.indexOf(" "+n+"=");if(i!==-1){const e=i+n.length+2;return t.slice(e,t.indexOf(" ",e))}return t.indexOf(" "+n+" ")!==-1?n:undefined}
function tagEventOfKey(n){const d=entry(GA4_EVENTS,n);if(d!==undefined)return d;if(entry(TAG_TO_CAPI_TEXT,n)!==undefined)return n;const e=" "+TAG_TO_CAPI_TEXT+" ";const t=e.indexOf("="+n+" ");return t===-1?undefined:e.slice(e.lastIndexOf(" ",t)+1,t)}
function eventMeaning(n){if(n===undefined)return{};const e=n.trim().toLowerCase();if(entry(NOT_CONVERSIONS,e)!==undefined)return{skip:e+" is not a conversion Pinterest counts (README, event table)"};const t=tagEventOfKey(e);return t===undefined?{}:{tag:t}}
function capiEventFor(n){var r;return(r=entry(TAG_TO_CAPI_TEXT,n===PAGE?"pagevisit":n))!=null?r:n}
function isCustomEventName(r){if(r===""||r.length>100)return false;for(let e=0;e<r.length;e++){const t=r.charAt(e);if(!(t>="a"&&t<="z"||t>="A"&&t<="Z"||t==="_"))return false}return true}
function valueIsItemTotal(t){return t==="add_to_cart"||t==="initiate_checkout"||t==="checkout"}
var SOURCE_KEY="x-pinterest-gtm-source";
var SOURCE_CLIENT="client";
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
function toCurrency(r){const t=toText(r);if(t===undefined||t.length!==3)return undefined;const n=t.toUpperCase();for(let e=0;e<3;e++)if(n.charAt(e)<"A"||n.charAt(e)>"Z")return undefined;return n}
function moneyText(e){const t=e>=0?1e-7:-1e-7;const n=""+Math.round(e*100+t)/100;return n.indexOf("e")===-1&&n!=="NaN"&&n.indexOf("Infinity")===-1?n:undefined}
var ID_LIMIT=256;
var SERVER_TEXT_LIMIT=1e3;
var idOf=I=>idText(I,ID_LIMIT);
var textOf=e=>freeText(e,SERVER_TEXT_LIMIT);
function contentOf(n){var i;const e={};const t=idOf(n.id);const d=textOf(n.name);if(t===undefined&&d===undefined)return undefined;if(t!==undefined)e.id=t;const f=toNumber(n.price);const u=f===undefined?undefined:f+((i=toNumber(n.discount))!=null?i:0);const c=u===undefined?undefined:moneyText(u);if(c!==undefined)e.item_price=c;const o=toQuantity(n.quantity);if(o!==undefined)e.quantity=o;if(d!==undefined)e.item_name=d;const r=textOf(n.category);if(r!==undefined)e.item_category=r;const a=textOf(n.brand);if(a!==undefined)e.item_brand=a;return e}
function itemFields(n){const e=[];const o=toList(n.items);for(let i=0;i<o.length;i++){const t=toObject(o[i]);if(t!==undefined)e.push({id:t.item_id,name:t.item_name,category:t.item_category,brand:t.item_brand,price:t.price,discount:t.discount,quantity:t.quantity})}if(e.length>0)return e;const c=toList(n.line_items);for(let i=0;i<c.length;i++){const t=toObject(c[i]);if(t!==undefined)e.push({id:t.product_id,name:t.product_name,category:t.product_category,brand:t.product_brand,price:t.product_price,discount:t.product_discount,quantity:t.product_quantity})}return e}
function customDataFromEvent(n,O,q){var f,l,a,_,m;const t={};const u=[];const d=[];let y=0;let o=0;const r=itemFields(n);for(let e=0;e<r.length;e++){const i=contentOf(r[e]);if(i===undefined)continue;if(i.id!==undefined)d.push(i.id);u.push(i);const b=i.quantity===undefined?1:i.quantity;y+=b;const x=toNumber(r[e].price);o=o===undefined||x===undefined?undefined:o+x*b}const h=(l=toCurrency(n.currency))!=null?l:toCurrency((f=toObject(toList(n.items)[0]))==null?undefined:f.currency);if(h!==undefined)t.currency=h;let c=toNumber(n.value);if(c===undefined&&u.length>0&&o!==undefined&&valueIsItemTotal(O)){c=o;q("value computed from the items (price × quantity)")}const p=c===undefined?undefined:moneyText(c);if(p!==undefined)t.value=p;const g=(a=idOf(n.transaction_id))!=null?a:idOf(n.order_id);if(g!==undefined)t.order_id=g;if(u.length>0){t.contents=u;t.num_items=y}if(d.length>0)t.content_ids=d;const s=[["search_string",(m=(_=n.search_term)!=null?_:n.search_string)!=null?m:n.search_query],["content_name",n.content_name],["content_category",n.content_category],["content_brand",n.content_brand]];for(let e=0;e<s.length;e++){const i=textOf(s[e][1]);if(i!==undefined)t[s[e][0]]=i}if(toText(n.opt_out_type)==="LDP")t.opt_out_type="LDP";return t}
var CHECKOUT_ID_PREFIX="checkout_";
function deriveEventId(e){const d=toText(e.explicit);if(d!==undefined)return d;const n=toText(e.orderId);if(n!==undefined&&e.eventName==="checkout")return CHECKOUT_ID_PREFIX+n;if(e.pageVisitId!==undefined&&(e.eventName===PAGE||e.eventName==="pagevisit"))return e.pageVisitId;const i=toText(e.uniqueEventId);return e.pageViewId===undefined||i===undefined?undefined:e.pageViewId+"."+i}
var EVENT_NAME_SOURCE={inherit:"inherit",standard:"standard",custom:"custom"};
var UNKNOWN_EVENTS={skip:"skip",custom:"custom",passthrough:"passthrough"};
var CONSENT_MODE={respect:"respect",always:"always"};
var LOG_MODE={off:"off",debug:"debug",always:"always"};
var DEFAULT_MAX_RETRIES=2;
var DEFAULT_TIMEOUT_MS=5e3;
var EVENT_DATA_KEYS=["event_name","event_id","event_time","page_location","language","ip_override","user_agent","user_id","opt_out","user_data","email","phone","click_id","epik","partner_id","value","currency","transaction_id","order_id","items","line_items","search_term","search_string","search_query","content_name","content_category","content_brand","opt_out_type","x-ga-gcs","x-ga-gcd","action_source","consent_state","x-pinterest-gtm-source"];
var CUSTOM_FIELDS=["value","currency","order_id","content_ids","contents","num_items","search_string","content_name","content_category","content_brand","opt_out_type"];
var USER_FIELDS=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","client_ip_address","client_user_agent","click_id","partner_id"];
function listFrom(r){if(toList(r).length>0)return toList(r);const t=toText(r);if(t===undefined)return[];if(t.charAt(0)==="[")return toList(JSON.parse(t));return t.split(",").map(i=>i.trim()).filter(i=>i!=="")}
function contentsFrom(c){const n=[];const i=listFrom(c);for(let e=0;e<i.length;e++){const t=toObject(i[e]);const o=t===undefined?undefined:contentOf({id:t.id,name:t.item_name,category:t.item_category,brand:t.item_brand,price:t.item_price,quantity:t.quantity});if(o!==undefined)n.push(o)}return n.length>0?n:undefined}
function overrideValue(t,n){switch(t){case"value":{const e=toNumber(n);return e===undefined?undefined:moneyText(e)}case"currency":return toCurrency(n);case"num_items":{const e=toInteger(n);return e!==undefined&&e>=0?e:undefined}case"content_ids":{const e=listFrom(n).map(idOf).filter(r=>r!==undefined);return e.length>0?e:undefined}case"contents":return contentsFrom(n);case"opt_out_type":return toText(n)==="LDP"?"LDP":undefined;case"order_id":return idOf(n);default:return CUSTOM_FIELDS.indexOf(t)!==-1?textOf(n):undefined}}
function buildCustomData(o,f,r,l,d){const e=customDataFromEvent(o,f,d);const i=toList(r);for(let n=0;n<i.length;n++){const t=toObject(i[n]);const u=t===undefined?undefined:toText(t.field);if(t===undefined||u===undefined)continue;const c=overrideValue(u,t.value);if(c!==undefined)e[u]=c}if(e.value!==undefined&&e.currency===undefined){const n=toCurrency(l);if(n!==undefined)e.currency=n;else{require("Object").delete(e,"value");d("value left out: the event has no currency and the Default currency field is empty")}}return e}
function add(t,c,n){var s;const i=toList(n);const l=i.length>0?i:n===undefined||n===null?[]:[n];if(l.length===0)return;t[c]=((s=t[c])!=null?s:[]).concat(l)}
function rawUserDataFromEvent(t){var r;const d={};const a=(r=toObject(t.user_data))!=null?r:{};add(d,"em",a.email_address);add(d,"em",a.sha256_email_address);add(d,"em",a.em);add(d,"em",t.email);add(d,"ph",a.phone_number);add(d,"ph",a.ph);add(d,"ph",t.phone);add(d,"ge",a.gender);add(d,"ge",a.ge);add(d,"db",a.date_of_birth);add(d,"db",a.db);add(d,"external_id",a.external_id);add(d,"external_id",t.user_id);const n=["fn","ln","ct","st","zp","country","hashed_maids"];for(let s=0;s<n.length;s++)add(d,n[s],a[n[s]]);const o=toList(a.address).length>0?toList(a.address):[a.address];for(let s=0;s<o.length;s++){const e=toObject(o[s]);if(e===undefined)continue;add(d,"fn",e.first_name);add(d,"fn",e.sha256_first_name);add(d,"ln",e.last_name);add(d,"ln",e.sha256_last_name);add(d,"ct",e.city);add(d,"st",e.region);add(d,"zp",e.postal_code);add(d,"country",e.country)}return d}
var MAX_IP_LENGTH=45;
function plainIp(i){const e=toText(i);if(e===undefined||e.length>MAX_IP_LENGTH||e.indexOf(".")===-1&&e.indexOf(":")===-1)return undefined;const f=e.toLowerCase();for(let t=0;t<f.length;t++){const n=f.charAt(t);if(!(n>="0"&&n<="9"||n>="a"&&n<="f"||n==="."||n===":"))return undefined}return e}
function clientIp(i){const t=toText(i);if(t===undefined)return undefined;const n=t.split(",")[0].trim();if(n.charAt(0)==="["){const e=n.indexOf("]");return e>1?plainIp(n.slice(1,e)):undefined}const s=n.split(":").length-1;return plainIp(s===1?n.split(":")[0]:n)}
function epikFromUrl(i){const e=toText(i);if(e===undefined||e.indexOf("epik")===-1&&e.indexOf("%")===-1)return undefined;const t=require("parseUrl")(e);if(t===undefined)return undefined;const n=t.searchParams.epik;return toText(toList(n).length>0?toList(n)[0]:n)}
var CALLING_PLANS=",ar54.0.ab,at43.0.4d,au61.0.5c,be32.0.89,br55.0.8b,ca1.1.7a,ch41.0.9c,cl56..9b,co57.0.8b,cy357..88,cz420..9c,de49.0.4f,dk45..88,es34..99,fi358.0.5c,fr33.0.99,gb44.0.7a,gr30..ac,hk852..5b,hu36.06.89,ie353.0.7a,il972.0.7c,it39..6c,jp81.0.8h,kr82.0.5e,lu352..4b,mt356..88,mx52..aa,nl31.0.5b,no47..58,nz64.0.5a,pl48..6a,pt351..99,ro40.0.69,se46.0.6c,sg65..8b,sk421.0.69,us1.1.aa";
var LENGTHS="0123456789abcdefghijklmnopqrstuvwxyz";
function planAt(c){const e=CALLING_PLANS.indexOf(",",c);const i=e===-1?CALLING_PLANS.slice(c):CALLING_PLANS.slice(c,e);const n=i.slice(2).split(".");return{country:i.slice(0,2),code:n[0],trunk:n[1],min:LENGTHS.indexOf(n[2].charAt(0)),max:LENGTHS.indexOf(n[2].charAt(1))}}
function findPlan(e,L){if(e!==undefined){const n=e.length===2?CALLING_PLANS.indexOf(","+e):-1;return n===-1?undefined:planAt(n+1)}for(let n=CALLING_PLANS.indexOf(",");n!==-1;n=CALLING_PLANS.indexOf(",",n+1)){if(L.indexOf(CALLING_PLANS.slice(n+3,CALLING_PLANS.indexOf(".",n+3)))===0)return planAt(n+1)}return undefined}
var E164_MAX=15;
var e164=e=>e.length<=E164_MAX?{value:e}:{skip:"longer than 15 digits"};
function complete(e,r,d){const t=u=>u.length>=e.min&&u.length<=e.max;const c=e.trunk!==""&&r.indexOf(e.trunk)===0?r.slice(e.trunk.length):undefined;if(c!==undefined&&t(c))return e164(e.code+c);if(d&&r.indexOf(e.code)===0&&t(r.slice(e.code.length)))return e164(r);return t(r)?e164(e.code+r):{skip:"not a possible length for "+e.country.toUpperCase()}}
function e164Digits(r,i){let e="";let o=false;const a=r.split("(0)").join("");for(let f=0;f<a.length;f++){const l=a.charAt(f);if(l>="0"&&l<="9")e+=l;else if(l==="+"&&e==="")o=true}const t=i===undefined?undefined:findPlan(i,"");const s=o?0:e.indexOf("00")===0?2:t!==undefined&&t.code==="1"&&e.indexOf("011")===0?3:-1;if(s===-1)return t!==undefined?complete(t,e,true):{skip:i===undefined?"no country for a national number":"no calling plan for "+i.toUpperCase()};const n=e.slice(s);const d=findPlan(undefined,n);if(d!==undefined)return complete(d,n.slice(d.code.length),false);return n.length>=7&&n.length<=E164_MAX&&n.charAt(0)!=="0"?{value:n}:{skip:"not a possible international number"}}
var CA_SUBDIVISIONS=",ab|alberta|,bc|britishcolumbia|,mb|manitoba|,nb|newbrunswick|,nl|newfoundlandandlabrador|,ns|novascotia|,nt|northwestterritories|,nu|nunavut|,on|ontario|,pe|princeedwardisland|,qc|quebec|,sk|saskatchewan|,yt|yukon|";
var COUNTRY_NAMES=",us|usa|unitedstatesofamerica|unitedstates|,gb|gbr|unitedkingdom|uk|greatbritain|,ca|can|canada|,ie|irl|ireland|eire|,au|aus|australia|,nz|nzl|newzealand|,fr|fra|france|,se|swe|sweden|sverige|,il|isr|israel|ישראל|,de|deu|germany|deutschland|,at|aut|austria|osterreich|,it|ita|italy|italia|,es|esp|spain|espana|,nl|nld|netherlands|thenetherlands|netherlandskingdomofthe|koninkrijkdernederlanden|nederland|,be|bel|belgium|koninkrijkbelgie|belgie|belgique|belgien|,pt|prt|portugal|,ch|che|switzerland|schweiz|suisse|svizzera|,hk|hkg|hongkong|香港|,jp|jpn|japan|日本|,kr|kor|southkorea|korearepublicof|republicofkorea|대한민국|,sg|sgp|singapore|,no|nor|norway|norge|noreg|,dk|dnk|denmark|danmark|,fi|fin|finland|suomi|,cy|cyp|cyprus|κύπρος|,lu|lux|luxembourg|luxemburg|,mt|mlt|malta|,pl|pol|poland|polska|,ro|rou|romania|,hu|hun|hungary|magyarorszag|,cz|cze|czechrepublic|czechia|ceskarepublika|,gr|grc|greece|ελλάδα|,sk|svk|slovakia|slovensko|,br|bra|brazil|brasil|,mx|mex|mexico|,ar|arg|argentina|,cl|chl|chile|,co|col|colombia|";
var FOLD="aàáâãäå,aeæ,cçč,dð,eèéêë,iìíîï,nñ,oòóôõöø,ssß,thþ,uùúûü,yýÿ";
function foldedAt(t,h){let e=t.lastIndexOf(",",h)+1;let a="";while(e<t.length&&t.charAt(e)>="a"&&t.charAt(e)<="z")a+=t.charAt(e++);return a}
function isMark(n){return n<"À"||n==="×"||n==="÷"||n>="̀"&&n<="ͯ"||n>=" "&&n<="⁯"||n>="　"&&n<="〿"}
function placeKey(a,n){const c=a.toLowerCase();let t="";for(let o=0;o<c.length;o++){const e=c.charAt(o);if(e>="a"&&e<="z"||e>="0"&&e<="9")t+=e;else if(!isMark(e)){const r=n.indexOf(e);t+=r===-1?e:foldedAt(n,r)}}return t}
var US_SUBDIVISIONS=",ak|alaska|,al|alabama|,ar|arkansas|,as|americansamoa|,az|arizona|,ca|california|,co|colorado|,ct|connecticut|,dc|districtofcolumbia|,de|delaware|,fl|florida|,ga|georgia|,gu|guam|,hi|hawaii|,ia|iowa|,id|idaho|,il|illinois|,in|indiana|,ks|kansas|,ky|kentucky|,la|louisiana|,ma|massachusetts|,md|maryland|,me|maine|,mi|michigan|,mn|minnesota|,mo|missouri|,mp|northernmarianaislands|,ms|mississippi|,mt|montana|,nc|northcarolina|,nd|northdakota|,ne|nebraska|,nh|newhampshire|,nj|newjersey|,nm|newmexico|,nv|nevada|,ny|newyork|,oh|ohio|,ok|oklahoma|,or|oregon|,pa|pennsylvania|,pr|puertorico|,ri|rhodeisland|,sc|southcarolina|,sd|southdakota|,tn|tennessee|,tx|texas|,um|unitedstatesminoroutlyingislands|,ut|utah|,va|virginia|,vi|unitedstatesvirginislands|,vt|vermont|,wa|washington|,wi|wisconsin|,wv|westvirginia|,wy|wyoming|";
var isLetter2=a=>a>="a"&&a<="z";
function twoLetterCode(r){let t="";const o=r.toLowerCase();for(let n=0;n<o.length;n++){const e=o.charAt(n);if(isLetter2(e))t+=e;else if(e!==" "&&e!=="."&&e!=="	")return undefined}return t.length===2?t:undefined}
function codeOfName(n,f){const d=f===""?-1:n.indexOf("|"+f+"|");if(d===-1)return undefined;const e=n.lastIndexOf(",",d)+1;return n.slice(e,n.indexOf("|",e))}
var hasCode=(a,d)=>a.indexOf(","+d+"|")!==-1;
var isCode=t=>t.length===2&&isLetter2(t.charAt(0))&&isLetter2(t.charAt(1));
function countryCode(a){var n;const e=placeKey(a,FOLD);const o=(n=codeOfName(COUNTRY_NAMES,e))!=null?n:isCode(e)?e:undefined;return o!==undefined?{value:o}:{skip:"not a two-letter code, nor a known name or alpha-3 code"}}
function stateCode(i,S){var n;const o=i.trim();const c=o.charAt(2)==="-"?placeKey(o.slice(0,2),""):"";const e=isCode(c)?c:S;const t=placeKey(isCode(c)?o.slice(3):o,FOLD);const s=e==="us"?US_SUBDIVISIONS:e==="ca"?CA_SUBDIVISIONS:e===undefined?US_SUBDIVISIONS+CA_SUBDIVISIONS:"";const a=e==="us"||e==="ca";const d=(n=hasCode(s,t)?t:codeOfName(s,t))!=null?n:!a&&isCode(t)?t:undefined;return d!==undefined?{value:d}:{skip:a?"not a state or province of "+e.toUpperCase():"not a two-letter state code"}}
var HASHED_FIELDS=["em","ph","ge","db","fn","ln","ct","st","zp","country","external_id","hashed_maids"];
var isDigit2=i=>i>="0"&&i<="9";
var isHexDigit=i=>isDigit2(i)||i>="a"&&i<="f";
var isSpace=a=>a===" "||a==="	"||a==="\n"||a==="\r"||a===" ";
var ASCII_PUNCTUATION="!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
function keep(e,t){let n="";for(let r=0;r<e.length;r++)if(t(e.charAt(r)))n+=e.charAt(r);return n}
var isHex=(e,i)=>e.length===i&&keep(e.toLowerCase(),isHexDigit).length===i;
function isSha256Hex(e){return isHex(e,64)}
function isMd5OrSha1Hex(i){return isHex(i,32)||isHex(i,40)}
var GENDERS={f:"f",female:"f",woman:"f",w:"f",m:"m",male:"m",man:"m",n:"n","non-binary":"n",nonbinary:"n","non binary":"n"};
function birthDate(i){const n=keep(i,isDigit2);const t=i.split("-").length===3?i.split("-"):i.split("/").length===3?i.split("/"):i.split(".");if(t.length===3&&t[0].trim().length===4){const s=e=>e.trim().length===1?"0"+e.trim():e.trim();const l=t[0].trim()+s(t[1])+s(t[2]);return keep(l,isDigit2).length===8?l:undefined}return n.length===8&&n===i&&(n.slice(0,2)==="19"||n.slice(0,2)==="20")?n:undefined}
function zip(i){const e=keep(i.toLowerCase(),n=>!isSpace(n));const t=e.slice(0,5);if(keep(t,isDigit2).length===5&&(e.length===5||e.length===10&&e.charAt(5)==="-"||e.length===9&&keep(e,isDigit2).length===9))return t;return e}
var given=(e,i)=>e===undefined||e===""?{skip:i}:{value:e};
var EMPTY="empty";
function email(a){const e=keep(a,n=>!isSpace(n));return e.indexOf("@")>0?{value:e}:{skip:"not an email address"}}
function normaliseUserField(i,u,r){const e=toText(u);if(e===undefined)return undefined;const n=e.toLowerCase();switch(i){case"em":return email(n);case"ph":return e164Digits(e,r===undefined?undefined:r.country);case"ge":return given(GENDERS.hasOwnProperty(n)?GENDERS[n]:undefined,"not f, m or n");case"db":return given(birthDate(e),"not a date");case"ct":return given(keep(n,t=>!isSpace(t)&&ASCII_PUNCTUATION.indexOf(t)===-1),EMPTY);case"st":return stateCode(e,r===undefined?undefined:r.country);case"country":return countryCode(e);case"zp":return given(zip(e),EMPTY);case"external_id":return given(e,EMPTY);default:return given(n,EMPTY)}}
var MD5_SHA1="an MD5 or SHA-1 digest: Pinterest takes SHA-256 digests only";
function prepareUserField(i,r,t){const e=toText(r);if(e===undefined)return undefined;if(isSha256Hex(e))return{hashed:e.toLowerCase()};if(i==="em"&&isMd5OrSha1Hex(e))return{skip:MD5_SHA1};const n=normaliseUserField(i,e,t);return n.value!==undefined?{plain:n.value}:{skip:n.skip}}
var PLAIN_FIELDS=["client_ip_address","client_user_agent","click_id","partner_id"];
function overrides(u){var i;const t={};const d=toList(u);for(let o=0;o<d.length;o++){const e=toObject(d[o]);const n=e===undefined?undefined:toText(e.field);if(e===undefined||n===undefined||USER_FIELDS.indexOf(n)===-1)continue;t[n]=((i=t[n])!=null?i:[]).concat(toList(e.value).length>0?toList(e.value):[e.value])}return t}
function note(f,i){if(f.indexOf(i)===-1)f.push(i)}
function hashed(t,u,o,p){var f;const e=[];for(let i=0;i<u.length;i++){const n=prepareUserField(t,u[i],o);if(n===undefined)continue;if(n.skip!==undefined)note(p,t+" left out: "+n.skip);const d=(f=n.hashed)!=null?f:n.plain!==undefined?sha256Sync(n.plain,{outputEncoding:"hex"}):undefined;if(d!==undefined&&e.indexOf(d)===-1)e.push(d)}return e}
function userCountry(o,u,i){for(let n=0;n<o.length;n++){const t=normaliseUserField("country",o[n]);if(t!==undefined&&t.value!==undefined)return t.value}const e=toText(u);const d=e===undefined?undefined:twoLetterCode(e);if(e!==undefined&&d===undefined)note(i,"the Default country is not a two-letter ISO 3166-1 code: ignored");return d}
function buildUserData(t,D,I,r){var u,c,a,_,d,h,f,p;const g=rawUserDataFromEvent(t);if(((u=toObject(t.user_data))!=null?u:{}).sha256_phone_number!==undefined)note(r,"ph left out: GA4's sha256_phone_number hashes the number with \"+\", which never matches Pinterest's digits-only hash");const o=overrides(D);const x={country:userCountry((a=(c=o.country)!=null?c:g.country)!=null?a:[],I,r)};const s={};for(let n=0;n<HASHED_FIELDS.length;n++){const e=HASHED_FIELDS[n];const l=(d=(_=o[e])!=null?_:g[e])!=null?d:[];const i=hashed(e,l,x,r);if(i.length>0)s[e]=i}const E={client_ip_address:clientIp(t.ip_override),client_user_agent:toText(t.user_agent),click_id:(p=(f=(h=epikFromUrl(t.page_location))!=null?h:toText(getCookieValues("_epik")[0]))!=null?f:toText(t.click_id))!=null?p:toText(t.epik),partner_id:toText(t.partner_id)};for(let n=0;n<PLAIN_FIELDS.length;n++){const e=PLAIN_FIELDS[n];const l=o[e]===undefined?undefined:toText(o[e][0]);const i=plainValue(e,e==="client_ip_address"&&l!==undefined?clientIp(l):l!=null?l:E[e]);if(i!==undefined)s[e]=i}return s}
function plainValue(e,n){const i=idText(n,SERVER_TEXT_LIMIT);return i===undefined||isSha256Hex(i)||e==="click_id"&&!isClickId(i,LIMITS.clickIdLength)?undefined:i}
function hasRequiredIdentifiers(e){return e.em!==undefined||e.hashed_maids!==undefined||e.client_ip_address!==undefined&&e.client_user_agent!==undefined}
var ACTION_SOURCES=["web","app_android","app_ios","offline"];
var MAX_EVENT_AGE_SECONDS=7*24*3600;
function eventTime(o){const n=Math.floor(getTimestampMillis()/1e3);const e=toNumber(o);if(e===undefined||e<1e9)return n;const t=Math.floor(e>1e11?e/1e3:e);return t>n?n:t}
function sourceUrl(i){const e=toText(i);if(e===undefined)return undefined;const f=e.toLowerCase();if(f.indexOf("https://")!==0&&f.indexOf("http://")!==0)return undefined;let n=e.length;const r=e.indexOf("?");const t=e.indexOf("#");if(r!==-1)n=r;if(t!==-1&&t<n)n=t;return freeText(e.slice(0,n),LIMITS.urlLength)}
function language(t){const n=toText(t);if(n===undefined)return undefined;const e=n.slice(0,2).toLowerCase();return e.length===2&&e>="aa"&&e<="zz"?e:undefined}
function actionSource(t){const e=toText(t);return e!==undefined&&ACTION_SOURCES.indexOf(e.toLowerCase())!==-1?e.toLowerCase():"web"}
function partnerName(r){const e=toText(r);if(e===undefined||e.indexOf("ss-")!==0||e.length<4||e.length>64)return undefined;for(let t=3;t<e.length;t++){const n=e.charAt(t);if(!(n>="a"&&n<="z"||n>="0"&&n<="9"||n==="-"||n==="_"))return undefined}return e}
function buildEvent(t,e,r){var d;const i=[];const o=idOf(e.event_id);if(o===undefined&&toText(e.event_id)!==undefined)i.push("the event_id is not 1 to 256 characters of text: generated one");const a=idText(deriveEventId({explicit:o,eventName:r,orderId:(d=idOf(e.transaction_id))!=null?d:idOf(e.order_id)}),ID_LIMIT);const _=buildUserData(e,t.userDataOverrides,t.defaultCountry,i);const n={event_name:r,action_source:actionSource(e.action_source),event_time:eventTime(e.event_time),event_id:a!=null?a:"gen_"+getTimestampMillis()+"_"+require("generateRandom")(1e8,999999999),user_data:_};const u=sourceUrl(e.page_location);if(u!==undefined)n.event_source_url=u;const s=language(e.language);if(s!==undefined)n.language=s;if(e.opt_out===true||e.opt_out==="true")n.opt_out=true;const f=partnerName(t.partnerName);if(f!==undefined)n.partner_name=f;else if(toText(t.partnerName)!==undefined)i.push("partner_name left out: Pinterest assigns names of the form ss-<partner>, lower-case");const l=buildCustomData(e,r,t.customDataOverrides,t.defaultCurrency,c=>{i.push(c)});if(keysOf(l).length>0)n.custom_data=l;return{event:n,generatedId:a===undefined,notes:i}}
function fromTable(f,i){var n;const o=toList(f);for(let e=0;e<o.length;e++){const t=toObject(o[e]);const r=t===undefined?undefined:toText(t.ga4Event);if(r!==undefined&&r.toLowerCase()===i.toLowerCase())return(n=toText(t.pinterestEvent))!=null?n:""}return undefined}
function typedName(e){if(!isCustomEventName(e))return{skip:"the Pinterest event name set in the tag must be letters and underscores"};const n=eventMeaning(e).tag;return{name:n!==undefined?capiEventFor(n):e}}
function resolveEventName(n,i){const o=toText(n.eventNameSource);if(o===EVENT_NAME_SOURCE.standard){const t=toText(n.eventNameStandard);return t===undefined?{skip:"no standard event chosen"}:typedName(t)}if(o===EVENT_NAME_SOURCE.custom){const t=toText(n.customEventName);return t===undefined?{skip:"no custom event name"}:typedName(t)}const e=toText(i.event_name);if(e===undefined)return{skip:"the event has no event_name"};const a=fromTable(n.eventNameMapping,e);if(a!==undefined)return typedName(a);const s=eventMeaning(e);if(s.tag!==undefined)return{name:capiEventFor(s.tag)};if(s.skip!==undefined)return{skip:s.skip};if(i[SOURCE_KEY]===SOURCE_CLIENT&&isCustomEventName(e))return{name:e};const m=toText(n.unknownEvents);if(m===UNKNOWN_EVENTS.custom)return{name:"custom"};if(m===UNKNOWN_EVENTS.passthrough)return{name:isCustomEventName(e)?e:"custom"};return{skip:(isCustomEventName(e)?'event "'+e+'"':"an event with an invalid name")+" has no Pinterest event (unknown events are skipped)"}}
function readEventData(){var n;const e={};const a=(n=toObject(getAllEventData()))!=null?n:{};for(let t=0;t<EVENT_DATA_KEYS.length;t++){const E=a[EVENT_DATA_KEYS[t]];if(E!==undefined)e[EVENT_DATA_KEYS[t]]=E}return e}
var FIELD_DEFAULTS={testMode:false,eventNameSource:"inherit",eventNameStandard:"checkout",unknownEvents:"skip",consentMode:"respect",logMode:"debug",bigQueryLogging:false,maxRetries:"2",timeoutMs:"5000"};
function isHealthCheck(e){var o,t;const a=(o=toText(e.page_location))!=null?o:"";const n=(t=toText(e.user_agent))!=null?t:"";return a.indexOf("gtm-msr.appspot.com")!==-1||n.indexOf("GoogleStackdriverMonitoring")!==-1||n.indexOf("Google-Cloud-Scheduler")!==-1}
var REDACTED="[redacted]";
function redactBody(i){var a,t;const e=JSON.parse((a=JSON.stringify(i))!=null?a:"null");const d=e!==undefined&&e!==null&&e.data!==undefined?e.data:[];for(let n=0;n<d.length;n++){if(d[n].user_data!==undefined&&((t=d[n].user_data)==null?undefined:t.client_ip_address)!==undefined)d[n].user_data.client_ip_address=REDACTED}return e}
function traceIdOf(r){const e=toText(r);if(e===undefined||e.length>64)return undefined;const t=e.indexOf("/");const f=t===-1?e:e.slice(0,t);if(f.length!==32)return undefined;for(let n=0;n<f.length;n++)if("0123456789abcdefABCDEF".indexOf(f.charAt(n))===-1)return undefined;const i=t===-1?"":e.slice(t+1);for(let n=0;n<i.length;n++)if("0123456789;o=".indexOf(i.charAt(n))===-1)return undefined;return e}
function consoleOn(e){if(e===LOG_MODE.always)return true;if(e!==LOG_MODE.debug)return false;const n=require("getContainerVersion")();return n.debugMode||n.previewMode}
function createLogger(e,n){var o;const i=consoleOn((o=toText(e.logMode))!=null?o:LOG_MODE.debug);const s=e.bigQueryLogging===true&&toText(e.bigQueryDatasetId)!==undefined&&toText(e.bigQueryTableId)!==undefined;if(!i&&!s)return undefined;const l=require("logToConsole");const u=traceIdOf(require("getRequestHeader")("trace-id"));const a=require("getTimestampMillis")()+"."+require("generateRandom")(1e5,999999);return(g,r)=>{const c={Name:"Pinterest Conversions API",Type:g,TraceId:u,FireId:a,EventName:n};for(const t in r)c[t]=r[t];if(i)l(JSON.stringify(c));if(s){const t={datasetId:toText(e.bigQueryDatasetId),tableId:toText(e.bigQueryTableId)};const d=toText(e.bigQueryProjectId);if(d!==undefined)t.projectId=d;require("BigQuery").insert(t,[{timestamp:require("getTimestampMillis")(),type:g,trace_id:u,event_name:n,message:JSON.stringify(r)}],{ignoreUnknownValues:true})}}}
var retryable=r=>r===429||r>=500;
function eventResults(n){var s;const t=toObject(n);const l=toObject((s=toObject(n))==null?undefined:s.details);const o=toList(t==null?undefined:t.events).length>0?toList(t==null?undefined:t.events):toList(l==null?undefined:l.events);const u=[];for(let e=0;e<o.length;e++){const i=toObject(o[e]);if(i!==undefined)u.push(i)}return u}
function message(n){const e=toText(n);return e===undefined?undefined:e.slice(0,500)}
function deliver(s,e,f){const T=JSON.stringify(s.body);const q={Authorization:"Bearer "+s.token,"Content-Type":"application/json"};const l=n=>{e==null?undefined:e("Request",{RequestMethod:"POST",RequestUrl:s.url,RequestBody:redactBody(s.body),EventId:s.eventId,Attempt:n});sendHttpRequest(s.url,{method:"POST",headers:q,timeout:s.timeoutMs},T).then(c=>{var d,a,m,p;const h=(d=toObject(c))!=null?d:{};const u=(a=toNumber(h.statusCode))!=null?a:0;const M=toText(h.body);const r=M===undefined?undefined:JSON.parse(M);e==null?undefined:e("Response",{ResponseStatusCode:u,ResponseBody:r===undefined?message(M):r,EventId:s.eventId,Attempt:n});if(u>=200&&u<300){const t=eventResults(r);let R=false;for(let i=0;i<t.length;i++){const _=message(t[i].warning_message);if(_!==undefined)e==null?undefined:e("Message",{Message:"Pinterest warning: "+_});if(t[i].status==="failed"){R=true;e==null?undefined:e("Message",{Message:"Pinterest rejected the event: "+((m=message(t[i].error_message))!=null?m:"no reason given")})}}f(!R);return}if(retryable(u)&&n<=s.maxRetries){e==null?undefined:e("Message",{Message:"HTTP "+u+": retrying with the same event_id"});l(n+1);return}const o=toObject(r);e==null?undefined:e("Message",{Message:"Pinterest answered HTTP "+u,ErrorCode:toNumber(o==null?undefined:o.code),ErrorMessage:message(o==null?undefined:o.message)});const g=eventResults(r);for(let t=0;t<g.length;t++)if(g[t].status==="failed")e==null?undefined:e("Message",{Message:"event "+t+" failed: "+((p=message(g[t].error_message))!=null?p:"")});f(false)},c=>{var d;const a=toText((d=toObject(c))==null?undefined:d.reason);if(n<=s.maxRetries){e==null?undefined:e("Message",{Message:"request "+(a!=null?a:"failed")+": retrying with the same event_id"});l(n+1);return}e==null?undefined:e("Message",{Message:"request "+(a!=null?a:"failed")+" after "+n+" attempts"});f(false)})};l(1)}
function isToken(t){for(let e=0;e<t.length;e++){const n=t.charAt(e);const r=n>="a"&&n<="z"||n>="A"&&n<="Z"||n>="0"&&n<="9"||"-._~+/=".indexOf(n)!==-1;if(!r)return false}return t.length>0}
function isAccountId(t){if(t.length===0||t.length>18)return false;for(let e=0;e<t.length;e++)if(t.charAt(e)<"0"||t.charAt(e)>"9")return false;return true}
function main(){var c,l,g;const t=withDefaults(data,FIELD_DEFAULTS);const a=readEventData();const d=resolveEventName(t,a);const e=createLogger(t,(c=d.name)!=null?c:"");if(isHealthCheck(a)){e==null?undefined:e("Message",{Message:"skipped: a health check, not a visitor"});data.gtmOnSuccess();return}if(d.name===undefined){e==null?undefined:e("Message",{Message:"skipped: "+((l=d.skip)!=null?l:"")});data.gtmOnSuccess();return}const h=adConsentDenial(adConsentOfEvent(a));if(h!==undefined&&toText(t.consentMode)!==CONSENT_MODE.always){e==null?undefined:e("Message",{Message:"not sent: "+h});data.gtmOnSuccess();return}const u=(g=toText(t.adAccountId))!=null?g:"";const i=toText(t.accessToken);if(!isAccountId(u)||i===undefined||!isToken(i)){e==null?undefined:e("Message",{Message:!isAccountId(u)?"the ad account ID must be digits only (at most 18)":i===undefined?"the access token is empty":"the access token has spaces or other characters a token cannot have: check the variable that holds it"});data.gtmOnFailure();return}const n=buildEvent(t,a,d.name);for(let s=0;s<n.notes.length;s++)e==null?undefined:e("Message",{Message:n.notes[s]});if(n.event.event_time<Math.floor(getTimestampMillis()/1e3)-MAX_EVENT_AGE_SECONDS){e==null?undefined:e("Message",{Message:"not sent: the event is older than the 7 days Pinterest accepts"});data.gtmOnFailure();return}if(n.generatedId)e==null?undefined:e("Message",{Message:"no event_id in the event data: generated one, so this event cannot be deduplicated with the browser tag"});if(!hasRequiredIdentifiers(n.event.user_data)){e==null?undefined:e("Message",{Message:"not sent: Pinterest needs an email, a mobile ad id, or both the IP address and the user agent"});data.gtmOnFailure();return}const o=toInteger(t.maxRetries);const r=toInteger(t.timeoutMs);deliver({url:CAPI_ENDPOINT+u+"/events"+(t.testMode===true?"?test=true":""),token:i,body:{data:[n.event]},eventId:n.event.event_id,timeoutMs:r!==undefined&&r>0?r:DEFAULT_TIMEOUT_MS,maxRetries:o!==undefined&&o>=0?o>5?5:o:DEFAULT_MAX_RETRIES},e,s=>{if(s)data.gtmOnSuccess();else data.gtmOnFailure()})}
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


