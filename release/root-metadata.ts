/**
 * The main repository's root metadata.yaml, for the web tag whose template.tpl the build copies to the
 * root. Its versions name commits of THIS repository: the last commit that changed the root
 * template.tpl, which must be committed before a release. Releasing therefore takes two commits here as
 * in every Gallery repository: the template, then metadata.yaml naming it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readMetadata } from './checks/metadata-checks';
import { fileAtCommit, git, hasUncommittedChanges, isRepositoryRoot } from './git';
import { ROOT_GALLERY } from './gallery-repos';
import { metadataYaml } from './metadata-file';
import { ReleaseError } from './publish';

const HEADER = [
  'Community Template Gallery metadata for the Pinterest Tag, whose template.tpl the build copies to this',
  'repository\'s root. Written by `npm run release` from release/notes.yaml: newest version first, each sha the',
  'commit of this repository that holds that template.tpl. The Gallery repositories the templates are',
  'published from are written to dist/gallery/ (README: "Releasing to the Community Template Gallery").',
];

/** The root metadata.yaml after this release (unchanged when the root template.tpl is already the newest version). */
export function rootMetadata(root: string, note: string): string {
  const file = path.join(root, 'metadata.yaml');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const { metadata, diagnostics } = current === '' ? { metadata: undefined, diagnostics: [] } : readMetadata(current, 'metadata.yaml');
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new ReleaseError(`metadata.yaml is not valid, fix it first: ${errors.map((d) => d.text).join('; ')}`);
  const previous = metadata?.versions ?? [];
  const links = { homepage: ROOT_GALLERY.homepage, documentation: ROOT_GALLERY.documentation };
  if (!isRepositoryRoot(root)) throw new ReleaseError(`${root} is not the top of a git repository: the root metadata.yaml needs the commit of template.tpl`);
  if (hasUncommittedChanges(root, 'template.tpl')) throw new ReleaseError('template.tpl has uncommitted changes: commit the release first, then run the release again');
  const sha = git(root, ['log', '-1', '--format=%H', '--', 'template.tpl']).trim();
  if (sha === '') throw new ReleaseError('template.tpl has never been committed');
  const tpl = fs.readFileSync(path.join(root, 'template.tpl'), 'utf8');
  if (previous[0] && fileAtCommit(root, previous[0].sha, 'template.tpl') === tpl) return metadataYaml(links, previous, HEADER);
  if (previous[0] && previous[0].changeNotes === note.trim()) {
    throw new ReleaseError('template.tpl changed since the version with the same note: add a new release to release/notes.yaml');
  }
  return metadataYaml(links, [{ sha, changeNotes: note.trim() }, ...previous], HEADER);
}
