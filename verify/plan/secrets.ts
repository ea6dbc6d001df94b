/**
 * Secrets in container exports: the parameters each pinterest-gtm template definition lists in
 * `secretParameters` (build/definition.ts; e.g. the Conversions API tag's `accessToken`), the variables
 * those parameters reference, and their values. The plan is a document people share: it names a
 * secret's variable and says "set", never its value; `redact` is the last line of defence for a value
 * that turns up elsewhere (a tag named after the token, say).
 */
import * as path from 'node:path';
import type { Parameter, TemplateDefinition } from '../../build/definition';
import { findTemplates } from '../../build/find-templates';
import { loadDefinition } from '../../build/load-definition';
import { templateFor, type ContainerExport, type ExportParameter } from '../../gtm-sandbox/container/export-format';
import { decodeParameters } from '../../gtm-sandbox/container/parameters';
import { md } from './markdown';

const ROOT = path.resolve(__dirname, '..', '..');
const BRAND_SUFFIX = ' by pinterest-gtm';
/** Shorter values would be blotted out of ordinary words; access tokens are far longer. */
export const MIN_REDACTED_CHARS = 8;
export const REDACTED = '[secret: not shown]';

let definitions: TemplateDefinition[] | undefined;
const allDefinitions = (): TemplateDefinition[] => (definitions ??= findTemplates(ROOT).map(loadDefinition));

/** Parameters by key, in an object without a prototype (keys come from the export). References kept as {{Name}}. */
export const parametersOf = (list: ExportParameter[] | undefined): Record<string, unknown> =>
  Object.assign(Object.create(null) as Record<string, unknown>, decodeParameters(list ?? [], (name) => `{{${name}}}`));

/** Our definition of a container's template: the same display name, or its start when the brand suffix was dropped. */
export function definitionFor(templateName: string | undefined): TemplateDefinition | undefined {
  if (!templateName) return undefined;
  return allDefinitions().find((d) => d.info.displayName === templateName || templateName.startsWith(d.info.displayName.replace(BRAND_SUFFIX, '')));
}

function displayNameOf(parameters: Parameter[], name: string): string | undefined {
  const stack = [...parameters];
  for (let p = stack.pop(); p; p = stack.pop()) {
    if (p.name === name && 'displayName' in p && p.displayName) return p.displayName;
    if ('subParams' in p && p.subParams) stack.push(...p.subParams);
    if ('radioItems' in p) for (const item of p.radioItems) stack.push(...(item.subParams ?? []));
    if ('selectItems' in p) for (const item of p.selectItems) stack.push(...(item.subParams ?? []));
  }
  return undefined;
}

/** The secret parameters of a template definition, with the label the GTM UI shows for each. */
export const secretFields = (definition: TemplateDefinition | undefined): { name: string; label: string }[] =>
  (definition?.secretParameters ?? []).map((name) => ({ name, label: displayNameOf(definition?.parameters ?? [], name) ?? name }));

export interface ContainerSecrets { readonly variables: ReadonlySet<string>; readonly values: ReadonlySet<string> }

export function containerSecrets(container: ContainerExport): ContainerSecrets {
  const v = container.containerVersion;
  const variables = new Set<string>();
  const values = new Set<string>();
  for (const entity of [...(v.tag ?? []), ...(v.client ?? []), ...(v.variable ?? [])]) {
    const params = parametersOf(entity.parameter);
    for (const { name } of secretFields(definitionFor(templateFor(container, entity.type)?.name))) {
      const value = typeof params[name] === 'string' ? (params[name] as string) : '';
      const reference = /^\{\{(.+)\}\}$/.exec(value);
      if (reference) variables.add(reference[1]);
      else if (value !== '') values.add(value);
    }
  }
  for (const variable of v.variable ?? []) {
    const value = parametersOf(variable.parameter).value;
    if (variables.has(variable.name) && typeof value === 'string' && value !== '') values.add(value);
  }
  return { variables, values };
}

/** Replaces every secret value (as written, and as Markdown-escaped) that reached the text. */
export function redact(text: string, secrets: ContainerSecrets[]): string {
  let out = text;
  for (const value of secrets.flatMap((s) => [...s.values])) {
    if (value.length < MIN_REDACTED_CHARS) continue;
    for (const form of new Set([value, md(value)])) out = out.split(form).join(REDACTED);
  }
  return out;
}
