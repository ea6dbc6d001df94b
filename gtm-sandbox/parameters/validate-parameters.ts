/**
 * Validates template parameter definitions: the JSON Schema (ajv) for shape, then the rules a schema
 * cannot state (unique names, enabling conditions naming real fields, REGEX validators that compile,
 * SELECT defaults among the items).
 */
import Ajv, { type ErrorObject } from 'ajv';
import { diagnostic, type Diagnostic } from '../diagnostics';
import { PARAMETERS_SCHEMA } from './schema';

export interface ParameterLike {
  type: string; name: string; subParams?: ParameterLike[]; radioItems?: { value: unknown; subParams?: ParameterLike[] }[];
  selectItems?: { value: unknown }[]; defaultValue?: unknown; macrosInSelect?: boolean;
  enablingConditions?: { paramName: string }[]; valueValidators?: { type: string; args?: unknown[]; enablingConditions?: { paramName: string }[] }[];
  paramTableColumns?: { param: ParameterLike }[];
}

export const PARAMETER_RULE = 'gtm/invalid-parameter';

const ajv = new Ajv({ allErrors: true, strict: false });
const validateSchema = ajv.compile(PARAMETERS_SCHEMA);

/** Locates a parameter by name in the definition's source text, for a useful file:line. */
export type ParameterLocator = (name: string | null) => Diagnostic['location'];

export function validateParameters(parameters: unknown, locate: ParameterLocator = () => null): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!validateSchema(parameters)) {
    for (const error of dedupe(validateSchema.errors ?? [])) {
      const name = nameAt(parameters, error.instancePath);
      out.push(diagnostic(PARAMETER_RULE, 'error', `${describePath(parameters, error.instancePath)}: ${explain(error)}`, locate(name)));
    }
    return out;
  }
  const all = flatten(parameters as ParameterLike[]);
  const names = new Set<string>();
  for (const p of all) {
    if (names.has(p.name)) out.push(diagnostic(PARAMETER_RULE, 'error', `parameter name "${p.name}" is used twice`, locate(p.name)));
    names.add(p.name);
    // GTM accepts any name (published templates use "GCP data" for groups), but only identifiers can be
    // read as data.<name> in the template code.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name)) {
      out.push(diagnostic(PARAMETER_RULE, 'warning', `parameter name "${p.name}" is not an identifier; code can only read it as data["${p.name}"]`, locate(p.name)));
    }
  }
  for (const p of all) {
    const conditions = [...(p.enablingConditions ?? []), ...(p.valueValidators ?? []).flatMap((v) => v.enablingConditions ?? [])];
    for (const c of conditions) {
      if (!names.has(c.paramName)) {
        out.push(diagnostic(PARAMETER_RULE, 'error', `"${p.name}": enabling condition names "${c.paramName}", which is not a field`, locate(p.name)));
      }
    }
    for (const v of p.valueValidators ?? []) {
      if (v.type === 'REGEX' && typeof v.args?.[0] === 'string' && !compiles(v.args[0])) {
        out.push(diagnostic(PARAMETER_RULE, 'error', `"${p.name}": REGEX validator pattern ${JSON.stringify(v.args[0])} does not compile`, locate(p.name)));
      }
      if (v.type === 'STRING_LENGTH' && Number(v.args?.[0]) > Number(v.args?.[1])) {
        out.push(diagnostic(PARAMETER_RULE, 'error', `"${p.name}": STRING_LENGTH minimum is above its maximum`, locate(p.name)));
      }
    }
    if (p.type === 'SELECT' && (p.selectItems ?? []).length === 0 && !p.macrosInSelect) {
      out.push(diagnostic(PARAMETER_RULE, 'error', `"${p.name}": a SELECT needs selectItems unless macrosInSelect lets the user pick a variable`, locate(p.name)));
    }
    if (p.type === 'SELECT' && p.defaultValue !== undefined && !p.macrosInSelect && !(p.selectItems ?? []).some((i) => i.value === p.defaultValue)) {
      out.push(diagnostic(PARAMETER_RULE, 'error', `"${p.name}": default value ${JSON.stringify(p.defaultValue)} is not one of its items`, locate(p.name)));
    }
  }
  return out;
}

/** Every field, including those inside groups, radio items and checkbox sub-parameters. */
export function flatten(parameters: ParameterLike[]): ParameterLike[] {
  const out: ParameterLike[] = [];
  for (const p of parameters) {
    out.push(p);
    out.push(...flatten(p.subParams ?? []));
    for (const item of p.radioItems ?? []) out.push(...flatten(item.subParams ?? []));
  }
  return out;
}

function compiles(pattern: string): boolean {
  try { new RegExp(pattern); return true; } catch { return false; }
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  // if/then failures repeat the real error with keyword "if"; drop those.
  const kept = errors.filter((e) => e.keyword !== 'if');
  const seen = new Set<string>();
  return kept.filter((e) => { const k = e.instancePath + e.message; if (seen.has(k)) return false; seen.add(k); return true; });
}

function explain(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'enum': return `must be one of ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'additionalProperties': return `unknown key "${String(p.additionalProperty)}"`;
    case 'required': return `missing "${String(p.missingProperty)}"`;
    case 'minItems': return `needs at least ${String(p.limit)} item(s)`;
    default: return error.message ?? 'is invalid';
  }
}

function valueAt(root: unknown, path: string): unknown {
  return path.split('/').slice(1).reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);
}

/** The name of the innermost parameter containing a JSON pointer. */
function nameAt(root: unknown, path: string): string | null {
  const parts = path.split('/');
  for (let i = parts.length; i > 0; i--) {
    const v = valueAt(root, parts.slice(0, i).join('/')) as { name?: unknown; type?: unknown } | undefined;
    if (v && typeof v.name === 'string' && typeof v.type === 'string') return v.name;
  }
  return null;
}

function describePath(root: unknown, path: string): string {
  const name = nameAt(root, path);
  const where = path === '' ? 'parameters' : `parameters${path.replace(/\/(\d+)/g, '[$1]').replace(/\/([^/]+)/g, '.$1')}`;
  return name ? `${where} ("${name}")` : where;
}
