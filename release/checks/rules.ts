/**
 * The release checks: what the Community Template Gallery checks before it lists a template, or
 * needs in order to list it. Each rule has a stable id, printed with its diagnostics, and the source
 * it comes from; docs/gallery-releases.md explains them.
 */
export const GALLERY_DOCS = 'https://developers.google.com/tag-platform/tag-manager/templates/gallery';
export const STYLE_GUIDE = 'https://developers.google.com/tag-platform/tag-manager/templates/style';

export const GALLERY_RULES = {
  files: 'gallery/files',
  sections: 'gallery/sections',
  termsOfService: 'gallery/terms-of-service',
  strictJson: 'gallery/strict-json',
  infoFields: 'gallery/info-fields',
  categories: 'gallery/categories',
  brand: 'gallery/brand',
  thumbnail: 'gallery/thumbnail',
  containerContext: 'gallery/container-context',
  permissions: 'gallery/permissions',
  tests: 'gallery/tests',
  displayName: 'gallery/display-name',
  clientTemplate: 'gallery/client-template',
  metadata: 'gallery/metadata',
  versions: 'gallery/versions',
  versionSha: 'gallery/version-sha',
  license: 'gallery/license',
  documentation: 'gallery/documentation',
} as const;

export type GalleryRule = (typeof GALLERY_RULES)[keyof typeof GALLERY_RULES];

/** The first line of `text` containing `needle` (1-based), for diagnostics; 1 when absent. */
export function lineOf(text: string, needle: string): { line: number; column: number; lineText: string } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const column = lines[i].indexOf(needle);
    if (column !== -1) return { line: i + 1, column, lineText: lines[i] };
  }
  return { line: 1, column: 0, lineText: lines[0] ?? '' };
}
