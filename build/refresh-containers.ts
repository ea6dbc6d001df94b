/**
 * The fixture container exports (tests/fixtures/containers/*.json) install our templates as custom
 * templates; the build refreshes each embedded `templateData` from the freshly built template.tpl
 * (matched by the template's display name), so the containers always run the current code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CONTAINERS_DIR = path.join('tests', 'fixtures', 'containers');

/** Refreshed container texts, by file; templates maps a display name to its .tpl text. */
export function refreshedContainers(root: string, templates: ReadonlyMap<string, string>): { file: string; content: string }[] {
  const dir = path.join(root, CONTAINERS_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const file = path.join(dir, name);
    const container = JSON.parse(fs.readFileSync(file, 'utf8')) as { containerVersion?: { customTemplate?: { name: string; templateData: string }[] } };
    for (const template of container.containerVersion?.customTemplate ?? []) {
      const built = templates.get(template.name);
      if (built !== undefined) template.templateData = built;
    }
    return { file, content: JSON.stringify(container, null, 2) + '\n' };
  });
}
