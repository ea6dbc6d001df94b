/**
 * The value a field takes in one GTM environment, followed through the container's variables: a constant
 * gives its value, a Lookup or RegEx Table on {{Environment Name}} the output for that environment (which
 * may name another variable), at most MAX_DEPTH variables deep. A cycle or a deeper chain is reported and
 * never followed further. A secret's variable is named and its value never taken; any other kind of
 * variable is named as the rest of the plan names it.
 */
import { code, md } from './markdown';
import { ENVIRONMENT_NAME, switchesOnEnvironment, type Container } from './plan-container';
import { MAX_DEPTH, rowKey } from './secret-chain';
import { parametersOf } from './secrets';
import { source } from './sources';
import { outputOf, rowFor, type VariableTable } from './variable-tables';

/** An environment by its name; the environments a RegEx row matches, by its pattern; or all the others. */
export type Environment =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'pattern'; readonly table: string; readonly row: number; readonly pattern: string }
  | { readonly kind: 'default' };

export type Value =
  | { readonly kind: 'text'; readonly text: string }
  /** A table with no row for the environment and no default value: GTM gives undefined. */
  | { readonly kind: 'undefined'; readonly table: string }
  /** A secret's variable; `key` finds its value's identity in ContainerSecrets.valueIds. */
  | { readonly kind: 'secret'; readonly variable: string; readonly key: string }
  /** A secret typed into a table row. */
  | { readonly kind: 'typed-secret'; readonly table: string; readonly key: string }
  /** What the plan can name but not resolve (a dataLayer variable, a built-in, ...), as Markdown. */
  | { readonly kind: 'named'; readonly shown: string }
  | { readonly kind: 'problem'; readonly shown: string };

export type Warn = (warning: string) => void;

const REFERENCE = /\{\{([^{}]+)\}\}/g;
const LONE_REFERENCE = /^\{\{([^{}]+)\}\}$/;
const CAPTURE_GROUP = /\$[0-9&]/;
const shownName = (name: string): string => `{{${md(name)}}}`;

export function resolveText(c: Container, text: string, env: Environment, warn: Warn, path: readonly string[] = []): Value {
  const lone = LONE_REFERENCE.exec(text);
  if (lone) return resolveVariable(c, lone[1], env, warn, path);
  const parts = [...text.matchAll(REFERENCE)].map((m) => resolveVariable(c, m[1], env, warn, path));
  if (parts.length === 0) return { kind: 'text', text };
  const unresolved = parts.find((p) => p.kind !== 'text' && p.kind !== 'undefined');
  if (unresolved) return unresolved.kind === 'named' ? { kind: 'named', shown: code(text) } : unresolved;
  let i = 0;
  // GTM writes undefined as nothing inside a longer text (as gtm-sandbox's resolveText does).
  return { kind: 'text', text: text.replace(REFERENCE, () => { const p = parts[i++]; return p.kind === 'text' ? p.text : ''; }) };
}

/** The row an environment selects in a table; 'depends' when only its exact name could tell. */
function rowIn(table: VariableTable, env: Environment): number | 'default' | 'depends' {
  if (env.kind === 'name') return rowFor(table, env.name);
  if (env.kind === 'default') return 'default';
  if (env.table === table.name) return env.row;
  // Another RegEx Table with the same pattern: the same environments (a Lookup Table needs the name).
  const same = table.kind === 'regex' ? table.rows.findIndex((row) => row.key === env.pattern) : -1;
  return same === -1 ? 'depends' : same;
}

function resolveVariable(c: Container, name: string, env: Environment, warn: Warn, path: readonly string[]): Value {
  const chain = [...path, name];
  const shownChain = chain.map(shownName).join(' → ');
  if (path.includes(name)) {
    warn(`${shownChain}: these variables name each other in a cycle; the plan stops there`);
    return { kind: 'problem', shown: `a cycle: ${shownChain}` };
  }
  if (chain.length > MAX_DEPTH) {
    warn(`${shownChain}: more than ${MAX_DEPTH} variables deep; the plan stops there`);
    return { kind: 'problem', shown: `more than ${MAX_DEPTH} variables deep: ${shownChain}` };
  }
  const variable = c.variables.get(name);
  if (!variable) return name === ENVIRONMENT_NAME && env.kind === 'name' ? { kind: 'text', text: env.name } : { kind: 'named', shown: `${shownName(name)} (built-in)` };
  const table = c.table(name);
  if (table) return tableValue(c, table, env, warn, chain);
  if (variable.type === 'c') {
    const value = parametersOf(variable.parameter).value;
    const text = typeof value === 'string' ? value : '';
    // A secret constant is named, unless it only names another variable (which may switch per environment).
    if (c.secrets.variables.has(name) && !LONE_REFERENCE.test(text)) return { kind: 'secret', variable: name, key: name };
    return resolveText(c, text, env, warn, chain);
  }
  if (c.secrets.variables.has(name)) return { kind: 'secret', variable: name, key: name };
  return { kind: 'named', shown: source(c, `{{${name}}}`) };
}

function tableValue(c: Container, table: VariableTable, env: Environment, warn: Warn, chain: readonly string[]): Value {
  if (!switchesOnEnvironment(c, table)) {
    warn(`${shownName(table.name)} switches on ${md(table.input) || 'nothing'}, not {{${ENVIRONMENT_NAME}}}: the plan cannot tell which value each environment gets`);
    return { kind: 'named', shown: source(c, `{{${table.name}}}`) };
  }
  const row = rowIn(table, env);
  if (row === 'depends') return { kind: 'named', shown: `depends on the name (${shownName(table.name)} is a Lookup Table)` };
  const output = outputOf(table, row);
  if (output === undefined) return { kind: 'undefined', table: table.name };
  if (c.secrets.variables.has(table.name) && !LONE_REFERENCE.test(output)) return { kind: 'typed-secret', table: table.name, key: rowKey(table.name, row) };
  if (table.replaceAfterMatch && row !== 'default' && CAPTURE_GROUP.test(output)) return { kind: 'named', shown: `${code(output)} (with the name's capture groups)` };
  return resolveText(c, output, env, warn, chain);
}

/**
 * The tables on {{Environment Name}} a field's value can reach (through constants and table outputs, at most
 * MAX_DEPTH variables deep), in the order met; tables on another input are reported through `warn`.
 */
export function environmentTables(c: Container, text: string, warn: Warn): VariableTable[] {
  const found: VariableTable[] = [];
  const seen = new Set<string>();
  let level = [...text.matchAll(REFERENCE)].map((m) => m[1]);
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const name of level) {
      if (seen.has(name)) continue;
      seen.add(name);
      const table = c.table(name);
      const variable = c.variables.get(name);
      if (table && !switchesOnEnvironment(c, table)) tableValue(c, table, { kind: 'default' }, warn, [name]);
      else if (table) {
        found.push(table);
        for (const output of [...table.rows.map((r) => r.value), table.defaultValue ?? '']) next.push(...[...output.matchAll(REFERENCE)].map((m) => m[1]));
      } else if (variable?.type === 'c') {
        const value = parametersOf(variable.parameter).value;
        if (typeof value === 'string' && (!c.secrets.variables.has(name) || LONE_REFERENCE.test(value))) next.push(...[...value.matchAll(REFERENCE)].map((m) => m[1]));
      }
    }
    level = next;
  }
  return found;
}
