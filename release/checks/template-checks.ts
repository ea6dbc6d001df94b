/**
 * The release checks on one template.tpl. The Gallery reads the file from the repository and says
 * little when it cannot use it: a template whose JSON does not parse or whose sections are missing is
 * simply not listed or not updated (peer templates' "Invalid Data" reports, and the community
 * validator https://github.com/mjadsmurai/gtm-template-validator, which checks the same sections
 * and fields). So every section must be present and strict JSON, and the code must have every
 * permission it needs (GTM derives them from require() calls:
 * https://developers.google.com/tag-platform/tag-manager/templates/permissions).
 */
import { checkTemplate } from '../../gtm-sandbox/cli/check';
import { diagnostic, type Diagnostic } from '../../gtm-sandbox/diagnostics';
import { parseTemplate, parseTests, readSections, TemplateFormatError } from '../../gtm-sandbox/tpl/read';
import { TERMS_OF_SERVICE } from '../../gtm-sandbox/tpl/sections';
import { checkInfo } from './info-checks';
import { GALLERY_RULES as R, lineOf } from './rules';

const CLIENTS_NOT_ACCEPTED = 'https://github.com/onetagger-com/data-client/issues/1';

const SECTIONS = {
  web: { code: '___SANDBOXED_JS_FOR_WEB_TEMPLATE___', permissions: '___WEB_PERMISSIONS___' },
  server: { code: '___SANDBOXED_JS_FOR_SERVER___', permissions: '___SERVER_PERMISSIONS___' },
} as const;

export function checkGalleryTemplate(text: string, file = 'template.tpl'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { sections } = readSections(text);
  const at = (needle: string) => ({ file, ...lineOf(text, needle) });
  const error = (rule: string, needle: string, message: string): void => { out.push(diagnostic(rule, 'error', message, at(needle))); };

  const tos = sections.get('___TERMS_OF_SERVICE___');
  if (tos === undefined) error(R.termsOfService, '___INFO___', 'no ___TERMS_OF_SERVICE___ section: agree to the Gallery\'s terms (the template editor writes this section)');
  else if (tos.replace(/\s+/g, ' ').trim() !== TERMS_OF_SERVICE.replace(/\s+/g, ' ')) error(R.termsOfService, '___TERMS_OF_SERVICE___', 'the ___TERMS_OF_SERVICE___ text differs from the Gallery\'s terms');

  const json = (name: string): unknown => {
    const body = sections.get(name);
    if (body === undefined) { error(R.sections, '___INFO___', `no ${name} section`); return undefined; }
    try {
      return JSON.parse(body);
    } catch (e) {
      error(R.strictJson, name, `${name} is not strict JSON (${(e as Error).message}); GTM may accept it, the Gallery's import does not`);
      return undefined;
    }
  };
  const info = json('___INFO___');
  const infoObject = info && typeof info === 'object' && !Array.isArray(info) ? (info as Record<string, unknown>) : undefined;
  if (info !== undefined && !infoObject) error(R.infoFields, '___INFO___', '___INFO___ must be a JSON object');
  if (infoObject) out.push(...checkInfo(infoObject, file, text));
  const parameters = json('___TEMPLATE_PARAMETERS___');
  if (parameters !== undefined && !Array.isArray(parameters)) error(R.strictJson, '___TEMPLATE_PARAMETERS___', '___TEMPLATE_PARAMETERS___ must be a JSON array');

  const contexts = infoObject?.containerContexts;
  const context = Array.isArray(contexts) && contexts.length === 1 && (contexts[0] === 'WEB' || contexts[0] === 'SERVER')
    ? (contexts[0] === 'WEB' ? 'web' : 'server') : undefined;
  if (infoObject && !context) error(R.containerContext, '"containerContexts"', 'containerContexts must be ["WEB"] or ["SERVER"]');
  if (infoObject?.type === 'CLIENT' && context === 'web') error(R.containerContext, '"containerContexts"', 'a CLIENT template exists only in server containers');
  const expected = SECTIONS[context ?? (sections.has(SECTIONS.server.code) ? 'server' : 'web')];
  const other = expected === SECTIONS.web ? SECTIONS.server : SECTIONS.web;
  if (sections.has(other.code) || sections.has(other.permissions)) error(R.containerContext, other.code, `${other.code.replace(/_/g, ' ').trim()} / permissions sections do not belong in a ${context ?? 'web'} template`);
  const code = sections.get(expected.code);
  if (code === undefined || code.trim() === '') error(R.sections, '___INFO___', `no code: the ${expected.code} section is missing or empty`);
  const permissions = json(expected.permissions);
  if (permissions !== undefined) out.push(...checkPermissionEntries(permissions, expected.permissions, at));

  const tests = sections.get('___TESTS___');
  if (tests === undefined) error(R.sections, '___INFO___', 'no ___TESTS___ section');
  else out.push(...checkTests(tests, at));
  if (!sections.has('___NOTES___')) error(R.sections, '___INFO___', 'no ___NOTES___ section (it may be empty)');
  if (infoObject?.type === 'CLIENT') {
    out.push(diagnostic(R.clientTemplate, 'warning', 'the Gallery has said it does not accept client templates; users import this template.tpl instead', at('"type"'), [CLIENTS_NOT_ACCEPTED]));
  }

  // The compiler's own checks (sandbox subset, parameters, permissions each API needs), when the file parses.
  if (out.some((d) => d.severity === 'error' && (d.id === R.strictJson || d.id === R.sections))) return out;
  try {
    out.push(...checkTemplate(parseTemplate(text, file), file));
  } catch (e) {
    if (!(e instanceof TemplateFormatError)) throw e;
    error(R.sections, '___INFO___', e.message);
  }
  return out;
}

function checkPermissionEntries(entries: unknown, section: string, at: (needle: string) => ReturnType<typeof lineOf> & { file: string }): Diagnostic[] {
  if (!Array.isArray(entries)) return [diagnostic(R.permissions, 'error', `${section} must be a JSON array`, at(section))];
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const entry of entries) {
    const id = (entry as { instance?: { key?: { publicId?: unknown } } })?.instance?.key?.publicId;
    if (typeof id !== 'string' || id === '') { out.push(diagnostic(R.permissions, 'error', `a ${section} entry has no instance.key.publicId`, at(section))); continue; }
    if (seen.has(id)) out.push(diagnostic(R.permissions, 'error', `permission ${id} is declared twice`, at(`"${id}"`)));
    seen.add(id);
  }
  return out;
}

function checkTests(body: string, at: (needle: string) => ReturnType<typeof lineOf> & { file: string }): Diagnostic[] {
  // The same reading as gtm-sandbox's: YAML, or the lenient YAML GTM itself imports (docs/emulator-fidelity.md).
  let scenarios: number;
  try {
    scenarios = parseTests(body).scenarios.length;
  } catch (e) {
    return [diagnostic(R.tests, 'error', `___TESTS___ is not valid YAML: ${(e as Error).message.split('\n')[0]}`, at('___TESTS___'))];
  }
  return scenarios === 0 ? [diagnostic(R.tests, 'warning', 'no test scenarios: the Gallery asks for a thoroughly tested template', at('___TESTS___'))] : [];
}
