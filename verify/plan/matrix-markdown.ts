/**
 * The plan's "Environments" section: the environment matrix as a Markdown table, the tables it was read
 * from (each RegEx row with the environment names it selects), and its warnings. A token is shown by its
 * variable's name; a secret typed into a table or a tag is "not shown".
 */
import { environmentMatrix, type Matrix } from './environment-matrix';
import { MAX_ROWS } from './environment-rows';
import { matrixWarnings } from './environment-warnings';
import { code, md } from './markdown';
import type { Container } from './plan-container';
import type { Value } from './resolve-value';
import { optionsText, rowFor, rowMatches, tableKind, type VariableTable } from './variable-tables';

const shownName = (name: string): string => `{{${md(name)}}}`;
const LONE_REFERENCE = /^\{\{([^{}]+)\}\}$/;

function cell(value: Value, secret: boolean): string {
  switch (value.kind) {
    case 'text': return secret ? 'typed in (value not shown)' : value.text === '' ? '(empty)' : code(value.text);
    case 'undefined': return 'undefined';
    case 'secret': return secret ? shownName(value.variable) : `${shownName(value.variable)} (a secret: value not shown)`;
    case 'typed-secret': return value.table ? `typed into ${shownName(value.table)} (value not shown)` : 'typed into the tag (value not shown)';
    default: return value.shown;
  }
}

/** A table's output as written: a variable by name; a value, unless the table holds a secret. */
function output(container: Container, table: VariableTable, value: string | undefined): string {
  if (value === undefined) return 'undefined';
  const reference = LONE_REFERENCE.exec(value);
  if (reference) return shownName(reference[1]);
  return container.secrets.variables.has(table.name) ? '(value not shown)' : value === '' ? '(empty)' : code(value);
}

function tableLine(entry: Matrix['tables'][number], names: readonly string[], web: Container): string {
  const { container, table } = entry;
  const rows = table.rows.slice(0, MAX_ROWS).map((row, i) => {
    const selects = names.filter((name) => rowFor(table, name) === i);
    const taken = names.filter((name) => rowFor(table, name) !== i && rowMatches(table, row, name));
    const note = table.kind !== 'regex' ? ''
      : ` (${selects.length > 0 ? `selects ${selects.map(md).join(', ')}` : 'selects none of the names known'}${taken.length > 0 ? `; an earlier row takes ${taken.map(md).join(', ')}` : ''})`;
    return `${code(row.key)}${note} → ${output(container, table, row.value)}`;
  });
  const more = table.rows.length > MAX_ROWS ? `; and ${table.rows.length - MAX_ROWS} more rows` : '';
  const where = container === web ? 'web container' : 'server container';
  return `- ${shownName(table.name)} (${where}): ${tableKind(table)}, ${optionsText(table)}: ${rows.join('; ') || 'no rows'}${more}; default → ${output(container, table, table.defaultValue)}`;
}

export interface EnvironmentSection { readonly lines: string[]; readonly warnings: string[] }

export function environmentSection(web: Container, server: Container | undefined): EnvironmentSection {
  const warnings = new Set<string>();
  const matrix = environmentMatrix(web, server, (w) => warnings.add(w));
  if (!matrix) return { lines: [], warnings: [...warnings] };
  for (const w of matrixWarnings(matrix, server)) warnings.add(w);
  const names = matrix.rows.flatMap((row) => (row.environment.kind === 'name' ? [row.environment.name] : []));
  const lines = [
    '', '## Environments', '',
    'Values per GTM environment, read from the Lookup and RegEx Tables on {{Environment Name}} that the fields below use: '
      + 'a row for each environment a table names (a RegEx row that matches none of the environment names known is shown by its pattern), '
      + 'and the default row for every other environment (undefined where a table sets no default). Tokens are shown by their variable\'s name only.', '',
    `| Environment | ${matrix.columns.map((c) => c.title).join(' | ')} |`,
    `| --- | ${matrix.columns.map(() => '---').join(' | ')} |`,
    ...matrix.rows.map((row, r) => `| ${row.label} | ${matrix.columns.map((column, c) => matrix.cells[r][c].map((v) => cell(v, column.secret)).join('; ') || '—').join(' | ')} |`),
    '', 'Read from:', '',
    ...matrix.tables.map((entry) => tableLine(entry, names, web)),
  ];
  if (warnings.size > 0) lines.push('', 'Warnings:', '', ...[...warnings].map((w) => `- ${w}`));
  return { lines, warnings: [...warnings] };
}
