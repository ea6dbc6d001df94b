/**
 * What a template folder's definition.ts exports: everything in template.tpl that is not code or
 * tests. Field shapes follow GTM's template editor; gtm-sandbox/parameters/schema.ts validates them.
 */
import type { PermissionMap } from '../gtm-sandbox/permissions/codec';
import type { ThumbnailGlyph } from './thumbnail';

export type TemplateKind = 'web-tag' | 'web-variable' | 'server-tag' | 'server-variable' | 'server-client';

/**
 * ___INFO___ categories seen in published Gallery templates (docs/gallery-releases.md says where the
 * list comes from); the Gallery requires a `categories` entry in every template.tpl
 * (https://developers.google.com/tag-platform/tag-manager/templates/gallery).
 */
export const CATEGORIES = [
  'ADVERTISING', 'AFFILIATE_MARKETING', 'ANALYTICS', 'ATTRIBUTION', 'CONVERSIONS', 'DATA_WAREHOUSING',
  'MARKETING', 'PERSONALIZATION', 'REMARKETING', 'TAG_MANAGEMENT', 'UTILITY',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type ConditionType = 'EQUALS' | 'NOT_EQUALS' | 'PRESENT' | 'NOT_PRESENT' | 'IS_MACRO_REFERENCE';
export interface EnablingCondition { paramName: string; paramValue?: string | number | boolean; type: ConditionType }

export type ValueValidator =
  | { type: 'NON_EMPTY' | 'POSITIVE_NUMBER' | 'NON_NEGATIVE_NUMBER' | 'NUMBER' | 'DECIMAL'; errorMessage?: string; enablingConditions?: EnablingCondition[] }
  | { type: 'REGEX'; args: [string]; errorMessage?: string; enablingConditions?: EnablingCondition[] }
  | { type: 'STRING_LENGTH'; args: [number, number]; errorMessage?: string; enablingConditions?: EnablingCondition[] }
  | { type: 'TABLE_ROW_COUNT'; args: [number] | [number, number]; errorMessage?: string; enablingConditions?: EnablingCondition[] };

export interface Item { value: string | number | boolean; displayValue: string; help?: string; subParams?: Parameter[] }

interface FieldBase {
  name: string;
  displayName?: string;
  /** HTML allowed; say what the field does and link the docs. */
  help?: string;
  enablingConditions?: EnablingCondition[];
  valueValidators?: ValueValidator[];
  alwaysInSummary?: boolean;
}

export interface TextField extends FieldBase {
  type: 'TEXT'; simpleValueType?: true; defaultValue?: string; valueHint?: string; valueUnit?: string;
  canBeEmptyString?: boolean; lineCount?: number; notSetText?: string;
}
export interface SelectField extends FieldBase {
  type: 'SELECT'; simpleValueType?: true; selectItems: Item[]; macrosInSelect?: boolean; defaultValue?: string | number; notSetText?: string;
}
export interface RadioField extends FieldBase { type: 'RADIO'; simpleValueType?: true; radioItems: Item[]; defaultValue?: string | number }
export interface CheckboxField extends FieldBase {
  type: 'CHECKBOX'; simpleValueType?: true; checkboxText: string; defaultValue?: boolean; subParams?: Parameter[];
}
export interface GroupField extends FieldBase {
  type: 'GROUP'; groupStyle: 'ZIPPY_CLOSED' | 'ZIPPY_OPEN' | 'ZIPPY_OPEN_ON_PARAM' | 'NO_ZIPPY'; subParams: Parameter[];
}
export interface LabelField { type: 'LABEL'; name: string; displayName: string; enablingConditions?: EnablingCondition[] }
export interface TableColumn {
  name: string; displayName: string; type: 'TEXT' | 'SELECT'; defaultValue?: string; isUnique?: boolean;
  valueValidators?: ValueValidator[]; selectItems?: Item[]; macrosInSelect?: boolean; valueHint?: string;
}
export interface SimpleTableField extends FieldBase { type: 'SIMPLE_TABLE'; simpleTableColumns: TableColumn[]; newRowButtonText?: string }
export interface ParamTableField extends FieldBase {
  type: 'PARAM_TABLE'; paramTableColumns: { param: Parameter; isUnique?: boolean }[]; newRowButtonText?: string;
}

export type Parameter =
  | TextField | SelectField | RadioField | CheckboxField | GroupField | LabelField | SimpleTableField | ParamTableField;

export interface TemplateInfo {
  /** "Organization Template Name", Title Case (GTM's template style guide). */
  displayName: string;
  /** States the benefit and links the docs. */
  description: string;
  categories: Category[];
  /**
   * The Gallery shows the brand's thumbnail as the template's icon: our own artwork, drawn by
   * build/thumbnail.ts and embedded as a 48 × 48 PNG data URI.
   */
  brand: { id: string; displayName: string; thumbnail?: ThumbnailGlyph };
}

export interface TemplateDefinition {
  kind: TemplateKind;
  /** Module exporting `main()`, relative to the template folder. Default: src/main.ts */
  entry?: string;
  info: TemplateInfo;
  parameters: Parameter[];
  /** publicId → plain settings; the build encodes GTM's typed form. */
  permissions: PermissionMap;
  /** ___NOTES___ text. */
  notes?: string;
  /**
   * The .tpl's code section: 'readable' (default: the code as template.js shows it) or 'minified'
   * (build/minify.ts: no whitespace or comments, shorter names inside functions, every top-level name
   * kept), for templates whose code ships in every page or runs on every event. template.js stays readable.
   */
  code?: 'readable' | 'minified';
  /**
   * With code 'minified': properties of the template's own objects that nothing outside its code reads or
   * writes (never a field of `data`, an API's answer or argument, the dataLayer, a pintrk argument), shortened
   * in the .tpl like local names (build/minify.ts). template.js keeps them.
   */
  internalProperties?: string[];
  /**
   * Names of parameters whose values are secrets (e.g. an access token). GTM has no secret field type,
   * so the list lives here; tools never print these values (`pinterest-gtm plan` shows "set"). Not in the .tpl.
   */
  secretParameters?: string[];
}

/** Identity function that gives definition.ts files type checking and editor help. */
export function defineTemplate(definition: TemplateDefinition): TemplateDefinition {
  return definition;
}

export const KIND_SHAPE: Readonly<Record<TemplateKind, { type: 'TAG' | 'MACRO' | 'CLIENT'; context: 'web' | 'server' }>> = {
  'web-tag': { type: 'TAG', context: 'web' },
  'web-variable': { type: 'MACRO', context: 'web' },
  'server-tag': { type: 'TAG', context: 'server' },
  'server-variable': { type: 'MACRO', context: 'server' },
  'server-client': { type: 'CLIENT', context: 'server' },
};
