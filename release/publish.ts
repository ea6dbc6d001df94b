/**
 * Writes one Gallery repository and commits in it, so that metadata.yaml can name a commit of THAT
 * repository: first the files (template.tpl, README.md, LICENSE) in one commit, tagged v<version>;
 * then metadata.yaml with that commit's sha added at the top of `versions` (earlier versions kept) in
 * a second commit. Pushing the branch and tags publishes the version. A folder whose template.tpl is
 * already the newest version gets no new version.
 *
 * A folder appears whole or not at all: a new one is made (cloned or initialised, written, committed)
 * in a staging folder beside it and renamed into place at the end; an existing one that fails part-way
 * is reset to the commit and tags it had. Either way a rerun starts from a clean state.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readMetadata, type MetadataVersion } from './checks/metadata-checks';
import { fileAtCommit, git, headSha, isRepositoryRoot, type GitOptions } from './git';
import { metadataYaml } from './metadata-file';

export class ReleaseError extends Error {}

export interface PublishInput {
  readonly dir: string;
  readonly name: string;
  readonly files: { readonly 'template.tpl': string; readonly 'README.md': string; readonly LICENSE: string };
  readonly links: { readonly homepage: string; readonly documentation: string };
  /** The newest release note for this template. */
  readonly latest: { readonly version: string; readonly note: string };
  /** True when release/notes.yaml lists earlier versions of this template, which its Gallery repository holds. */
  readonly hasEarlierVersions: boolean;
  /** The Gallery repository: cloned when the folder does not exist yet, pulled from when it does. */
  readonly cloneFrom?: string;
  readonly git?: GitOptions;
}

export interface PublishResult {
  readonly name: string;
  readonly dir: string;
  /** The new version's commit, when this run published one. */
  readonly published?: { readonly version: string; readonly sha: string };
  readonly created: boolean;
}

const HEADER = [
  'Community Template Gallery metadata, written by `npm run release` in https://github.com/pinterest-gtm/pinterest-gtm.',
  'Newest version first: each sha is the commit of this repository that holds that version\'s template.tpl.',
];

/** Why this folder cannot be published to, known before anything is written; undefined when it can. */
export function publishRefusal(input: PublishInput): string | undefined {
  const { dir } = input;
  if (fs.existsSync(dir)) {
    if (!isRepositoryRoot(dir)) return `${dir} exists but is not a git repository: remove it, or clone ${input.name}'s Gallery repository there`;
    if (git(dir, ['status', '--porcelain']).trim() !== '') return `${dir} has uncommitted changes: commit or discard them first`;
    return undefined;
  }
  if (!input.cloneFrom && input.hasEarlierVersions) {
    return `${input.name} has earlier versions, kept in its Gallery repository: clone it to ${dir} first (npm run release -- --clone)`;
  }
  return undefined;
}

function prepare(input: PublishInput): boolean {
  const { dir } = input;
  const refusal = publishRefusal(input);
  if (refusal) throw new ReleaseError(refusal);
  if (fs.existsSync(dir)) {
    // An earlier clone may be behind the Gallery repository: catch up, or its newer versions would be lost.
    if (input.cloneFrom && git(dir, ['remote']).split('\n').includes('origin')) git(dir, ['pull', '--ff-only', '--quiet', 'origin', 'main'], input.git);
    return false;
  }
  if (input.cloneFrom) {
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    git(path.dirname(dir), ['clone', '--quiet', '--', input.cloneFrom, path.basename(dir)], input.git);
    return false;
  }
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '--quiet', '--initial-branch=main'], input.git);
  return true;
}

function commit(dir: string, files: readonly string[], message: string, options?: GitOptions): boolean {
  git(dir, ['add', '--', ...files], options);
  if (git(dir, ['status', '--porcelain', '--', ...files]).trim() === '') return false;
  git(dir, ['commit', '--quiet', '-m', message], options);
  return true;
}

function publishInto(input: PublishInput): PublishResult {
  const created = prepare(input);
  const { dir, latest } = input;
  const metadataPath = path.join(dir, 'metadata.yaml');
  let previous: MetadataVersion[] = [];
  if (fs.existsSync(metadataPath)) {
    const { metadata, diagnostics } = readMetadata(fs.readFileSync(metadataPath, 'utf8'), metadataPath);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (!metadata || errors.length > 0) throw new ReleaseError(`${metadataPath} is not valid, fix it first: ${errors.map((d) => d.text).join('; ')}`);
    previous = metadata.versions;
  }
  const newest = previous[0] && fileAtCommit(dir, previous[0].sha, 'template.tpl');
  const isNewVersion = newest !== input.files['template.tpl'];
  const tag = `v${latest.version}`;
  if (isNewVersion && git(dir, ['tag', '--list', tag]).trim() !== '') {
    throw new ReleaseError(`${input.name}: template.tpl changed since ${latest.version} was published; add a new release for it to release/notes.yaml`);
  }
  for (const [file, content] of Object.entries(input.files)) fs.writeFileSync(path.join(dir, file), content);
  const names = Object.keys(input.files);
  let published: PublishResult['published'];
  if (isNewVersion) {
    commit(dir, names, `${latest.version}: ${latest.note}`, input.git);
    published = { version: latest.version, sha: headSha(dir) };
    git(dir, ['tag', '--annotate', tag, '-m', `${input.name} ${latest.version}`], input.git);
  } else {
    commit(dir, names, 'Update README.md and LICENSE from pinterest-gtm', input.git);
  }
  const versions = published ? [{ sha: published.sha, changeNotes: latest.note }, ...previous] : previous;
  fs.writeFileSync(metadataPath, metadataYaml(input.links, versions, HEADER));
  commit(dir, ['metadata.yaml'], published ? `metadata.yaml: version ${latest.version} is ${published.sha.slice(0, 12)}` : 'metadata.yaml: links', input.git);
  return { name: input.name, dir, published, created };
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A new folder, made in a staging folder next to it and renamed into place only when complete. */
function publishNew(input: PublishInput): PublishResult {
  const parent = path.dirname(input.dir);
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(input.dir)}.staging-`));
  try {
    const result = publishInto({ ...input, dir: path.join(staging, path.basename(input.dir)) });
    fs.renameSync(path.join(staging, path.basename(input.dir)), input.dir);
    return { ...result, dir: input.dir };
  } catch (error) {
    throw new ReleaseError(`${input.name}: ${message(error)}; ${input.dir} was not created`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** An existing repository, put back to its commit and tags when the release fails part-way. */
function publishExisting(input: PublishInput): PublishResult {
  if (!isRepositoryRoot(input.dir)) return publishInto(input); // refused by prepare(), before anything is written
  const before = git(input.dir, ['rev-parse', '--verify', '--quiet', 'HEAD']).trim();
  const tags = new Set(git(input.dir, ['tag', '--list']).split('\n'));
  try {
    return publishInto(input);
  } catch (error) {
    if (error instanceof ReleaseError && git(input.dir, ['rev-parse', '--verify', '--quiet', 'HEAD']).trim() === before) throw error;
    for (const tag of git(input.dir, ['tag', '--list']).split('\n')) if (tag !== '' && !tags.has(tag)) git(input.dir, ['tag', '--delete', tag]);
    git(input.dir, ['reset', '--quiet', '--hard', before]);
    throw new ReleaseError(`${input.name}: ${message(error)}; ${input.dir} was put back to ${before.slice(0, 12)}`);
  }
}

export function publishFolder(input: PublishInput): PublishResult {
  return fs.existsSync(input.dir) ? publishExisting(input) : publishNew(input);
}
