/**
 * `npm run release` checks what it needs before writing anything, and each Gallery folder appears whole
 * or not at all: no git identity writes nothing and says how to set one; a commit refused part-way leaves
 * no new folder (and no staging folder) and puts an existing one back; a rerun then succeeds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../release/cli';
import { publishFolder, ReleaseError, type PublishInput } from '../../release/publish';
import { release } from '../../release/release';
import { GIT_ENV, galleryTemplate, runGit, tempDir } from './builders';

const ROOT = path.resolve(__dirname, '..', '..');
const APACHE = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });
const temp = (prefix: string): string => { const dir = tempDir(prefix); dirs.push(dir); return dir; };

/** Git with no identity at all: no global or system configuration, no identity variables, no guessing from the host name. */
function noIdentity(): NodeJS.ProcessEnv {
  return {
    HOME: temp('home'), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '', GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: '',
    GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.useConfigOnly', GIT_CONFIG_VALUE_0: 'true',
  };
}

/** The test identity, with a commit-msg hook that refuses the metadata.yaml commit (the second of a release). */
function refusingMetadataCommit(): NodeJS.ProcessEnv {
  const hooks = temp('hooks');
  fs.writeFileSync(path.join(hooks, 'commit-msg'), '#!/bin/sh\nif grep -q "^metadata.yaml" "$1"; then echo "refused by a test hook" >&2; exit 1; fi\nexit 0\n', { mode: 0o755 });
  return { ...GIT_ENV, GIT_CONFIG_COUNT: '3', GIT_CONFIG_KEY_2: 'core.hooksPath', GIT_CONFIG_VALUE_2: hooks };
}

const input = (dir: string, env: NodeJS.ProcessEnv, overrides: Partial<PublishInput> = {}): PublishInput => ({
  dir, name: 'sample-tag', links: { homepage: 'https://example.com', documentation: 'https://github.com/example/sample-tag/blob/main/README.md' },
  files: { 'template.tpl': galleryTemplate(), 'README.md': '# Sample Tag\n', LICENSE: APACHE },
  latest: { version: '0.1.0', note: 'First version' }, hasEarlierVersions: false, git: { env }, ...overrides,
});

test('no git identity: an error that says how to set one, and not one file written', () => {
  const outDir = temp('dist');
  const report = release({ root: ROOT, outDir, git: { env: noIdentity() } });
  expect(report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.text)).toEqual([expect.stringMatching(/^git has no identity to commit with: set it with git config --global user.name/)]);
  expect(report.published).toEqual([]);
  expect(fs.readdirSync(outDir)).toEqual([]);
  // Once git has an identity, the same release runs from the same (empty) folder.
  const again = release({ root: ROOT, outDir, git: { env: GIT_ENV } });
  expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(fs.readdirSync(outDir).sort()).toEqual(['pinterest-client', 'pinterest-conversions-api', 'pinterest-event-id', 'pinterest-tag']);
}, 60_000);

test('the command line: no identity exits 1 with one line naming the fix, no stack trace, nothing written', () => {
  const errors: string[] = [];
  const spies = ['log', 'warn', 'error'].map((m) => jest.spyOn(console, m as 'log').mockImplementation((...a: unknown[]) => { if (m === 'error') errors.push(a.join(' ')); }));
  try {
    const root = temp('root');
    for (const file of fs.readdirSync(ROOT).filter((f) => !['node_modules', 'dist', '.git', 'tests', 'test-results'].includes(f))) fs.cpSync(path.join(ROOT, file), path.join(root, file), { recursive: true });
    expect(main([], root, { env: noIdentity() })).toBe(1);
    expect(errors.join('\n')).toContain('git has no identity to commit with');
    expect(errors.join('\n')).toContain('✗ release failed before anything was written');
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}, 60_000);

test('a commit refused part-way: a new folder is not created (nor left half-made), and a rerun creates it', () => {
  const dir = path.join(temp('gallery'), 'sample-tag');
  expect(() => publishFolder(input(dir, refusingMetadataCommit()))).toThrow(ReleaseError);
  expect(() => publishFolder(input(dir, refusingMetadataCommit()))).toThrow(/refused by a test hook.*was not created/s);
  expect(fs.readdirSync(path.dirname(dir))).toEqual([]); // no folder, no staging folder
  const published = publishFolder(input(dir, GIT_ENV)).published;
  expect(published?.version).toBe('0.1.0');
  expect(runGit(dir, 'status', '--porcelain')).toBe('');
});

test('a commit refused part-way in an existing folder puts it back to its commit and tags; a rerun publishes', () => {
  const dir = path.join(temp('gallery'), 'sample-tag');
  publishFolder(input(dir, GIT_ENV));
  const before = runGit(dir, 'rev-parse', 'HEAD');
  const second = { files: { ...input(dir, GIT_ENV).files, 'template.tpl': galleryTemplate({ scenarios: [] }) }, latest: { version: '0.2.0', note: 'Second' }, hasEarlierVersions: true };
  expect(() => publishFolder(input(dir, refusingMetadataCommit(), second))).toThrow(/refused by a test hook.*was put back to/s);
  expect(runGit(dir, 'rev-parse', 'HEAD')).toBe(before);
  expect(runGit(dir, 'tag', '--list').trim()).toBe('v0.1.0');
  expect(runGit(dir, 'status', '--porcelain')).toBe('');
  expect(publishFolder(input(dir, GIT_ENV, second)).published?.version).toBe('0.2.0');
});
