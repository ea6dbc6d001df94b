/**
 * `npm run build [-- --check] [DIR...]`: generates the geo tables (pinterest/geo/, from data packages in
 * node_modules), then builds every template folder (or the ones named) into template.tpl and template.js.
 * With --check nothing is written; the command fails when a committed file differs from what the
 * sources build, because the Gallery reads template.tpl straight from git.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatDiagnostic, hasErrors } from '../gtm-sandbox/diagnostics';
import { buildTemplate } from './build-template';
import { FIELD_DEFAULTS_FILE, fieldDefaultsSource } from './field-defaults';
import { findTemplates, GALLERY_TEMPLATE } from './find-templates';
import { EVENT_KINDS_FILE, eventKindsSource } from './generate-event-kinds';
import { geoTables } from './generate-geo-tables';
import { loadDefinition } from './load-definition';
import { withEventTable } from './readme-events';
import { withParameterTables } from './readme-parameters';
import { refreshedContainers } from './refresh-containers';
import type { TemplateDefinition } from './definition';

interface Output { readonly file: string; readonly content: string }

export async function main(argv: string[]): Promise<number> {
  const check = argv.includes('--check');
  const root = process.cwd();
  const named = argv.filter((a) => !a.startsWith('--')).map((d) => path.resolve(d));
  const dirs = named.length > 0 ? named : findTemplates(root);
  let failed = false;
  // The geo tables are template sources: written before the templates that compile them in are built.
  const outputs: Output[] = [...geoTables(), { file: EVENT_KINDS_FILE, content: eventKindsSource() }].map((t) => ({ file: path.join(root, t.file), content: t.content }));
  if (!check) for (const o of outputs) if (!fs.existsSync(o.file) || fs.readFileSync(o.file, 'utf8') !== o.content) fs.writeFileSync(o.file, o.content);
  for (const dir of dirs) {
    // The sources import their generated field defaults, so they are written before the bundle.
    const defaults = { file: path.join(dir, FIELD_DEFAULTS_FILE), content: fieldDefaultsSource(loadDefinition(dir)) };
    outputs.push(defaults);
    if (!check && (!fs.existsSync(defaults.file) || fs.readFileSync(defaults.file, 'utf8') !== defaults.content)) fs.writeFileSync(defaults.file, defaults.content);
    const built = await buildTemplate(dir);
    for (const d of built.diagnostics) console.error(formatDiagnostic(d) + '\n');
    if (hasErrors(built.diagnostics) || built.tpl === undefined || built.js === undefined) {
      console.error(`✗ ${path.relative(root, dir)}: build failed`);
      failed = true;
      continue;
    }
    outputs.push({ file: path.join(dir, 'template.tpl'), content: built.tpl }, { file: path.join(dir, 'template.js'), content: built.js });
    if (path.relative(root, dir).replace(/\\/g, '/') === GALLERY_TEMPLATE) outputs.push({ file: path.join(root, 'template.tpl'), content: built.tpl });
    const warnings = built.diagnostics.length;
    console.log(`✓ ${path.relative(root, dir)}/template.tpl (${Buffer.byteLength(built.tpl)} bytes${warnings ? `, ${warnings} warning(s)` : ''})`);
  }
  if (failed) return 1;
  const builtByName = new Map<string, string>();
  for (const dir of findTemplates(root)) {
    const tpl = outputs.find((o) => o.file === path.join(dir, 'template.tpl'));
    const content = tpl?.content ?? (fs.existsSync(path.join(dir, 'template.tpl')) ? fs.readFileSync(path.join(dir, 'template.tpl'), 'utf8') : undefined);
    if (content !== undefined) builtByName.set(loadDefinition(dir).info.displayName, content);
  }
  outputs.push(...refreshedContainers(root, builtByName));
  const readme = path.join(root, 'README.md');
  if (fs.existsSync(readme)) {
    const definitions = new Map<string, TemplateDefinition>(findTemplates(root).map((d) => [path.relative(root, d).replace(/\\/g, '/'), loadDefinition(d)]));
    outputs.push({ file: readme, content: withEventTable(withParameterTables(fs.readFileSync(readme, 'utf8'), definitions)) });
  }
  if (check) {
    const stale = outputs.filter((o) => !fs.existsSync(o.file) || fs.readFileSync(o.file, 'utf8') !== o.content);
    for (const o of stale) console.error(`✗ ${path.relative(root, o.file)} is out of date: run \`npm run build\` and commit the result`);
    return stale.length > 0 ? 1 : 0;
  }
  for (const o of outputs) fs.writeFileSync(o.file, o.content);
  if (dirs.length === 0) console.log('no template folders found (web-template/*/definition.ts, server-template/*/definition.ts)');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
