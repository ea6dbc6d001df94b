/**
 * The environment matrix of the tracking plan: for each GTM environment, the web tag's tag ID and server
 * URL, the Conversions API tag's ad account and the name of its token's variable, and the client's path,
 * resolved through Lookup and RegEx Tables on {{Environment Name}} (resolve-value.ts). Built from the
 * scrubbed exports: a secret's value is never held in it, only whether two secrets hold the same value.
 */
import { templateFor } from '../../gtm-sandbox/container/export-format';
import { environmentRows, knownNames, type EnvironmentRow } from './environment-rows';
import { md } from './markdown';
import type { Container } from './plan-container';
import { environmentTables, resolveText, type Value, type Warn } from './resolve-value';
import { parametersOf } from './secrets';
import type { VariableTable } from './variable-tables';

/** One field of one tag or client: where a column's value comes from. */
export interface Field { readonly container: Container; readonly text: string; readonly owner: string }
export interface Column { readonly title: string; readonly secret: boolean; readonly fields: readonly Field[] }

export interface Matrix {
  readonly columns: readonly Column[];
  readonly rows: readonly EnvironmentRow[];
  /** cells[row][column]: the distinct values of the column's fields in that environment. */
  readonly cells: readonly (readonly Value[])[][];
  readonly tables: readonly { readonly container: Container; readonly table: VariableTable }[];
  readonly rowsLeftOut: number;
}

/** Distinct field texts per column: one tag ID variable shared by every tag is one field. */
const MAX_FIELDS = 10;

function fieldsOf(container: Container | undefined, template: string, kind: 'tag' | 'client', key: string, fallback?: string): Field[] {
  if (!container) return [];
  const v = container.export.containerVersion;
  const out = new Map<string, Field>();
  for (const entity of kind === 'tag' ? v.tag ?? [] : v.client ?? []) {
    if (!templateFor(container.export, entity.type)?.name.startsWith(template)) continue;
    const value = parametersOf(entity.parameter)[key] ?? fallback;
    if (typeof value !== 'string' || value === '' || out.has(value)) continue;
    out.set(value, { container, text: value, owner: md(entity.name) });
  }
  return [...out.values()].slice(0, MAX_FIELDS);
}

export function matrixColumns(web: Container, server: Container | undefined): Column[] {
  return [
    { title: 'Tag ID', secret: false, fields: fieldsOf(web, 'Pinterest Tag', 'tag', 'tagId') },
    { title: 'Server URL', secret: false, fields: fieldsOf(web, 'Pinterest Tag', 'tag', 'serverUrl') },
    { title: 'Ad account', secret: false, fields: fieldsOf(server, 'Pinterest Conversions API', 'tag', 'adAccountId') },
    { title: 'Token (variable)', secret: true, fields: fieldsOf(server, 'Pinterest Conversions API', 'tag', 'accessToken') },
    { title: 'Client path', secret: false, fields: fieldsOf(server, 'Pinterest Client', 'client', 'path', '/pinterest/events') },
  ].filter((column) => column.fields.length > 0 || column.title === 'Tag ID');
}

const valueKey = (value: Value): string => JSON.stringify(value);

/** The matrix, or undefined when no field reaches a table on {{Environment Name}}. Warnings go to `warn`. */
export function environmentMatrix(web: Container, server: Container | undefined, warn: Warn): Matrix | undefined {
  const columns = matrixColumns(web, server);
  const tables: Matrix['tables'][number][] = [];
  for (const field of columns.flatMap((column) => column.fields)) {
    for (const table of environmentTables(field.container, field.text, warn)) {
      if (!tables.some((t) => t.table === table)) tables.push({ container: field.container, table });
    }
  }
  if (tables.length === 0) return undefined;
  const { rows, left } = environmentRows(tables.map((t) => t.table), knownNames(server ? [web, server] : [web]));
  const cells = rows.map((row) => columns.map((column) => {
    const values = new Map<string, Value>();
    for (const field of column.fields) {
      const value = resolveText(field.container, field.text, row.environment, warn);
      // A secret typed into the field itself (not a variable): the same one in every environment.
      const shown: Value = column.secret && value.kind === 'text' ? { kind: 'typed-secret', table: '', key: `field\u0000${field.owner}` } : value;
      values.set(valueKey(shown), shown);
    }
    return [...values.values()];
  }));
  return { columns, rows, cells, tables, rowsLeftOut: left };
}
