/**
 * JSON Schema of GTM's ___TEMPLATE_PARAMETERS___ format, as the template editor writes it. Field types
 * and keys: https://developers.google.com/tag-platform/tag-manager/templates (Fields tab) and the
 * published Gallery templates. Unknown keys are errors so that a misspelt `enablingCondition` does not
 * silently do nothing.
 */
const VALIDATOR_TYPES = ['NON_EMPTY', 'REGEX', 'POSITIVE_NUMBER', 'NON_NEGATIVE_NUMBER', 'NUMBER', 'DECIMAL', 'STRING_LENGTH', 'TABLE_ROW_COUNT', 'GA_TRACKING_ID'];
const CONDITION_TYPES = ['EQUALS', 'NOT_EQUALS', 'PRESENT', 'NOT_PRESENT', 'IS_MACRO_REFERENCE', 'CONTAINS', 'NOT_CONTAINS', 'GREATER_THAN', 'LESS_THAN', 'REGEX'];
export const PARAMETER_TYPES = ['TEXT', 'SELECT', 'RADIO', 'CHECKBOX', 'GROUP', 'LABEL', 'SIMPLE_TABLE', 'PARAM_TABLE'] as const;

const scalar = { type: ['string', 'number', 'boolean'] };
const item = {
  type: 'object',
  required: ['value', 'displayValue'],
  properties: { value: scalar, displayValue: { type: 'string' }, help: { type: 'string' }, subParams: { type: 'array', items: { $ref: '#/definitions/parameter' } } },
  additionalProperties: false,
};
const condition = {
  type: 'object',
  required: ['paramName', 'type'],
  properties: { paramName: { type: 'string', minLength: 1 }, paramValue: scalar, type: { enum: CONDITION_TYPES } },
  additionalProperties: false,
};
const validator = {
  type: 'object',
  required: ['type'],
  properties: {
    type: { enum: VALIDATOR_TYPES },
    args: { type: 'array', items: scalar },
    errorMessage: { type: 'string' },
    enablingConditions: { type: 'array', items: condition },
  },
  additionalProperties: false,
  allOf: [
    { if: { properties: { type: { const: 'REGEX' } } }, then: { required: ['args'], properties: { args: { minItems: 1, maxItems: 1, items: { type: 'string' } } } } },
    { if: { properties: { type: { const: 'STRING_LENGTH' } } }, then: { required: ['args'], properties: { args: { minItems: 2, maxItems: 2, items: { type: 'number' } } } } },
    { if: { properties: { type: { const: 'TABLE_ROW_COUNT' } } }, then: { required: ['args'], properties: { args: { minItems: 1, maxItems: 2, items: { type: 'number' } } } } },
  ],
};
/** UI text: a string, or a localized text object (seen in published templates: `{text, translations}`). */
const text = {
  anyOf: [
    { type: 'string' },
    { type: 'object', required: ['text'], properties: { text: { type: 'string' }, translations: { type: 'array' } } },
  ],
};
/**
 * A SIMPLE_TABLE column. Published templates GTM exported show a column `help`
 * (coveooss/coveo-analytics-gtm-template) and a SELECT column without selectItems when the user picks
 * a variable (macrosInSelect; gtm-templates-knowit-experience/sgtm-block-duplicate-transactions).
 */
const column = {
  type: 'object',
  required: ['name', 'displayName', 'type'],
  properties: {
    name: { type: 'string', minLength: 1 }, displayName: text, type: { enum: ['TEXT', 'SELECT'] },
    defaultValue: scalar, isUnique: { type: 'boolean' }, valueValidators: { type: 'array', items: validator },
    selectItems: { type: 'array', items: item }, macrosInSelect: { type: 'boolean' },
    valueHint: text, help: text,
  },
  additionalProperties: false,
  if: { properties: { type: { const: 'SELECT' } }, not: { properties: { macrosInSelect: { const: true } }, required: ['macrosInSelect'] } },
  then: { required: ['selectItems'] },
};
const requires = (type: string, key: string, minItems = 1): Record<string, unknown> => ({
  if: { properties: { type: { const: type } } },
  then: { required: [key], properties: { [key]: { minItems } } },
});

export const PARAMETERS_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'array',
  items: { $ref: '#/definitions/parameter' },
  definitions: {
    parameter: {
      type: 'object',
      required: ['type', 'name'],
      properties: {
        type: { enum: PARAMETER_TYPES }, name: { type: 'string', minLength: 1 },
        displayName: text, help: text, defaultValue: {}, simpleValueType: { type: 'boolean' },
        valueValidators: { type: 'array', items: validator }, enablingConditions: { type: 'array', items: condition },
        alwaysInSummary: { type: 'boolean' }, notSetText: text, valueHint: text,
        valueUnit: { type: 'string' }, canBeEmptyString: { type: 'boolean' }, lineCount: { type: 'number' },
        selectItems: { type: 'array', items: item }, macrosInSelect: { type: 'boolean' },
        radioItems: { type: 'array', items: item }, checkboxText: text,
        groupStyle: { enum: ['ZIPPY_CLOSED', 'ZIPPY_OPEN', 'ZIPPY_OPEN_ON_PARAM', 'NO_ZIPPY'] },
        subParams: { type: 'array', items: { $ref: '#/definitions/parameter' } },
        simpleTableColumns: { type: 'array', items: column }, newRowButtonText: { type: 'string' },
        paramTableColumns: {
          type: 'array',
          items: { type: 'object', required: ['param'], properties: { param: { $ref: '#/definitions/parameter' }, isUnique: { type: 'boolean' } }, additionalProperties: false },
        },
        newRowTitle: { type: 'string' }, editRowTitle: { type: 'string' }, clientAnnotations: { type: 'object' },
      },
      additionalProperties: false,
      allOf: [
        requires('SELECT', 'selectItems', 0), requires('RADIO', 'radioItems'), requires('GROUP', 'subParams'),
        requires('SIMPLE_TABLE', 'simpleTableColumns'), requires('PARAM_TABLE', 'paramTableColumns'),
      ],
    },
  },
} as const;
