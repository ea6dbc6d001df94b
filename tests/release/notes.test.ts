/** release/notes.yaml is the one source of the release notes; CHANGELOG.md and the Gallery repositories follow it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTemplates } from '../../build/find-templates';
import { headingAnchors } from '../../release/checks/folder-checks';
import { changelog } from '../../release/changelog';
import { GALLERY_REPOSITORIES, ROOT_GALLERY } from '../../release/gallery-repos';
import { NotesError, parseNotes, readNotes, releasesOf } from '../../release/notes';
import { displayNames, NOTES_FILE } from '../../release/release';

const ROOT = path.resolve(__dirname, '..', '..');
const release = (version: string, changes: Record<string, string>, date = '2026-12-01'): string =>
  `- version: "${version}"\n  date: "${date}"\n  changes:\n${Object.entries(changes).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}\n`).join('')}`;

test('releases read newest first, and each template finds its own history', () => {
  const notes = parseNotes(release('0.2.0', { 'pinterest-tag': 'Second' }) + release('0.1.0', { 'pinterest-tag': 'First', 'pinterest-client': 'Client' }));
  expect(releasesOf(notes, 'pinterest-tag').map((r) => r.note)).toEqual(['Second', 'First']);
  expect(releasesOf(notes, 'pinterest-client').map((r) => r.version)).toEqual(['0.1.0']);
  expect(releasesOf(notes, 'pinterest-event-id')).toEqual([]);
});

test.each([
  ['an empty file', '', 'expected a list'],
  ['YAML that does not parse', '- version: [', 'not valid YAML'],
  ['a version that is not MAJOR.MINOR.PATCH', release('1.0', { 'pinterest-tag': 'x' }), 'MAJOR.MINOR.PATCH'],
  ['a date in another format', release('0.1.0', { 'pinterest-tag': 'x' }, '02/12/2026'), 'YYYY-MM-DD'],
  ['no changes', '- version: "0.1.0"\n  changes: {}\n', 'changes must map'],
  ['an unknown template', release('0.1.0', { 'pinterest-pixel': 'x' }), 'unknown template'],
  ['a note over several lines', release('0.1.0', { 'pinterest-tag': 'one\ntwo' }), 'one line'],
  ['an empty note', release('0.1.0', { 'pinterest-tag': ' ' }), 'one line'],
  ['an older version above a newer one', release('0.1.0', { 'pinterest-tag': 'a' }) + release('0.2.0', { 'pinterest-tag': 'b' }), 'newest first'],
  ['a version listed twice', release('0.1.0', { 'pinterest-tag': 'a' }) + release('0.1.0', { 'pinterest-tag': 'b' }), 'newest first'],
])('%s is refused', (_what, text, message) => {
  expect(() => parseNotes(text)).toThrow(NotesError);
  expect(() => parseNotes(text)).toThrow(message);
});

test("the repository's notes are valid and every Gallery repository has a note", () => {
  const notes = readNotes(path.join(ROOT, NOTES_FILE));
  for (const r of GALLERY_REPOSITORIES) expect(releasesOf(notes, r.name).length).toBeGreaterThan(0);
});

test('CHANGELOG.md is what release/notes.yaml generates (npm run release writes it)', () => {
  const expected = changelog(readNotes(path.join(ROOT, NOTES_FILE)), GALLERY_REPOSITORIES, displayNames(ROOT));
  expect(fs.readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')).toBe(expected);
});

test('every template folder has exactly one Gallery repository', () => {
  const folders = findTemplates(ROOT).map((d) => path.relative(ROOT, d).replace(/\\/g, '/')).sort();
  expect(GALLERY_REPOSITORIES.map((r) => r.template).sort()).toEqual(folders);
  expect(new Set(GALLERY_REPOSITORIES.map((r) => r.name)).size).toBe(GALLERY_REPOSITORIES.length);
});

test('the setup guides the Gallery READMEs link to are headings of the main README', () => {
  const anchors = headingAnchors(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  for (const r of GALLERY_REPOSITORIES) expect(anchors).toContain(r.guide);
  expect(anchors).toContain(new URL(ROOT_GALLERY.documentation).hash.slice(1));
});
