/**
 * Writes template.tpl: every section in GTM's order, strictly valid JSON, tests as YAML block
 * scalars (readable in review, unlike GTM's escaped one-line strings), deterministic bytes.
 */
import { Document, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { ContainerContext } from '../gtm-sandbox/api-catalog';
import type { PermissionEntry } from '../gtm-sandbox/permissions/codec';
import type { TemplateTests } from '../gtm-sandbox/tpl/read';
import { TERMS_OF_SERVICE } from '../gtm-sandbox/tpl/sections';
import { toGtmJson } from './gtm-json';

export interface TemplateFile {
  readonly context: ContainerContext;
  readonly info: Record<string, unknown>;
  readonly parameters: unknown[];
  readonly code: string;
  readonly permissions: PermissionEntry[] | unknown[];
  readonly tests: TemplateTests;
  readonly notes: string;
}

export function writeTemplate(t: TemplateFile): string {
  const web = t.context === 'web';
  const sections: [string, string][] = [
    ['___TERMS_OF_SERVICE___', TERMS_OF_SERVICE],
    ['___INFO___', toGtmJson(t.info)],
    ['___TEMPLATE_PARAMETERS___', toGtmJson(t.parameters)],
    [web ? '___SANDBOXED_JS_FOR_WEB_TEMPLATE___' : '___SANDBOXED_JS_FOR_SERVER___', t.code.replace(/\s+$/, '')],
    [web ? '___WEB_PERMISSIONS___' : '___SERVER_PERMISSIONS___', toGtmJson(t.permissions)],
    ['___TESTS___', writeTests(t.tests)],
    ['___NOTES___', t.notes.replace(/\s+$/, '')],
  ];
  return sections.map(([name, body]) => `${name}\n\n${body}\n\n\n`).join('');
}

export function writeTests(tests: TemplateTests): string {
  const doc = new Document();
  const root = new YAMLMap();
  const scenarios = new YAMLSeq();
  for (const s of tests.scenarios) {
    const entry = new YAMLMap();
    entry.set('name', s.name);
    entry.set('code', block(s.code));
    scenarios.items.push(entry);
  }
  root.set('scenarios', scenarios);
  if (tests.setup.trim() !== '') root.set('setup', block(tests.setup));
  doc.contents = root;
  return doc.toString({ lineWidth: 0, indentSeq: false }).replace(/\s+$/, '');
}

function block(text: string): Scalar {
  const scalar = new Scalar(text.replace(/[ \t]+$/gm, '').replace(/\s+$/, ''));
  scalar.type = Scalar.BLOCK_LITERAL;
  return scalar;
}
