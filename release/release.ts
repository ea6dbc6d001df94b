/**
 * `npm run release`: for each template, checks its template.tpl as the Gallery would, then writes and
 * commits its Gallery repository under dist/gallery/<name>/; generates CHANGELOG.md from
 * release/notes.yaml and adds the release to the root metadata.yaml. Nothing is pushed.
 *
 * Everything that can be known before writing is checked first, and any error stops the release before
 * a single file is written: git and an identity to commit with, the notes, every template's release
 * checks and note, and every existing Gallery folder. Each folder then appears whole or not at all
 * (publish.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GALLERY_TEMPLATE } from '../build/find-templates';
import { loadDefinition } from '../build/load-definition';
import { diagnostic, hasErrors, type Diagnostic } from '../gtm-sandbox/diagnostics';
import { changelog } from './changelog';
import { checkGalleryFolder } from './checks/folder-checks';
import { checkGalleryTemplate } from './checks/template-checks';
import { galleryLinks, GALLERY_REPOSITORIES, repositoryUrl, ROOT_GALLERY } from './gallery-repos';
import { galleryReadme } from './gallery-readme';
import { git, type GitOptions } from './git';
import { readNotes, releasesOf } from './notes';
import { publishFolder, publishRefusal, ReleaseError, type PublishInput, type PublishResult } from './publish';
import { rootMetadata } from './root-metadata';

export const NOTES_FILE = path.join('release', 'notes.yaml');

export interface ReleaseOptions {
  readonly root: string;
  /** Where the Gallery repositories go (default dist/gallery under root). */
  readonly outDir?: string;
  /** Clone missing Gallery repositories: from GitHub (true) or from <base>/<name>. */
  readonly clone?: boolean | string;
  /** Only these Gallery repositories. */
  readonly only?: readonly string[];
  /** Also compute CHANGELOG.md and the root metadata.yaml (returned in rootFiles; the CLI writes them). */
  readonly includeRoot?: boolean;
  readonly git?: GitOptions;
}

export interface ReleaseReport {
  readonly published: PublishResult[];
  readonly rootFiles: { readonly file: string; readonly content: string }[];
  readonly diagnostics: Diagnostic[];
}

export function displayNames(root: string): Map<string, string> {
  return new Map(GALLERY_REPOSITORIES.map((r) => [r.name, loadDefinition(path.join(root, r.template)).info.displayName]));
}

/** What must hold before anything is written: git on the PATH and an identity for its commits. */
export function gitPrerequisites(options: GitOptions = {}): string[] {
  // A folder outside any repository: the Gallery repositories' commits use the user's (global) identity.
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-gtm-release-'));
  try {
    try { git(outside, ['--version'], options); } catch { return ['git is not installed or not on the PATH: the Gallery repositories are git repositories']; }
    for (const ident of ['GIT_AUTHOR_IDENT', 'GIT_COMMITTER_IDENT']) {
      try { git(outside, ['var', ident], options); } catch {
        return ['git has no identity to commit with: set it with git config --global user.name "Your Name" and git config --global user.email "you@example.com" (the Gallery repositories\' commits carry it)'];
      }
    }
    return [];
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
}

interface Planned { readonly repository: (typeof GALLERY_REPOSITORIES)[number]; readonly input: PublishInput }

export function release(options: ReleaseOptions): ReleaseReport {
  const { root } = options;
  const outDir = options.outDir ?? path.join(root, 'dist', 'gallery');
  const notes = readNotes(path.join(root, NOTES_FILE));
  const license = fs.readFileSync(path.join(root, 'LICENSE'), 'utf8');
  const report: ReleaseReport = { published: [], rootFiles: [], diagnostics: [] };
  const fail = (message: string): void => { report.diagnostics.push(diagnostic('release/error', 'error', message)); };
  const selected = GALLERY_REPOSITORIES.filter((r) => !options.only || options.only.includes(r.name));
  for (const name of options.only ?? []) if (!GALLERY_REPOSITORIES.some((r) => r.name === name)) fail(`unknown Gallery repository ${name}`);
  gitPrerequisites(options.git).forEach(fail);

  const planned: Planned[] = [];
  for (const repository of selected) {
    const templateDir = path.join(root, repository.template);
    const tplFile = path.join(templateDir, 'template.tpl');
    if (!fs.existsSync(tplFile)) { fail(`${repository.template}/template.tpl does not exist: run npm run build`); continue; }
    const tpl = fs.readFileSync(tplFile, 'utf8');
    const checks = checkGalleryTemplate(tpl, path.join(repository.template, 'template.tpl'));
    if (hasErrors(checks)) { report.diagnostics.push(...checks); continue; }
    const history = releasesOf(notes, repository.name);
    if (history.length === 0) { fail(`${NOTES_FILE} has no note for ${repository.name}`); continue; }
    const definition = loadDefinition(templateDir);
    const dir = path.join(outDir, repository.name);
    const cloneFrom = options.clone === true ? repositoryUrl(repository.name) : typeof options.clone === 'string' ? `${options.clone}/${repository.name}` : undefined;
    const input: PublishInput = {
      dir, name: repository.name, links: galleryLinks(repository.name), latest: history[0], hasEarlierVersions: history.length > 1,
      files: { 'template.tpl': tpl, 'README.md': galleryReadme({ repository, definition, history }), LICENSE: license },
      cloneFrom, git: options.git,
    };
    const refusal = publishRefusal(input);
    if (refusal) { fail(refusal); continue; }
    planned.push({ repository, input });
  }
  // The root files are computed here too (the CLI writes them only after a release without errors).
  if (options.includeRoot) {
    report.rootFiles.push({ file: path.join(root, 'CHANGELOG.md'), content: changelog(notes, GALLERY_REPOSITORIES, displayNames(root)) });
    const webTag = path.join(root, GALLERY_TEMPLATE, 'template.tpl');
    if (fs.readFileSync(path.join(root, 'template.tpl'), 'utf8') !== fs.readFileSync(webTag, 'utf8')) fail('the root template.tpl is not the web tag\'s: run npm run build');
    const note = releasesOf(notes, ROOT_GALLERY.name)[0]?.note;
    try {
      if (note) report.rootFiles.push({ file: path.join(root, 'metadata.yaml'), content: rootMetadata(root, note) });
    } catch (error) {
      if (!(error instanceof ReleaseError)) throw error;
      fail(error.message);
    }
  }
  // Nothing is written while anything above failed.
  if (hasErrors(report.diagnostics)) return report;

  for (const { repository, input } of planned) {
    const dir = input.dir;
    try {
      report.published.push(publishFolder(input));
    } catch (error) {
      if (!(error instanceof ReleaseError)) throw error;
      fail(error.message);
      continue;
    }
    // The folder as pushed: the same checks, plus its metadata, LICENSE and commits.
    report.diagnostics.push(...checkGalleryFolder(dir, { repositoryUrl: repositoryUrl(repository.name) }));
  }

  return report;
}
