/**
 * A Gallery repository as the Gallery takes it: template.tpl, metadata.yaml, an Apache-2.0 LICENSE
 * and a README.md at the root (https://developers.google.com/tag-platform/tag-manager/templates/gallery;
 * the layout of https://github.com/gtm-vendor-templates/example-community-template). Runs the template
 * and metadata checks, and checks that the documentation link points at something that exists when it
 * points into this repository.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diagnostic, type Diagnostic } from '../../gtm-sandbox/diagnostics';
import { checkVersionsInRepository, readMetadata } from './metadata-checks';
import { GALLERY_RULES as R } from './rules';
import { checkGalleryTemplate } from './template-checks';

export const GALLERY_FILES = ['template.tpl', 'metadata.yaml', 'LICENSE', 'README.md'] as const;

/** Phrases of the Apache License 2.0 text (https://www.apache.org/licenses/LICENSE-2.0.txt). */
const APACHE_2 = ['Apache License', 'Version 2.0, January 2004', 'TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION', 'Grant of Copyright License'];

export interface FolderCheckOptions {
  /** The folder's GitHub URL (https://github.com/owner/name), to resolve a documentation link into it. */
  readonly repositoryUrl?: string;
}

export function checkGalleryFolder(dir: string, options: FolderCheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Paths as the person running the check types them, so that editors can jump to file:line.
  const name = (file: string): string => path.relative(process.cwd(), path.join(dir, file));
  const read = (file: string): string | undefined => (fs.existsSync(path.join(dir, file)) ? fs.readFileSync(path.join(dir, file), 'utf8') : undefined);
  for (const file of GALLERY_FILES) {
    if (read(file) === undefined) out.push(diagnostic(R.files, 'error', `${name(file)} is missing: a Gallery repository has ${GALLERY_FILES.join(', ')} at its root`, null));
  }
  const template = read('template.tpl');
  if (template !== undefined) out.push(...checkGalleryTemplate(template, name('template.tpl')));
  const license = read('LICENSE');
  if (license !== undefined && !APACHE_2.every((phrase) => license.includes(phrase))) {
    out.push(diagnostic(R.license, 'error', `${name('LICENSE')} is not the Apache License 2.0, which the Gallery expects`, { file: name('LICENSE'), line: 1, column: 0, lineText: license.split('\n')[0] ?? '' }));
  }
  const metadataText = read('metadata.yaml');
  if (metadataText === undefined) return out;
  const { metadata, diagnostics } = readMetadata(metadataText, name('metadata.yaml'));
  out.push(...diagnostics);
  if (!metadata) return out;
  out.push(...checkVersionsInRepository(dir, metadata, metadataText, name('metadata.yaml')));
  if (options.repositoryUrl && metadata.documentation) out.push(...checkDocumentationLink(dir, metadata.documentation, options.repositoryUrl, name('metadata.yaml')));
  return out;
}

/**
 * The text of an ATX heading line (`## Title ##`, https://spec.commonmark.org/0.31.2/#atx-headings), read
 * in one pass: 1 to 6 #, whitespace, the text, an optional closing run of # (the former lazy pattern took
 * time quadratic in a line of spaces).
 */
export function headingText(line: string): string | undefined {
  let level = 0;
  while (level < line.length && line.charAt(level) === '#') level++;
  if (level < 1 || level > 6 || level >= line.length || line.charAt(level).trim() !== '') return undefined;
  const text = line.slice(level).trim();
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '#') end--;
  return text.slice(0, end).trim();
}

/** GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces to hyphens. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const line of markdown.split('\n')) {
    const heading = headingText(line);
    if (heading !== undefined) anchors.add(heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-'));
  }
  return anchors;
}

/** A link into the repository (its root with an #anchor, or /blob/<branch>/<file>[#anchor]) must resolve. */
export function checkDocumentationLink(dir: string, link: string, repositoryUrl: string, file: string): Diagnostic[] {
  let url: URL;
  try { url = new URL(link); } catch { return []; }
  const repository = new URL(repositoryUrl);
  const own = repository.pathname.replace(/\/+$/, '');
  if (url.origin !== repository.origin || (url.pathname !== own && !url.pathname.startsWith(`${own}/`))) return [];
  const rest = decodeURIComponent(url.pathname.slice(own.length)).replace(/^\/+/, '');
  const blob = /^blob\/[^/]+\/(.+)$/.exec(rest);
  const target = rest === '' ? 'README.md' : blob?.[1];
  const fail = (why: string): Diagnostic[] => [diagnostic(R.documentation, 'error', `documentation ${link} ${why}`, { file, line: 1, column: 0, lineText: '' })];
  if (target === undefined) return fail('is neither the repository page nor a file in it');
  const resolved = path.resolve(dir, target);
  if (!resolved.startsWith(path.resolve(dir) + path.sep) || !fs.existsSync(resolved)) return fail(`points at ${target}, which does not exist`);
  const anchor = url.hash.slice(1);
  if (anchor && target.endsWith('.md') && !headingAnchors(fs.readFileSync(resolved, 'utf8')).has(anchor)) return fail(`points at #${anchor}, which is not a heading of ${target}`);
  return [];
}
