/** Every release check on template.tpl fails a template built to break it, and passes the valid one. */
import { encodePng } from '../../build/png';
import { drawThumbnail } from '../../build/thumbnail';
import { checkGalleryTemplate } from '../../release/checks/template-checks';
import { editSection, galleryTemplate, sectionOf, validInfo, withInfo } from './builders';

const ids = (text: string, severity: 'error' | 'warning' = 'error'): string[] =>
  [...new Set(checkGalleryTemplate(text).filter((d) => d.severity === severity).map((d) => d.id))];
const png = (width: number, height: number): string => {
  const rgba = new Uint8Array(width * height * 4).fill(200);
  return `data:image/png;base64,${encodePng({ width, height, rgba }).toString('base64')}`;
};
const brokenCrc = (): string => {
  const bytes = encodePng(drawThumbnail('tag'));
  bytes[bytes.length - 20] ^= 0xff;
  return `data:image/png;base64,${bytes.toString('base64')}`;
};
const noise = (side: number): string => {
  const rgba = new Uint8Array(side * side * 4);
  for (let i = 0; i < rgba.length; i++) rgba[i] = (i * 2654435761) >>> 24;
  return `data:image/png;base64,${encodePng({ width: side, height: side, rgba }).toString('base64')}`;
};

test('the valid template passes with no diagnostics', () => {
  expect(checkGalleryTemplate(galleryTemplate())).toEqual([]);
});

const VALID = galleryTemplate();
const ERRORS: [string, string, string][] = [
  ['no ___TESTS___ section', editSection(VALID, '___TESTS___', null), 'gallery/sections'],
  ['no ___NOTES___ section', editSection(VALID, '___NOTES___', null), 'gallery/sections'],
  ['no ___TEMPLATE_PARAMETERS___ section', editSection(VALID, '___TEMPLATE_PARAMETERS___', null), 'gallery/sections'],
  ['an empty code section', editSection(VALID, '___SANDBOXED_JS_FOR_WEB_TEMPLATE___', ''), 'gallery/sections'],
  ['no terms of service', editSection(VALID, '___TERMS_OF_SERVICE___', null), 'gallery/terms-of-service'],
  ['edited terms of service', editSection(VALID, '___TERMS_OF_SERVICE___', 'By reading this you agree to nothing.'), 'gallery/terms-of-service'],
  ['a trailing comma in ___INFO___', editSection(VALID, '___INFO___', sectionOf(VALID, '___INFO___').replace(/\n}$/, ',\n}')), 'gallery/strict-json'],
  ['a trailing comma in the parameters', editSection(VALID, '___TEMPLATE_PARAMETERS___', sectionOf(VALID, '___TEMPLATE_PARAMETERS___').replace(/\n]$/, ',\n]')), 'gallery/strict-json'],
  ['a comment in the permissions', editSection(VALID, '___WEB_PERMISSIONS___', `// logging\n${sectionOf(VALID, '___WEB_PERMISSIONS___')}`), 'gallery/strict-json'],
  ['an unknown type', withInfo((i) => { i.type = 'PIXEL'; }), 'gallery/info-fields'],
  ['no id', withInfo((i) => { delete i.id; }), 'gallery/info-fields'],
  ['a version that is not an integer', withInfo((i) => { i.version = '1'; }), 'gallery/info-fields'],
  ['no securityGroups', withInfo((i) => { delete i.securityGroups; }), 'gallery/info-fields'],
  ['an empty displayName', withInfo((i) => { i.displayName = ' '; }), 'gallery/info-fields'],
  ['no description', withInfo((i) => { delete i.description; }), 'gallery/info-fields'],
  ['"Official" in the name', withInfo((i) => { i.displayName = 'Pinterest Tag (Official)'; }), 'gallery/display-name'],
  ['no categories', withInfo((i) => { delete i.categories; }), 'gallery/categories'],
  ['empty categories', withInfo((i) => { i.categories = []; }), 'gallery/categories'],
  ['a category twice', withInfo((i) => { i.categories = ['UTILITY', 'UTILITY']; }), 'gallery/categories'],
  ['no brand', withInfo((i) => { delete i.brand; }), 'gallery/brand'],
  ['a brand without id', withInfo((i) => { delete (i.brand as Record<string, unknown>).id; }), 'gallery/brand'],
  ['no thumbnail', withInfo((i) => { delete (i.brand as Record<string, unknown>).thumbnail; }), 'gallery/thumbnail'],
  ['a thumbnail link instead of data', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = 'https://example.com/logo.png'; }), 'gallery/thumbnail'],
  ['a JPEG thumbnail', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = 'data:image/jpeg;base64,/9j/4AAQSkZJRg=='; }), 'gallery/thumbnail'],
  ['a thumbnail that is not base64', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = 'data:image/png;base64,<script>'; }), 'gallery/thumbnail'],
  ['a thumbnail that is not a PNG', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = `data:image/png;base64,${Buffer.from('GIF89a').toString('base64')}`; }), 'gallery/thumbnail'],
  ['a thumbnail with a broken CRC', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = brokenCrc(); }), 'gallery/thumbnail'],
  ['a 32 × 32 thumbnail', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = png(32, 32); }), 'gallery/thumbnail'],
  ['a 48 × 40 thumbnail', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = png(48, 40); }), 'gallery/thumbnail'],
  ['a 120 × 120 thumbnail', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = png(120, 120); }), 'gallery/thumbnail'],
  ['a thumbnail over 50 KB', withInfo((i) => { (i.brand as Record<string, unknown>).thumbnail = noise(96 * 2); }), 'gallery/thumbnail'],
  ['two container contexts', withInfo((i) => { i.containerContexts = ['WEB', 'SERVER']; }), 'gallery/container-context'],
  ['no container context', withInfo((i) => { delete i.containerContexts; }), 'gallery/container-context'],
  ['a client for web containers', withInfo((i) => { i.type = 'CLIENT'; }), 'gallery/container-context'],
  ['server code in a web template', `${VALID}___SANDBOXED_JS_FOR_SERVER___\n\ndata.gtmOnSuccess();\n`, 'gallery/container-context'],
  ['an API used without its permission', galleryTemplate({ permissions: {} }), 'gtm/missing-permission'],
  ['a permission without publicId', editSection(VALID, '___WEB_PERMISSIONS___', '[{"instance": {"key": {}}}]'), 'gallery/permissions'],
  ['a permission declared twice', editSection(VALID, '___WEB_PERMISSIONS___', JSON.stringify([...JSON.parse(sectionOf(VALID, '___WEB_PERMISSIONS___')), ...JSON.parse(sectionOf(VALID, '___WEB_PERMISSIONS___'))])), 'gallery/permissions'],
  ['tests that are not YAML', editSection(VALID, '___TESTS___', 'scenarios:\n- name: [unclosed'), 'gallery/tests'],
  ['code outside the sandbox', galleryTemplate({ code: 'const x = new Date();\ndata.gtmOnSuccess();' }), 'gtm/no-new'],
];

