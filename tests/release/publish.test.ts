/**
 * Publishing a Gallery repository with real git: the version's sha names a commit of THAT repository
 * holding the template, earlier versions stay, and re-running changes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkGalleryFolder } from '../../release/checks/folder-checks';
import { readMetadata } from '../../release/checks/metadata-checks';
import { publishFolder, ReleaseError, type PublishInput } from '../../release/publish';
import { GIT_ENV, galleryTemplate, runGit, tempDir } from './builders';

const APACHE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'LICENSE'), 'utf8');
const URL = 'https://github.com/example/sample-tag';
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

const SECOND = galleryTemplate({ code: "const log = require('logToConsole');\nlog('v2', data.message);\ndata.gtmOnSuccess();" });
function input(dir: string, overrides: Partial<PublishInput> = {}): PublishInput {
  return {
    dir, name: 'sample-tag', links: { homepage: 'https://example.com', documentation: `${URL}/blob/main/README.md` },
    files: { 'template.tpl': galleryTemplate(), 'README.md': '# Sample Tag\n', LICENSE: APACHE },
    latest: { version: '0.1.0', note: 'First version' }, hasEarlierVersions: false, git: { env: GIT_ENV }, ...overrides,
  };
}
const fresh = (): string => { const base = tempDir('gallery'); dirs.push(base); return path.join(base, 'sample-tag'); };
const versions = (dir: string) => readMetadata(fs.readFileSync(path.join(dir, 'metadata.yaml'), 'utf8')).metadata!.versions;
const commits = (dir: string): number => Number(runGit(dir, 'rev-list', '--count', 'HEAD').trim());

test('a first release: the template commit, tagged, then metadata.yaml naming it; the folder passes the checks', () => {
  const dir = fresh();
  const result = publishFolder(input(dir));
  expect(result.created).toBe(true);
  const [version] = versions(dir);
  expect(version).toEqual({ sha: result.published!.sha, changeNotes: 'First version' });
  expect(runGit(dir, 'show', `${version.sha}:template.tpl`)).toBe(galleryTemplate());
  expect(runGit(dir, 'rev-parse', 'v0.1.0^{commit}').trim()).toBe(version.sha);
  expect(runGit(dir, 'log', '-1', '--format=%s').trim()).toBe(`metadata.yaml: version 0.1.0 is ${version.sha.slice(0, 12)}`);
  expect(checkGalleryFolder(dir, { repositoryUrl: URL })).toEqual([]);
});

test('running it again changes nothing', () => {
  const dir = fresh();
  publishFolder(input(dir));
  const before = runGit(dir, 'rev-parse', 'HEAD');
  expect(publishFolder(input(dir)).published).toBeUndefined();
  expect(runGit(dir, 'rev-parse', 'HEAD')).toBe(before);
});

test('a new version goes on top and the earlier ones stay, each naming its own commit', () => {
  const dir = fresh();
  const first = publishFolder(input(dir)).published!;
  const second = publishFolder(input(dir, { files: { ...input(dir).files, 'template.tpl': SECOND }, latest: { version: '0.2.0', note: 'Logs v2' }, hasEarlierVersions: true })).published!;
  expect(versions(dir)).toEqual([{ sha: second.sha, changeNotes: 'Logs v2' }, { sha: first.sha, changeNotes: 'First version' }]);
  expect(runGit(dir, 'show', `${first.sha}:template.tpl`)).toBe(galleryTemplate());
  expect(runGit(dir, 'show', `${second.sha}:template.tpl`)).toBe(SECOND);
  expect(checkGalleryFolder(dir, { repositoryUrl: URL })).toEqual([]);
});

test('a README change without a template change is committed but is no new version', () => {
  const dir = fresh();
  publishFolder(input(dir));
  const result = publishFolder(input(dir, { files: { ...input(dir).files, 'README.md': '# Sample Tag\n\nMore docs.\n' } }));
  expect(result.published).toBeUndefined();
  expect(versions(dir)).toHaveLength(1);
  expect(commits(dir)).toBe(3);
});

test('a changed template without a new release note is refused', () => {
  const dir = fresh();
  publishFolder(input(dir));
  expect(() => publishFolder(input(dir, { files: { ...input(dir).files, 'template.tpl': SECOND } }))).toThrow(/add a new release/);
});

test('a later release needs the Gallery repository (its earlier versions): refused without it, cloned with --clone', () => {
  const first = fresh();
  publishFolder(input(first));
  const remote = `${first}.git`;
  runGit(path.dirname(first), 'clone', '--quiet', '--bare', first, remote);
  const later = input(fresh(), { files: { ...input(first).files, 'template.tpl': SECOND }, latest: { version: '0.2.0', note: 'Logs v2' }, hasEarlierVersions: true });
  expect(() => publishFolder(later)).toThrow(/clone it/);
  const result = publishFolder({ ...later, cloneFrom: remote });
  expect(result.created).toBe(false);
  expect(versions(later.dir).map((v) => v.changeNotes)).toEqual(['Logs v2', 'First version']);
  expect(checkGalleryFolder(later.dir, { repositoryUrl: URL })).toEqual([]);
});

test('an earlier clone that is behind the Gallery repository catches up before adding a version', () => {
  const first = fresh();
  publishFolder(input(first));
  const remote = `${first}.git`;
  runGit(path.dirname(first), 'clone', '--quiet', '--bare', first, remote);
  const stale = fresh();
  runGit(path.dirname(stale), 'clone', '--quiet', remote, path.basename(stale));
  const current = fresh();
  publishFolder(input(current, { files: { ...input(first).files, 'template.tpl': SECOND }, latest: { version: '0.2.0', note: 'Logs v2' }, hasEarlierVersions: true, cloneFrom: remote }));
  runGit(current, 'push', '--quiet', '--follow-tags', 'origin', 'main');
  const third = galleryTemplate({ scenarios: [] });
  publishFolder(input(stale, { files: { ...input(first).files, 'template.tpl': third }, latest: { version: '0.3.0', note: 'No tests' }, hasEarlierVersions: true, cloneFrom: remote }));
  expect(versions(stale).map((v) => v.changeNotes)).toEqual(['No tests', 'Logs v2', 'First version']);
});

test.each([
  ['a folder that is not a git repository', (dir: string) => { fs.mkdirSync(dir); fs.writeFileSync(path.join(dir, 'template.tpl'), 'x'); }, /not a git repository/],
  ['uncommitted changes', (dir: string) => { publishFolder(input(dir)); fs.writeFileSync(path.join(dir, 'README.md'), 'edited by hand'); }, /uncommitted changes/],
  ['an invalid metadata.yaml', (dir: string) => {
    publishFolder(input(dir));
    fs.writeFileSync(path.join(dir, 'metadata.yaml'), 'versions:\n  - changeNotes: no sha\n');
    runGit(dir, 'commit', '--quiet', '-am', 'break it');
  }, /not valid/],
])('%s is refused before anything is written', (_what, setup, message) => {
  const dir = fresh();
  setup(dir);
  const head = fs.existsSync(path.join(dir, '.git')) ? runGit(dir, 'rev-parse', 'HEAD') : '';
  expect(() => publishFolder(input(dir, { latest: { version: '0.2.0', note: 'Next' }, files: { ...input(dir).files, 'template.tpl': SECOND } }))).toThrow(ReleaseError);
  expect(() => publishFolder(input(dir))).toThrow(message);
  if (head) expect(runGit(dir, 'rev-parse', 'HEAD')).toBe(head);
});
