/**
 * The rows of the environment matrix: every environment name a table on {{Environment Name}} selects a row
 * for, each RegEx row that matches none of the names known (shown by its pattern), and the default row.
 * Names known: GTM's own environments, which {{Environment Name}} returns as "Live", "Latest" and "Now
 * Editing" (built-in variables, https://support.google.com/tagmanager/answer/7182738), the keys of every
 * Lookup Table on {{Environment Name}} in either export, and the names trigger conditions compare it with
 * ("Environment Name equals Staging").
 */
import { md, code } from './markdown';
import { ENVIRONMENT_NAME, switchesOnEnvironment, type Container } from './plan-container';
import type { Environment } from './resolve-value';
import { rowFor, rowMatches, type VariableTable } from './variable-tables';

export const GTM_ENVIRONMENTS = ['Live', 'Latest', 'Now Editing'];
/** Rows shown; a container has a handful of environments. */
export const MAX_ROWS = 30;
const MAX_NAMES = 200;

export interface EnvironmentRow { readonly label: string; readonly environment: Environment }

export const DEFAULT_LABEL = 'other environments (default)';

/** The environment names the exports hold, GTM's own first, each once, in the order met. */
export function knownNames(containers: readonly Container[]): string[] {
  const names = new Set(GTM_ENVIRONMENTS);
  for (const c of containers) {
    for (const name of c.variables.keys()) {
      const table = c.table(name);
      if (table?.kind === 'lookup' && switchesOnEnvironment(c, table)) for (const row of table.rows) names.add(row.key);
    }
    for (const trigger of c.export.containerVersion.trigger ?? []) {
      for (const condition of [...(trigger.filter ?? []), ...(trigger.customEventFilter ?? [])]) {
        const arg = (key: string): unknown => (condition.parameter ?? []).find((p) => p.key === key)?.value;
        const name = arg('arg1');
        if (condition.type === 'EQUALS' && arg('arg0') === `{{${ENVIRONMENT_NAME}}}` && typeof name === 'string') names.add(name);
      }
    }
  }
  return [...names].slice(0, MAX_NAMES);
}

/** The rows for the tables a plan's fields reach; `left` counts rows past MAX_ROWS. */
export function environmentRows(tables: readonly VariableTable[], names: readonly string[]): { rows: EnvironmentRow[]; left: number } {
  const rows: EnvironmentRow[] = names
    .filter((name) => tables.some((table) => rowFor(table, name) !== 'default'))
    .map((name) => ({ label: md(name) || '(empty name)', environment: { kind: 'name', name } }));
  const patterns = new Set<string>();
  for (const table of tables) {
    if (table.kind !== 'regex') continue;
    table.rows.forEach((row, i) => {
      // A row that matches a known name stands for it (or is taken by an earlier row for it): no row of its own.
      if (!row.pattern || patterns.has(row.key) || names.some((name) => rowMatches(table, row, name))) return;
      patterns.add(row.key);
      rows.push({ label: `names matching ${code(row.key)}`, environment: { kind: 'pattern', table: table.name, row: i, pattern: row.key } });
    });
  }
  const shown = rows.slice(0, MAX_ROWS);
  return { rows: [...shown, { label: DEFAULT_LABEL, environment: { kind: 'default' } }], left: rows.length - shown.length };
}
