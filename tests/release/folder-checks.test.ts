/** A Gallery repository folder: its files, LICENSE and documentation link; and the main repository as the web tag's. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkDocumentationLink, checkGalleryFolder, GALLERY_FILES, headingAnchors } from '../../release/checks/folder-checks';
import { MAIN_REPOSITORY, ROOT_GALLERY } from '../../release/gallery-repos';
import { galleryTemplate, repositoryWith, runGit } from './builders';

const ROOT = path.resolve(__dirname, '..', '..');
const APACHE = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
const URL = 'https://github.com/example/sample-tag';
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

/** A Gallery repository that passes: template committed, then metadata.yaml naming that commit. */
function galleryFolder(overrides: Record<string, string | null> = {}): string {
  const dir = repositoryWith({ 'template.tpl': galleryTemplate(), LICENSE: APACHE, 'README.md': '# Sample Tag\n\n## Install\n' });
  dirs.push(dir);
  const sha = runGit(dir, 'rev-parse', 'HEAD').trim();
  fs.writeFileSync(path.join(dir, 'metadata.yaml'), `homepage: https://example.com\ndocumentation: ${URL}/blob/main/README.md#install\nversions:\n  - sha: ${sha}\n    changeNotes: First version\n`);
  for (const [file, content] of Object.entries(overrides)) {
    if (content === null) fs.rmSync(path.join(dir, file));
    else fs.writeFileSync(path.join(dir, file), content);
  }
  return dir;
}
const errors = (dir: string): string[] => checkGalleryFolder(dir, { repositoryUrl: URL }).filter((d) => d.severity === 'error').map((d) => d.id);

test('a complete Gallery repository passes with no diagnostics', () => {
  expect(checkGalleryFolder(galleryFolder(), { repositoryUrl: URL })).toEqual([]);
});
test.each(GALLERY_FILES)('a repository without %s fails', (file) => {
  expect(errors(galleryFolder({ [file]: null }))).toContain('gallery/files');
});
test('an MIT LICENSE fails: the Gallery expects Apache-2.0', () => {
  const mit = 'MIT License\n\nCopyright (c) 2026 Example\n\nPermission is hereby granted, free of charge, to any person obtaining a copy';
  expect(errors(galleryFolder({ LICENSE: mit }))).toEqual(['gallery/license']);
});
test('a version entry without a sha fails', () => {
  const dir = galleryFolder({ 'metadata.yaml': `homepage: https://example.com\ndocumentation: ${URL}\nversions:\n  - changeNotes: Forgot it\n` });
  expect(errors(dir)).toEqual(['gallery/versions']);
});
test('a broken template.tpl fails the folder', () => {
  expect(errors(galleryFolder({ 'template.tpl': galleryTemplate().replace('"categories"', '"kategories"') }))).toContain('gallery/categories');
});

describe('documentation links into the repository', () => {
  test.each([
    [`${URL}/blob/main/DOCS.md`, 'does not exist'],
    [`${URL}/blob/main/README.md#configuration`, 'not a heading'],
    [`${URL}#missing`, 'not a heading'],
    [`${URL}/blob/main/..%2F..%2Fetc%2Fpasswd`, 'does not exist'],
    [`${URL}/issues`, 'neither'],
  ])('%s fails (%s)', (link, why) => {
    const dir = galleryFolder();
    expect(checkDocumentationLink(dir, link, URL, 'metadata.yaml')).toEqual([expect.objectContaining({ id: 'gallery/documentation', text: expect.stringContaining(why) })]);
  });
  test('links to the repository page, a file or a heading pass; links elsewhere are not checked offline', () => {
    const dir = galleryFolder();
    for (const link of [URL, `${URL}#install`, `${URL}/blob/main/README.md`, 'https://example.com/anything', `${URL}-other/blob/main/X.md`, `${URL}/../other#x`]) {
      expect(checkDocumentationLink(dir, link, URL, 'metadata.yaml')).toEqual([]);
    }
  });
  test("heading anchors follow GitHub's rule", () => {
    expect([...headingAnchors('# Deduplication: the event_id rule\n## Conversions API tag (server container)\n### `npm start`, explained\n')])
      .toEqual(['deduplication-the-event_id-rule', 'conversions-api-tag-server-container', 'npm-start-explained']);
  });
});

test('the main repository is a valid Gallery repository for the web tag: root metadata.yaml, documentation link that exists', () => {
  const diagnostics = checkGalleryFolder(ROOT, { repositoryUrl: MAIN_REPOSITORY });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(fs.readFileSync(path.join(ROOT, 'metadata.yaml'), 'utf8')).toContain(`documentation: ${ROOT_GALLERY.documentation}\n`);
  expect(fs.readFileSync(path.join(ROOT, 'template.tpl'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'web-template', 'tag', 'template.tpl'), 'utf8'));
});
