/**
 * The sections of a template.tpl file, in the order current GTM exports write them.
 * Format reference: an exported template opens each section with a line `___NAME___` and a blank line.
 */
export const SECTION_ORDER = [
  '___TERMS_OF_SERVICE___',
  '___INFO___',
  '___TEMPLATE_PARAMETERS___',
  '___SANDBOXED_JS_FOR_WEB_TEMPLATE___',
  '___SANDBOXED_JS_FOR_SERVER___',
  '___WEB_PERMISSIONS___',
  '___SERVER_PERMISSIONS___',
  '___TESTS___',
  '___NOTES___',
] as const;

export type SectionName = (typeof SECTION_ORDER)[number];

/** The Gallery's terms text, as GTM writes it into every export. */
export const TERMS_OF_SERVICE = [
  "By creating or modifying this file you agree to Google Tag Manager's Community",
  'Template Gallery Developer Terms of Service available at',
  'https://developers.google.com/tag-manager/gallery-tos (or such other URL as',
  'Google may provide), as modified from time to time.',
].join('\n');

export type TemplateType = 'TAG' | 'MACRO' | 'CLIENT';
