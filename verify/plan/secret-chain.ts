/**
 * Where a secret field's value comes from, followed through the container: the constant it names, or a
 * Lookup/RegEx Table (one token per GTM environment) and every variable its rows and default name, and so
 * on down to MAX_DEPTH variables (each variable is visited once, so a cycle ends). Every variable on the way
 * holds the secret, and every value typed in on the way (a constant's value, a table row's output) is a
 * secret value: the plan names those variables and never prints those values.
 */
import type { ContainerExport, ExportVariable } from '../../gtm-sandbox/container/export-format';
import { decodeParameters } from '../../gtm-sandbox/container/parameters';
import { md } from './markdown';
import { isTable, readTable } from './variable-tables';

/** How many variables deep the plan follows a value (the environment matrix stops at the same depth). */
export const MAX_DEPTH = 5;

/** A secret typed into a table row ('default': its default value), as ContainerSecrets.valueIds keys it. */
export const rowKey = (table: string, row: number | 'default'): string => `${table}\u0000${row}`;

const REFERENCE = /\{\{([^{}]+)\}\}/g;
const references = (text: string): string[] => [...text.matchAll(REFERENCE)].map((m) => m[1]);
const isReference = (text: string): boolean => /^\{\{[^{}]+\}\}$/.test(text);

/** A secret value found, with where it is for a warning (`where`) and its identity for comparisons (`key`). */
export type FoundSecret = (value: string, where: string, key: string) => void;

/**
 * Follows `start` (variable names) and reports each secret value typed in on the way. Returns every variable
 * visited. `variables` by name: the container's, read once by the caller.
 */
export function followSecrets(variables: ReadonlyMap<string, ExportVariable>, start: readonly string[], found: FoundSecret): Set<string> {
  const visited = new Set<string>();
  let level = [...start];
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    const follow = (text: string, where: string, key: string): void => {
      next.push(...references(text));
      if (!isReference(text) && text.trim() !== '') found(text, where, key);
    };
    for (const name of level) {
      if (visited.has(name)) continue;
      visited.add(name);
      const variable = variables.get(name);
      if (!variable) continue;
      if (isTable(variable)) {
        const table = readTable(variable);
        table.rows.forEach((row, i) => follow(row.value, `row ${i + 1} of {{${md(name)}}}`, rowKey(name, i)));
        if (table.defaultValue !== undefined) follow(table.defaultValue, `the default value of {{${md(name)}}}`, rowKey(name, 'default'));
      } else if (variable.type === 'c') {
        const value = decodeParameters(variable.parameter ?? [], (n) => `{{${n}}}`).value;
        if (typeof value === 'string') follow(value, `variable {{${md(name)}}}`, name);
      }
    }
    level = next;
  }
  return visited;
}

/** The container's variables by name (the first of a name wins, as a GTM container cannot hold two). */
export function variablesByName(container: ContainerExport): Map<string, ExportVariable> {
  const out = new Map<string, ExportVariable>();
  for (const variable of container.containerVersion.variable ?? []) if (!out.has(variable.name)) out.set(variable.name, variable);
  return out;
}