test.each(ERRORS)('%s is an error', (_what, text, rule) => {
  expect(ids(text)).toContain(rule);
});

const WARNINGS: [string, string, string][] = [
  ['a description without a link', withInfo((i) => { i.description = 'Logs a line.'; }), 'gallery/info-fields'],
  ['a category no Gallery template uses', withInfo((i) => { i.categories = ['UTILITY', 'TELEPATHY']; }), 'gallery/categories'],
  ['no test scenarios', galleryTemplate({ scenarios: [] }), 'gallery/tests'],
  ['a client template (the Gallery does not take them)', galleryTemplate({ context: 'server', code: 'data.gtmOnSuccess();', permissions: {}, info: { ...validInfo(), type: 'CLIENT', containerContexts: ['SERVER'] } }), 'gallery/client-template'],
];

test.each(WARNINGS)('%s is a warning, not an error', (_what, text, rule) => {
  expect(ids(text, 'warning')).toContain(rule);
  expect(ids(text)).toEqual([]);
});

test('each diagnostic points at the line it is about', () => {
  const text = withInfo((i) => { i.categories = []; });
  const [d] = checkGalleryTemplate(text).filter((x) => x.id === 'gallery/categories');
  expect(d.location?.lineText).toContain('"categories"');
  expect(text.split('\n')[d.location!.line - 1]).toBe(d.location!.lineText);
});

test('hostile edits never make the checks throw, and a damaged ___INFO___ is always reported', () => {
  let seed = 20261202;
  const random = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const junk = ['___INFO___', '}', ',', '\u0000', '"', '\n', 'null', '[', '\\u003c', '__proto__', '\ufeff'];
  for (let round = 0; round < 300; round++) {
    let text = VALID;
    for (let edits = 1 + random(4); edits > 0; edits--) {
      const at = random(text.length);
      text = random(2) === 0 ? text.slice(0, at) + junk[random(junk.length)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + random(40));
    }
    const diagnostics = checkGalleryTemplate(text);
    expect(Array.isArray(diagnostics)).toBe(true);
    const info = sectionOf(text, '___INFO___');
    let parses = true;
    try { JSON.parse(info); } catch { parses = false; }
    if (text.includes('___INFO___\n') && !parses) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
  }
});
