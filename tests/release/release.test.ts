/** `npm run release` end to end on this repository's templates, into a temporary folder. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkGalleryFolder } from '../../release/checks/folder-checks';
import { readMetadata } from '../../release/checks/metadata-checks';
import { main } from '../../release/cli';
import { GALLERY_REPOSITORIES, repositoryUrl, ROOT_GALLERY } from '../../release/gallery-repos';
import { release, type ReleaseReport } from '../../release/release';
import { rootMetadata } from '../../release/root-metadata';
import { GIT_ENV, galleryTemplate, repositoryWith, runGit, tempDir } from './builders';

const ROOT = path.resolve(__dirname, '..', '..');
const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

describe('the four Gallery repositories', () => {
  const outDir = tempDir('dist');
  dirs.push(outDir);
  let report: ReleaseReport;
  beforeAll(() => { report = release({ root: ROOT, outDir, git: { env: GIT_ENV } }); });

  test('are written without errors; the only warning is that the Gallery does not list client templates', () => {
    expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const clientTemplate = path.relative(process.cwd(), path.join(outDir, 'pinterest-client', 'template.tpl'));
    expect(report.diagnostics.map((d) => `${d.id} ${d.location?.file}`)).toEqual([`gallery/client-template ${clientTemplate}`]);
    expect(report.published.map((p) => p.name)).toEqual(GALLERY_REPOSITORIES.map((r) => r.name));
  });

  test.each(GALLERY_REPOSITORIES.map((r) => [r.name, r.template]))('%s holds %s/template.tpl, committed and named by metadata.yaml', (name, template) => {
    const dir = path.join(outDir, name);
    const tpl = fs.readFileSync(path.join(ROOT, template, 'template.tpl'), 'utf8');
    expect(fs.readFileSync(path.join(dir, 'template.tpl'), 'utf8')).toBe(tpl);
    const { metadata } = readMetadata(fs.readFileSync(path.join(dir, 'metadata.yaml'), 'utf8'));
    expect(runGit(dir, 'show', `${metadata!.versions[0].sha}:template.tpl`)).toBe(tpl);
    expect(metadata!.documentation).toBe(`${repositoryUrl(name)}/blob/main/README.md`);
    expect(fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'));
    expect(checkGalleryFolder(dir, { repositoryUrl: repositoryUrl(name) }).filter((d) => d.severity === 'error')).toEqual([]);
  });

  test("each README has the template's parameters, permissions and install steps", () => {
    const readme = fs.readFileSync(path.join(outDir, 'pinterest-tag', 'README.md'), 'utf8');
    expect(readme).toMatch(/^# Pinterest Tag by pinterest-gtm\n/);
    expect(readme).toContain('| `tagId` | Tag | Pinterest Tag ID(s) |');
    expect(readme).toContain('| `inject_script` | urls: https://s.pinimg.com/ct/core.js |');
    expect(readme).toContain('**Templates → Tag Templates → Search Gallery**');
    expect(fs.readFileSync(path.join(outDir, 'pinterest-client', 'README.md'), 'utf8')).toContain('**Templates → Client Templates → New → ⋮ → Import**');
    // Install steps numbered 1, 2, … in order (a continuation line is indented, not numbered).
    for (const name of ['pinterest-tag', 'pinterest-client']) {
      const install = fs.readFileSync(path.join(outDir, name, 'README.md'), 'utf8').split('## Install\n')[1].split('\n## ')[0];
      const numbers = [...install.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(numbers.length).toBe(name === 'pinterest-client' ? 3 : 2);
    }
  });
});

describe('the root metadata.yaml', () => {
  const header = 'homepage: https://github.com/pinterest-gtm/pinterest-gtm\ndocumentation: https://github.com/pinterest-gtm/pinterest-gtm#install-in-google-tag-manager\nversions: []\n';
  const repo = (): string => { const dir = repositoryWith({ 'template.tpl': galleryTemplate(), 'metadata.yaml': header }); dirs.push(dir); return dir; };

  test('names the commit of this repository that last changed template.tpl', () => {
    const dir = repo();
    const sha = runGit(dir, 'rev-parse', 'HEAD').trim();
    fs.writeFileSync(path.join(dir, 'README.md'), 'a later commit that does not touch the template');
    runGit(dir, 'add', '.');
    runGit(dir, 'commit', '--quiet', '-m', 'docs');
    const { metadata, diagnostics } = readMetadata(rootMetadata(dir, 'First version'));
    expect(diagnostics).toEqual([]);
    expect(metadata).toEqual({ ...ROOT_GALLERY_LINKS, versions: [{ sha, changeNotes: 'First version' }] });
  });
  test('keeps earlier versions and adds nothing while template.tpl is unchanged', () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'metadata.yaml'), rootMetadata(dir, 'First version'));
    runGit(dir, 'commit', '--quiet', '-am', 'metadata');
    expect(rootMetadata(dir, 'First version')).toBe(fs.readFileSync(path.join(dir, 'metadata.yaml'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'template.tpl'), galleryTemplate({ scenarios: [] }));
    runGit(dir, 'commit', '--quiet', '-am', 'template v2');
    expect(readMetadata(rootMetadata(dir, 'Second version')).metadata!.versions.map((v) => v.changeNotes)).toEqual(['Second version', 'First version']);
    expect(() => rootMetadata(dir, 'First version')).toThrow(/add a new release/);
  });
  test('refuses an uncommitted template.tpl: the sha must name the released file', () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'template.tpl'), galleryTemplate({ scenarios: [] }));
    expect(() => rootMetadata(dir, 'First version')).toThrow(/uncommitted/);
  });
});
const ROOT_GALLERY_LINKS = { homepage: ROOT_GALLERY.homepage, documentation: ROOT_GALLERY.documentation };

describe('the command line', () => {
  const quiet = (): jest.SpyInstance[] => ['log', 'warn', 'error'].map((m) => jest.spyOn(console, m as 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  test('`check` passes a valid folder and fails a broken one', () => {
    quiet();
    const good = repositoryWith({ 'template.tpl': galleryTemplate(), LICENSE: fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), 'README.md': '# x\n' });
    dirs.push(good);
    fs.writeFileSync(path.join(good, 'metadata.yaml'), `homepage: https://example.com\ndocumentation: https://example.com/docs\nversions:\n  - sha: ${runGit(good, 'rev-parse', 'HEAD').trim()}\n    changeNotes: First\n`);
    expect(main(['check', good], ROOT)).toBe(0);
    fs.writeFileSync(path.join(good, 'LICENSE'), 'MIT License');
    expect(main(['check', good], ROOT)).toBe(1);
  });
  test('unknown arguments print the usage', () => {
    const [, , error] = quiet();
    expect(main(['--publish-everything'], ROOT)).toBe(2);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('usage:'));
  });
  test('an unknown template name is an error, and nothing is written for it', () => {
    quiet();
    const outDir = tempDir('only');
    dirs.push(outDir);
    expect(release({ root: ROOT, outDir, only: ['pinterest-pixel'], git: { env: GIT_ENV } }).diagnostics).toEqual([expect.objectContaining({ severity: 'error', text: expect.stringContaining('pinterest-pixel') })]);
    expect(fs.readdirSync(outDir)).toEqual([]);
  });
});
