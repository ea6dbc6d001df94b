/**
 * metadata.yaml as the Gallery reads it: `homepage` and `documentation` links and `versions`, newest
 * first, each a `sha` of a commit in the same repository holding the template.tpl to publish and its
 * `changeNotes` (https://developers.google.com/tag-platform/tag-manager/templates/gallery; Google's
 * example repository https://github.com/gtm-vendor-templates/example-community-template). An invalid
 * metadata.yaml takes the whole template out of the Gallery's listing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type Location } from '../../gtm-sandbox/diagnostics';
import { fileAtCommit, isCommitInHistory, isRepositoryRoot, isShallow, SHA } from '../git';
import { isHttpUrl } from '../../verify/input/http-url';
import { printable } from '../../verify/input/printable';
import { GALLERY_RULES as R } from './rules';

export interface MetadataVersion { readonly sha: string; readonly changeNotes: string }
export interface GalleryMetadata { readonly homepage: string; readonly documentation: string; readonly versions: MetadataVersion[] }

const KNOWN_KEYS = ['homepage', 'documentation', 'versions'];

export function readMetadata(text: string, file = 'metadata.yaml'): { metadata?: GalleryMetadata; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const lineTexts = text.split('\n');
  const locate = (node: Node | null | undefined): Location => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return { file, line, column: col - 1, lineText: lineTexts[line - 1] ?? '' };
  };
  const out: Diagnostic[] = [];
  const error = (rule: string, message: string, node?: Node | null): void => { out.push(diagnostic(rule, 'error', message, locate(node))); };
  if (doc.errors.length > 0) {
    for (const e of doc.errors) out.push(diagnostic(R.metadata, 'error', `not valid YAML: ${e.message.split('\n')[0]}`, { file, line: e.linePos?.[0].line ?? 1, column: (e.linePos?.[0].col ?? 1) - 1, lineText: lineTexts[(e.linePos?.[0].line ?? 1) - 1] ?? '' }));
    return { diagnostics: out };
  }
  if (!isMap(doc.contents)) { error(R.metadata, 'metadata.yaml must be a mapping with homepage, documentation and versions'); return { diagnostics: out }; }
  const root = doc.contents;
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!KNOWN_KEYS.includes(key)) out.push(diagnostic(R.metadata, 'warning', `unknown key "${key}"; the Gallery reads ${KNOWN_KEYS.join(', ')}`, locate(pair.key as Node)));
  }
  const link = (key: string): string => {
    const value = root.get(key, true) as Node | undefined;
    const text = (value as { value?: unknown } | undefined)?.value;
    if (typeof text !== 'string' || text.trim() === '') { error(R.metadata, `${key} is missing: a link for the Gallery page`, value ?? root); return ''; }
    if (!isHttpUrl(text, { httpsOnly: true })) error(R.metadata, `${key} must be an https:// link, not ${printable(text, true, 200)}`, value);
    return text;
  };
  const homepage = link('homepage');
  const documentation = link('documentation');
  const versionsNode = root.get('versions', true) as Node | undefined;
  const versions: MetadataVersion[] = [];
  if (!isSeq(versionsNode)) {
    error(R.versions, 'versions must be a list (newest first) of {sha, changeNotes}', versionsNode ?? root);
  } else {
    if (versionsNode.items.length === 0) out.push(diagnostic(R.versions, 'warning', 'no versions yet: the Gallery lists nothing until a version names a commit', locate(versionsNode)));
    const seen = new Set<string>();
    for (const item of versionsNode.items as Node[]) {
      if (!isMap(item)) { error(R.versions, 'a versions entry must be a mapping with sha and changeNotes', item); continue; }
      const sha = (item.get('sha', true) as { value?: unknown } | undefined)?.value;
      const notes = (item.get('changeNotes', true) as { value?: unknown } | undefined)?.value;
      if (sha === undefined || sha === null || sha === '') { error(R.versions, 'a versions entry has no sha: the Gallery cannot tell which commit to publish', item); continue; }
      if (typeof sha !== 'string') { error(R.versions, `sha ${String(sha)} must be a quoted string`, item); continue; }
      if (!SHA.test(sha)) { error(R.versions, `"${sha}" is not a commit sha (7 to 40 lowercase hex digits)`, item); continue; }
      if (sha.length < 40) out.push(diagnostic(R.versions, 'warning', `${sha}: use the full 40-digit sha`, locate(item)));
      if (seen.has(sha)) error(R.versions, `${sha} is listed twice`, item);
      seen.add(sha);
      if (typeof notes !== 'string' || notes.trim() === '') error(R.versions, `${sha} has no changeNotes`, item);
      else if (/\n/.test(notes.trim())) error(R.versions, `${sha}: changeNotes must be one line`, item);
      versions.push({ sha, changeNotes: typeof notes === 'string' ? notes : '' });
    }
  }
  return { metadata: { homepage, documentation, versions }, diagnostics: out };
}

/**
 * Each version's sha must be a commit of THIS repository, reachable from HEAD (what gets pushed),
 * holding template.tpl; and the newest should hold the template.tpl in the folder, or the Gallery
 * keeps serving the older one.
 */
export function checkVersionsInRepository(dir: string, metadata: GalleryMetadata, metadataText: string, file = 'metadata.yaml'): Diagnostic[] {
  const at = (sha: string): Location => {
    const index = metadataText.split('\n').findIndex((l) => l.includes(sha));
    return { file, line: index + 1 || 1, column: 0, lineText: metadataText.split('\n')[index] ?? '' };
  };
  if (!isRepositoryRoot(dir)) {
    return metadata.versions.length === 0 ? [] : [diagnostic(R.versionSha, 'warning', `${dir} is not a git repository: cannot check that each sha names one of its commits`, null)];
  }
  const out: Diagnostic[] = [];
  const shallow = isShallow(dir);
  for (const version of metadata.versions) {
    if (!isCommitInHistory(dir, version.sha)) {
      out.push(shallow
        ? diagnostic(R.versionSha, 'warning', `${version.sha} is not in this shallow clone: fetch the full history to check it`, at(version.sha))
        : diagnostic(R.versionSha, 'error', `${version.sha} is not a commit in this repository's history (HEAD)`, at(version.sha)));
    } else if (fileAtCommit(dir, version.sha, 'template.tpl') === undefined) out.push(diagnostic(R.versionSha, 'error', `commit ${version.sha} has no template.tpl at the repository root`, at(version.sha)));
  }
  const latest = metadata.versions[0];
  const current = path.join(dir, 'template.tpl');
  if (latest && out.length === 0 && fs.existsSync(current) && fileAtCommit(dir, latest.sha, 'template.tpl') !== fs.readFileSync(current, 'utf8')) {
    out.push(diagnostic(R.versionSha, 'warning', `template.tpl differs from the one in the newest version (${latest.sha.slice(0, 7)}): the Gallery serves that one until a new version names a newer commit`, at(latest.sha)));
  }
  return out;
}
