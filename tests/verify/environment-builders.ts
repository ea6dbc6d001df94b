/**
 * Small builders for GTM environment switches in container exports: Lookup Tables (`smm`), RegEx Tables
 * (`remm`) and constants, in the shape GTM exports them (TEMPLATE `input`, a LIST `map` of MAP rows with
 * `key` and `value`, BOOLEAN `setDefaultValue`, TEMPLATE `defaultValue`, and a RegEx Table's BOOLEAN options).
 */
import type { fixtureContainer } from './builders';

type Export = ReturnType<typeof fixtureContainer>;
type Parameter = { type: string; key?: string; value?: string; list?: Parameter[]; map?: Parameter[] };
export interface Variable { name: string; type: string; parameter: Parameter[] }

const template = (key: string, value: string): Parameter => ({ type: 'TEMPLATE', key, value });
const boolean = (key: string, value: boolean): Parameter => ({ type: 'BOOLEAN', key, value: String(value) });
const rowsOf = (rows: readonly (readonly [string, string])[]): Parameter => ({
  type: 'LIST', key: 'map', list: rows.map(([key, value]) => ({ type: 'MAP', map: [template('key', key), template('value', value)] })),
});
const defaults = (value: string | undefined): Parameter[] => (value === undefined ? [boolean('setDefaultValue', false)] : [boolean('setDefaultValue', true), template('defaultValue', value)]);

export interface TableOptions { default?: string; input?: string }
export interface RegexOptions extends TableOptions { fullMatch?: boolean; ignoreCase?: boolean; replaceAfterMatch?: boolean }

/** A Lookup Table on {{Environment Name}} (or `input`): rows of [environment, output]. */
export const lookupTable = (name: string, rows: readonly (readonly [string, string])[], options: TableOptions = {}): Variable => ({
  name, type: 'smm', parameter: [...defaults(options.default), template('input', options.input ?? '{{Environment Name}}'), rowsOf(rows)],
});

/** A RegEx Table: rows of [pattern, output]; GTM's options as given (GTM writes all three). */
export const regexTable = (name: string, rows: readonly (readonly [string, string])[], options: RegexOptions = {}): Variable => ({
  name, type: 'remm', parameter: [
    ...defaults(options.default), template('input', options.input ?? '{{Environment Name}}'),
    boolean('fullMatch', options.fullMatch ?? true), boolean('replaceAfterMatch', options.replaceAfterMatch ?? false), boolean('ignoreCase', options.ignoreCase ?? false),
    rowsOf(rows),
  ],
});

export const constant = (name: string, value: string): Variable => ({ name, type: 'c', parameter: [template('value', value)] });

/** Adds variables to an export (replacing one of the same name). */
export function withVariables(container: Export, ...variables: Variable[]): Export {
  const list = (container.containerVersion.variable ??= []);
  for (const variable of variables) {
    const at = list.findIndex((v) => v.name === variable.name);
    if (at === -1) list.push(variable); else list[at] = variable;
  }
  return container;
}

/** A trigger whose condition is {{Environment Name}} equals `name` (a name the export holds). */
export function withEnvironmentTrigger(container: Export, name: string): Export {
  (container.containerVersion.trigger ??= []).push({
    name: `Only in ${name}`, type: 'PAGEVIEW', triggerId: `env-${name}`,
    filter: [{ type: 'EQUALS', parameter: [template('arg0', '{{Environment Name}}'), template('arg1', name)] }],
  } as unknown as Export['containerVersion']['trigger'][number]);
  return container;
}
