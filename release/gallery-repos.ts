/**
 * Where each template is published. The Gallery takes one template per GitHub repository, read from
 * that repository's root (https://developers.google.com/tag-platform/tag-manager/templates/gallery),
 * so each of our templates has a Gallery repository of its own; `npm run release` writes it under
 * dist/gallery/<name>/. The main repository keeps the sources, the docs and the release notes.
 */
export const MAIN_REPOSITORY = 'https://github.com/pinterest-gtm/pinterest-gtm';
const OWNER = 'https://github.com/pinterest-gtm';

export interface GalleryRepository {
  /** The Gallery repository's name, also the folder name under dist/gallery/ and the key in release/notes.yaml. */
  readonly name: string;
  /** The template folder in this repository. */
  readonly template: string;
  /** The heading of the main README that explains the template's setup. */
  readonly guide: string;
}

export const GALLERY_REPOSITORIES: readonly GalleryRepository[] = [
  { name: 'pinterest-tag', template: 'web-template/tag', guide: 'install-in-google-tag-manager' },
  { name: 'pinterest-event-id', template: 'web-template/event-id', guide: 'deduplication-the-event_id-rule' },
  { name: 'pinterest-conversions-api', template: 'server-template/tag', guide: 'conversions-api-tag-server-container' },
  { name: 'pinterest-client', template: 'server-template/client', guide: 'pinterest-client-server-container' },
];

export const repositoryUrl = (name: string): string => `${OWNER}/${name}`;

/** metadata.yaml links of a Gallery repository: the project, and the repository's own README. */
export function galleryLinks(name: string): { homepage: string; documentation: string } {
  return { homepage: MAIN_REPOSITORY, documentation: `${repositoryUrl(name)}/blob/main/README.md` };
}

/** The main repository is a valid Gallery repository for the web tag too (root template.tpl). */
export const ROOT_GALLERY = {
  name: 'pinterest-tag',
  homepage: MAIN_REPOSITORY,
  documentation: `${MAIN_REPOSITORY}#install-in-google-tag-manager`,
} as const;
