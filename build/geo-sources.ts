/**
 * What the geo tables cover, and where their data comes from (build/generate-geo-tables.ts). Only
 * countries where Pinterest sells ads get names, alpha-3 codes and telephone plans: a conversion that a
 * Pinterest ad caused comes from someone who saw the ad there, and every row ships inside the templates
 * (see the size budget in README.md, "Enhanced Match normalisation"). Two-letter codes of every other
 * country still pass; their names and national-format phone numbers are left out and logged.
 */

/**
 * Pinterest's advertiser countries, the enum `TargetingAdvertiserCountry` of the Pinterest API v5
 * OpenAPI description (https://github.com/pinterest/api-description, v5/openapi.json), each with its
 * official languages that i18n-iso-countries has names in (CLDR locales). Every country is also named
 * in English. Luxembourgish has no locale there: Luxembourg is named in French and German. Singapore's
 * shops write English, and Cyprus is named in Greek only (the Turkish entry is a political name).
 */
export const AD_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  US: [], GB: [], CA: ['fr'], IE: ['ga'], AU: [], NZ: [], FR: ['fr'], SE: ['sv'], IL: ['he'], DE: ['de'],
  AT: ['de'], IT: ['it'], ES: ['es'], NL: ['nl'], BE: ['nl', 'fr', 'de'], PT: ['pt'], CH: ['de', 'fr', 'it'],
  HK: ['zh'], JP: ['ja'], KR: ['ko'], SG: [], NO: ['nb', 'nn'], DK: ['da'], FI: ['fi', 'sv'],
  CY: ['el'], LU: ['fr', 'de'], MT: ['mt'], PL: ['pl'], RO: ['ro'], HU: ['hu'], CZ: ['cs'], GR: ['el'],
  SK: ['sk'], BR: ['pt'], MX: ['es'], AR: ['es'], CL: ['es'], CO: ['es'],
};

/** Countries whose subdivision names map to two-letter codes for user_data.st (ISO 3166-2). */
export const SUBDIVISION_COUNTRIES = ['US', 'CA'] as const;

/**
 * Letters whose compatibility decomposition (NFKD) has no ASCII base but which are written with a
 * conventional ASCII spelling (Unicode has no decomposition for them): German ß, Danish/Norwegian æ ø,
 * French œ, Icelandic þ ð, Polish ł, Croatian đ, Maltese ħ, Turkish dotless ı, Sámi ŧ ŋ, Greenlandic ĸ.
 */
export const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'þ': 'th', 'ð': 'd', 'ł': 'l', 'đ': 'd', 'ħ': 'h', 'ı': 'i', 'ŧ': 't', 'ŋ': 'n', 'ĸ': 'k',
};

/**
 * Accented letters folded: all of Latin-1 Supplement (Western European languages, so "Québec" or
 * "Nouveau-Méxique" written with accents still meet the plain names), plus every other Latin letter
 * (U+0100–U+024F) that occurs in the names the tables hold. A letter outside both cannot be part of a
 * name we map, so folding it would only cost bytes.
 */
export const FOLD_ALWAYS: readonly [number, number] = [0x00c0, 0x00ff];
export const FOLD_IF_USED: readonly [number, number] = [0x0100, 0x024f];
