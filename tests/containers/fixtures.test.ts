/**
 * The fixture container exports stay importable and in step with the templates: every custom type
 * resolves to an embedded template that is the current build, and every parameter they set is a field
 * of that template (field names are a public contract: exports reference them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readContainerExport, templateFor, type ExportParameter } from '../../gtm-sandbox/container/export-format';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'containers');
const fieldNames = (parameters: unknown[]): string[] => parameters.flatMap((p) => {
  const q = p as { name: string; subParams?: unknown[]; radioItems?: { subParams?: unknown[] }[] };
  return [q.name, ...fieldNames(q.subParams ?? []), ...(q.radioItems ?? []).flatMap((i) => fieldNames(i.subParams ?? []))];
});

describe.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.json')))('%s', (name) => {
  const file = path.join(DIR, name);
  const container = readContainerExport(fs.readFileSync(file, 'utf8'), file);
  const version = container.containerVersion;
  const users = [...(version.tag ?? []), ...(version.client ?? []), ...(version.variable ?? [])].filter((u) => u.type.startsWith('cvt_'));

  test('embeds the current build of each template', () => {
    for (const template of version.customTemplate ?? []) {
      const built = ['web-template', 'server-template'].flatMap((root) => fs.readdirSync(path.resolve(DIR, '..', '..', '..', root)).map((d) => path.resolve(DIR, '..', '..', '..', root, d, 'template.tpl')))
        .filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f, 'utf8'));
      expect(built).toContain(template.templateData);
    }
  });

  test('every parameter set is a field of its template', () => {
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) {
      const template = templateFor(container, user.type);
      expect(template).toBeDefined();
      const fields = fieldNames(parseTemplate((template as { templateData: string }).templateData).parameters);
      const keys = (user.parameter ?? []).map((p: ExportParameter) => p.key as string);
      expect({ user: user.name, unknown: keys.filter((k) => !fields.includes(k)) }).toEqual({ user: user.name, unknown: [] });
    }
  });
});
