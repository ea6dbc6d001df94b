/** metadata.yaml checks: each rule fails a file built to break it; shas are checked against real git history. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkVersionsInRepository, readMetadata } from '../../release/checks/metadata-checks';
import { galleryTemplate, repositoryWith, runGit, tempDir } from './builders';

const SHA_A = 'a'.repeat(40);
const SHA_B = 'b'.repeat(40);
const metadata = (versions: string, extra = ''): string =>
  `homepage: "https://example.com"\ndocumentation: "https://example.com/docs"\n${extra}versions:\n${versions}`;
const entry = (sha: string, notes = 'A change'): string => `  - sha: ${sha}\n    changeNotes: ${notes}\n`;
const rules = (text: string, severity: 'error' | 'warning' = 'error'): string[] =>
  [...new Set(readMetadata(text).diagnostics.filter((d) => d.severity === severity).map((d) => d.id))];

test('a valid metadata.yaml reads without diagnostics, newest version first', () => {
  const { metadata: m, diagnostics } = readMetadata(metadata(entry(SHA_A, 'Newer') + entry(SHA_B, 'Older')));
  expect(diagnostics).toEqual([]);
  expect(m?.versions.map((v) => v.changeNotes)).toEqual(['Newer', 'Older']);
});

const ERRORS: [string, string, string][] = [
  ['YAML that does not parse', 'homepage: "https://example.com\nversions: [', 'gallery/metadata'],
  ['a key written twice', metadata(entry(SHA_A), 'homepage: "https://example.org"\n'), 'gallery/metadata'],
  ['a list instead of a mapping', '- homepage: https://example.com\n', 'gallery/metadata'],
  ['no homepage', 'documentation: "https://example.com/docs"\nversions: []\n', 'gallery/metadata'],
  ['an http:// documentation link', metadata(entry(SHA_A)).replace('https://example.com/docs', 'http://example.com/docs'), 'gallery/metadata'],
  ['no versions', 'homepage: "https://example.com"\ndocumentation: "https://example.com/docs"\n', 'gallery/versions'],
  ['a version without sha', metadata('  - changeNotes: Forgot the sha\n'), 'gallery/versions'],
  ['a sha that is not hexadecimal', metadata(entry('123xyz7')), 'gallery/versions'],
  ['an unquoted numeric sha', metadata(entry('1234567')), 'gallery/versions'],
  ['an option-like sha', metadata(entry('--output=/tmp/x')), 'gallery/versions'],
  ['a sha listed twice', metadata(entry(SHA_A) + entry(SHA_A)), 'gallery/versions'],
  ['a version without changeNotes', metadata(`  - sha: ${SHA_A}\n`), 'gallery/versions'],
  ['multi-line changeNotes', metadata(`  - sha: ${SHA_A}\n    changeNotes: |\n      one\n      two\n`), 'gallery/versions'],
];
test.each(ERRORS)('%s is an error', (_what, text, rule) => {
  expect(rules(text)).toContain(rule);
});

const WARNINGS: [string, string, string][] = [
  ['an empty versions list', metadata('  []\n'), 'gallery/versions'],
  ['a short sha', metadata(entry('abc1234')), 'gallery/versions'],
  ['an unknown key', metadata(entry(SHA_A), 'owner: me\n'), 'gallery/metadata'],
];
test.each(WARNINGS)('%s is a warning', (_what, text, rule) => {
  expect(rules(text, 'warning')).toContain(rule);
  expect(rules(text)).toEqual([]);
});

test('errors carry the line of metadata.yaml they are about', () => {
  const text = metadata(entry(SHA_A) + '  - changeNotes: Forgot the sha\n');
  const [d] = readMetadata(text, 'metadata.yaml').diagnostics;
  expect(d.location).toMatchObject({ file: 'metadata.yaml', line: 6 });
});

describe('versions against the repository', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });
  const check = (dir: string): { id: string; severity: string; text: string }[] => {
    const text = fs.readFileSync(path.join(dir, 'metadata.yaml'), 'utf8');
    return checkVersionsInRepository(dir, readMetadata(text).metadata!, text);
  };
  const repoWithVersion = (): { dir: string; sha: string } => {
    const dir = repositoryWith({ 'template.tpl': galleryTemplate(), 'README.md': '# t\n' });
    dirs.push(dir);
    const sha = runGit(dir, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(dir, 'metadata.yaml'), metadata(entry(sha)));
    return { dir, sha };
  };

  test('a sha of a commit holding the current template.tpl passes', () => {
    expect(check(repoWithVersion().dir)).toEqual([]);
  });
  test('a sha that is not a commit of this repository is an error', () => {
    const { dir } = repoWithVersion();
    fs.writeFileSync(path.join(dir, 'metadata.yaml'), metadata(entry(SHA_A)));
    expect(check(dir)).toEqual([expect.objectContaining({ id: 'gallery/version-sha', severity: 'error' })]);
  });
  test('a commit only on another branch (not pushed with HEAD) is an error', () => {
    const { dir } = repoWithVersion();
    runGit(dir, 'checkout', '--quiet', '-b', 'side');
    fs.writeFileSync(path.join(dir, 'template.tpl'), galleryTemplate({ code: 'data.gtmOnSuccess();', permissions: {} }));
    runGit(dir, 'commit', '--quiet', '-am', 'side');
    const side = runGit(dir, 'rev-parse', 'HEAD').trim();
    runGit(dir, 'checkout', '--quiet', 'main');
    fs.writeFileSync(path.join(dir, 'metadata.yaml'), metadata(entry(side)));
    expect(check(dir).map((d) => d.id)).toEqual(['gallery/version-sha']);
  });
  test('a commit without template.tpl at the root is an error', () => {
    const dir = repositoryWith({ 'README.md': '# no template yet\n' });
    dirs.push(dir);
    const sha = runGit(dir, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(dir, 'template.tpl'), galleryTemplate());
    fs.writeFileSync(path.join(dir, 'metadata.yaml'), metadata(entry(sha)));
    expect(check(dir)).toEqual([expect.objectContaining({ id: 'gallery/version-sha', severity: 'error', text: expect.stringContaining('no template.tpl') })]);
  });
  test('a template.tpl changed after the newest version is a warning: the Gallery still serves the old one', () => {
    const { dir } = repoWithVersion();
    fs.writeFileSync(path.join(dir, 'template.tpl'), galleryTemplate({ code: 'data.gtmOnSuccess();', permissions: {} }));
    expect(check(dir)).toEqual([expect.objectContaining({ id: 'gallery/version-sha', severity: 'warning' })]);
  });
  test('in a shallow clone a sha older than its history is a warning: it may exist upstream', () => {
    const { dir, sha } = repoWithVersion();
    fs.writeFileSync(path.join(dir, 'template.tpl'), galleryTemplate({ scenarios: [] }));
    runGit(dir, 'commit', '--quiet', '-am', 'second');
    const shallow = tempDir('shallow');
    dirs.push(shallow);
    runGit(shallow, 'clone', '--quiet', '--depth', '1', `file://${dir}`, 'clone');
    const clone = path.join(shallow, 'clone');
    fs.writeFileSync(path.join(clone, 'metadata.yaml'), metadata(entry(sha)));
    expect(check(clone)).toEqual([expect.objectContaining({ id: 'gallery/version-sha', severity: 'warning', text: expect.stringContaining('shallow') })]);
  });
  test('outside a git repository the shas cannot be checked, which is a warning', () => {
    const dir = tempDir('plain');
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'metadata.yaml'), metadata(entry(SHA_A)));
    expect(check(dir)).toEqual([expect.objectContaining({ id: 'gallery/version-sha', severity: 'warning' })]);
  });
});
