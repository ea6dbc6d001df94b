/**
 * `npm run release [-- --clone[=BASE]] [--only NAME]...`: publishes every template to its Gallery
 * repository under dist/gallery/ (see release.ts), writes CHANGELOG.md and the root metadata.yaml.
 * `npm run release -- check DIR...`: the release checks on any Gallery repository folder.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../gtm-sandbox/diagnostics';
import { checkGalleryFolder } from './checks/folder-checks';
import { MAIN_REPOSITORY, repositoryUrl } from './gallery-repos';
import type { GitOptions } from './git';
import { release } from './release';

const USAGE = `usage:
  npm run release [-- --clone[=BASE_URL]] [--only NAME]...
  npm run release -- check DIR...`;

function print(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) (d.severity === 'error' ? console.error : console.warn)(`${formatDiagnostic(d)}\n`);
}

/** `options`: git settings for the commits (tests give an identity; the release uses the user's). */
export function main(argv: string[], root = process.cwd(), options: GitOptions = {}): number {
  if (argv[0] === 'check') {
    if (argv.length < 2) { console.error(USAGE); return 2; }
    let failed = false;
    for (const dir of argv.slice(1)) {
      const resolved = path.resolve(dir);
      const own = resolved === path.resolve(root) ? MAIN_REPOSITORY : repositoryUrl(path.basename(resolved));
      const diagnostics = checkGalleryFolder(resolved, { repositoryUrl: own });
      print(diagnostics);
      failed ||= hasErrors(diagnostics);
      console.log(`${hasErrors(diagnostics) ? '✗' : '✓'} ${dir}: ${diagnostics.filter((d) => d.severity === 'error').length} error(s), ${diagnostics.filter((d) => d.severity === 'warning').length} warning(s)`);
    }
    return failed ? 1 : 0;
  }
  const only: string[] = [];
  let clone: boolean | string = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only' && argv[i + 1]) only.push(argv[++i]);
    else if (argv[i] === '--clone') clone = true;
    else if (argv[i].startsWith('--clone=')) clone = argv[i].slice('--clone='.length);
    else { console.error(USAGE); return 2; }
  }
  let report;
  try {
    report = release({ root, clone, only: only.length > 0 ? only : undefined, includeRoot: only.length === 0, git: options });
  } catch (error) {
    // A release that cannot go on says why in one line (no stack trace): the folders are whole or absent.
    console.error(`✗ release failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  print(report.diagnostics);
  if (hasErrors(report.diagnostics) && report.published.length === 0) { console.error('✗ release failed before anything was written: see the errors above'); return 1; }
  for (const file of hasErrors(report.diagnostics) ? [] : report.rootFiles) {
    const changed = !fs.existsSync(file.file) || fs.readFileSync(file.file, 'utf8') !== file.content;
    if (changed) fs.writeFileSync(file.file, file.content);
    console.log(`${changed ? 'wrote' : 'unchanged'} ${path.relative(root, file.file)}`);
  }
  for (const p of report.published) {
    const where = path.relative(root, p.dir);
    console.log(p.published ? `✓ ${where}: version ${p.published.version} is commit ${p.published.sha}` : `✓ ${where}: already at the newest version`);
    if (p.created) console.log(`    first release: create ${repositoryUrl(p.name)} on GitHub, then: git -C ${where} remote add origin ${repositoryUrl(p.name)}.git`);
    console.log(`    publish: git -C ${where} push --follow-tags origin main`);
  }
  if (hasErrors(report.diagnostics)) { console.error('✗ release failed: see the errors above'); return 1; }
  if (report.rootFiles.length > 0) console.log('Commit CHANGELOG.md and metadata.yaml here, then push each Gallery repository as shown.');
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
