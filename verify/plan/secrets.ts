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
import { printable } from '../input/printable';
import { md } from './markdown';
import { followSecrets, variablesByName } from './secret-chain';

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

export interface ContainerSecrets {
  /** Every variable a secret field reaches (secret-chain.ts): named in the plan, its value never shown. */
  readonly variables: ReadonlySet<string>;
  readonly values: ReadonlySet<string>;
  /** Where each secret value shorter than MIN_REDACTED_CHARS (trimmed) was found: a field or a variable, never the value. */
  readonly short: readonly string[];
  /**
   * Each secret value typed into a constant (keyed by its name) or a table row (rowKey), as a number: equal
   * numbers, equal values (trimmed). Taken before the export is scrubbed, so that the plan can say two
   * variables hold the same token without ever holding the token in what it prints.
   */
  readonly valueIds: ReadonlyMap<string, number>;
}

const trimmedLength = (value: string): number => value.trim().length;
const LONE_REFERENCE = /^\{\{([^{}]+)\}\}$/;

export function containerSecrets(container: ContainerExport): ContainerSecrets {
  const v = container.containerVersion;
  const values = new Set<string>();
  const short: string[] = [];
  const ids = new Map<string, number>();
  const valueIds = new Map<string, number>();
  const keep = (value: string, where: string): void => {
    if (value.trim() === '') return;
    values.add(value);
    if (trimmedLength(value) < MIN_REDACTED_CHARS) short.push(where);
  };
  const start: string[] = [];
  for (const entity of [...(v.tag ?? []), ...(v.client ?? []), ...(v.variable ?? [])]) {
    const params = parametersOf(entity.parameter);
    for (const { name, label } of secretFields(definitionFor(templateFor(container, entity.type)?.name))) {
      const value = typeof params[name] === 'string' ? (params[name] as string) : '';
      const reference = LONE_REFERENCE.exec(value);
      if (reference) start.push(reference[1]);
      else keep(value, `${label} of ${md(entity.name)}`);
    }
  }
  const variables = followSecrets(variablesByName(container), start, (value, where, key) => {
    keep(value, where);
    const trimmed = value.trim();
    if (!ids.has(trimmed)) ids.set(trimmed, ids.size);
    valueIds.set(key, ids.get(trimmed) as number);
  });
  return { variables, values, short, valueIds };
}

/**
 * How a value can appear in the plan: trimmed (a token pasted with a line break or a space, whose trimmed
 * form is inside every other), as typed, and escaped as the plan prints text.
 */
function printedForms(value: string): string[] {
  const trimmed = value.trim();
  return [...new Set([trimmed, printable(trimmed, false, Infinity), md(trimmed)])].filter((form) => form !== '');
}

const WORD = /[\p{L}\p{N}_-]/u;

/** `form` in `text` only where it stands alone: a short secret inside a longer word is that word, not the secret. */
function replaceWhole(text: string, form: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
    if (WORD.test(text.charAt(at - 1)) || WORD.test(text.charAt(at + form.length))) continue;
    out += text.slice(from, at) + REDACTED;
    from = at + form.length;
  }
  return out + text.slice(from);
}

/** Every secret form replaced in one string (short secrets only where they stand alone). */
function scrub(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) {
    for (const form of printedForms(value)) out = trimmedLength(value) < MIN_REDACTED_CHARS ? replaceWhole(out, form) : out.split(form).join(REDACTED);
  }
  return out;
}

const allValues = (secrets: ContainerSecrets[]): string[] => secrets.flatMap((s) => [...s.values]);

/**
 * Replaces the secrets in every string of a parsed export, before anything is formatted: the plan cuts
 * long text, and a secret cut in two would no longer be found in the finished plan. Iterative (exports
 * can nest deeply); keys are left as they are (the plan prints values and names, not keys).
 */
export function scrubExport(root: unknown, secrets: ContainerSecrets[]): void {
  const values = allValues(secrets);
  if (values.length === 0) return;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const child = record[key];
      if (typeof child === 'string') record[key] = scrub(child, values);
      else if (child !== null && typeof child === 'object') stack.push(child);
    }
  }
}

/** The last line of defence over the finished plan: every secret form that still reached it (and the marker unescaped). */
export const redact = (text: string, secrets: ContainerSecrets[]): string => scrub(text, allValues(secrets)).split(md(REDACTED)).join(REDACTED);

export function shortSecretWarnings(secrets: ContainerSecrets[]): string[] {
  return secrets.flatMap((s) => s.short).map((where) => `the secret in ${where} is shorter than ${MIN_REDACTED_CHARS} characters: `
    + 'no access token or shared secret is that short (is it a placeholder?); the plan hides it only where it stands alone');
}
