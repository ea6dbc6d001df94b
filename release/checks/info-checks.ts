/**
 * ___INFO___ as the Gallery needs it. The fields every Gallery template carries (type, id, version,
 * securityGroups, displayName, categories, brand with id, displayName and thumbnail, description,
 * containerContexts) are what GTM's editor exports; the Gallery page asks for the `categories` entry
 * (https://developers.google.com/tag-platform/tag-manager/templates/gallery), and GTM's style guide
 * (https://developers.google.com/tag-platform/tag-manager/templates/style) asks for a name without
 * "Official", a description that links to documentation and a square icon of 48–96 px under 50 KB.
 */
import { CATEGORIES } from '../../build/definition';
import { diagnostic, type Diagnostic, type Location } from '../../gtm-sandbox/diagnostics';
import { PngError, readPng } from './png';
import { GALLERY_RULES as R, lineOf } from './rules';

export const TEMPLATE_TYPES = ['TAG', 'MACRO', 'CLIENT'] as const;
const THUMBNAIL_PREFIX = 'data:image/png;base64,';
export const THUMBNAIL_LIMITS = { minSide: 48, maxSide: 96, maxBytes: 50 * 1024 } as const;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

export function checkInfo(info: Record<string, unknown>, file: string, text: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (key: string): Location => ({ file, ...lineOf(text, `"${key}"`) });
  const error = (rule: string, key: string, message: string): void => { out.push(diagnostic(rule, 'error', message, at(key))); };
  const warn = (rule: string, key: string, message: string): void => { out.push(diagnostic(rule, 'warning', message, at(key))); };

  if (!TEMPLATE_TYPES.includes(info.type as never)) error(R.infoFields, 'type', `___INFO___ type must be one of ${TEMPLATE_TYPES.join(', ')}`);
  if (!isText(info.id)) error(R.infoFields, 'id', '___INFO___ needs an id (GTM exports "cvt_temp_public_id")');
  if (!Number.isInteger(info.version)) error(R.infoFields, 'version', '___INFO___ version must be an integer');
  if (!Array.isArray(info.securityGroups)) error(R.infoFields, 'securityGroups', '___INFO___ securityGroups must be an array');
  if (!isText(info.displayName)) error(R.infoFields, 'displayName', '___INFO___ needs a displayName');
  else if (/\bofficial\b/i.test(info.displayName)) error(R.displayName, 'displayName', `"${info.displayName}": the style guide forbids "Official" without the brand owner's authorisation`);
  if (!isText(info.description)) error(R.infoFields, 'description', '___INFO___ needs a description');
  else if (!/https:\/\/\S+/.test(info.description)) warn(R.infoFields, 'description', 'the description should link to the documentation (style guide)');

  const categories = info.categories;
  if (!Array.isArray(categories) || categories.length === 0 || !categories.every(isText)) {
    error(R.categories, 'categories', '___INFO___ needs a categories entry: a non-empty list of category names (the Gallery requires it)');
  } else {
    if (new Set(categories).size !== categories.length) error(R.categories, 'categories', 'a category is listed twice');
    const unknown = categories.filter((c) => !(CATEGORIES as readonly string[]).includes(c));
    if (unknown.length > 0) warn(R.categories, 'categories', `${unknown.join(', ')}: not among the categories Gallery templates use (${CATEGORIES.join(', ')})`);
  }

  const brand = info.brand as Record<string, unknown> | undefined;
  if (!brand || typeof brand !== 'object' || Array.isArray(brand)) {
    error(R.brand, 'brand', '___INFO___ needs a brand with id, displayName and thumbnail');
    return out;
  }
  if (!isText(brand.id)) error(R.brand, 'brand', 'brand.id is missing');
  if (!isText(brand.displayName)) error(R.brand, 'brand', 'brand.displayName is missing');
  if (brand.thumbnail === undefined) error(R.thumbnail, 'brand', 'brand.thumbnail is missing: the Gallery shows it as the template\'s icon');
  else out.push(...checkThumbnail(brand.thumbnail, { file, ...lineOf(text, '"thumbnail"') }));
  return out;
}

export function checkThumbnail(thumbnail: unknown, location: Location): Diagnostic[] {
  const fail = (message: string): Diagnostic[] => [diagnostic(R.thumbnail, 'error', message, location)];
  if (typeof thumbnail !== 'string' || !thumbnail.startsWith(THUMBNAIL_PREFIX)) {
    return fail(`brand.thumbnail must be the image itself, a "${THUMBNAIL_PREFIX}…" data URI, not a link`);
  }
  const base64 = thumbnail.slice(THUMBNAIL_PREFIX.length);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return fail('brand.thumbnail is not valid base64');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length >= THUMBNAIL_LIMITS.maxBytes) return fail(`the thumbnail has ${bytes.length} bytes; the style guide allows under ${THUMBNAIL_LIMITS.maxBytes}`);
  let png;
  try {
    png = readPng(bytes);
  } catch (error) {
    if (error instanceof PngError) return fail(`the thumbnail is not a valid PNG: ${error.message}`);
    throw error;
  }
  const { minSide, maxSide } = THUMBNAIL_LIMITS;
  if (png.width !== png.height || png.width < minSide || png.width > maxSide) {
    return fail(`the thumbnail is ${png.width} × ${png.height}; the style guide asks for a square of ${minSide} to ${maxSide} px`);
  }
  return [];
}
