/**
 * GTM's Lookup Table (`smm`) and RegEx Table (`remm`) variables read from a container export, and the output
 * each gives for an input, as GTM documents them (User-defined variable types for web,
 * https://support.google.com/tagmanager/answer/7683362):
 * - Lookup Table: the output of the row whose input equals the value exactly;
 * - RegEx Table: the rows are tried from the top and the first pattern that matches wins; "Full matches
 *   only" matches the whole value (as if the pattern had ^ and $), "Ignore case" matches either case;
 * - no row: the default value when "Set Default Value" is on, else undefined.
 * Export shape, confirmed on public exports (laseryshow-del/Mi-configuraci-n-gtm GTM-TNM9JZ3S_v36.json.js for
 * `smm`; gloria-lin-office/gtm-config-generator .../variables/regex-measurement-id-variable.ts for `remm`):
 * TEMPLATE `input`; LIST `map` of MAP rows, each with TEMPLATE `key` and `value`; BOOLEAN `setDefaultValue`;
 * TEMPLATE `defaultValue`; a RegEx Table adds BOOLEAN `fullMatch`, `ignoreCase` and `replaceAfterMatch`.
 * GTM writes all three options; where a hand-written export leaves one out, the plan takes the editor's
 * setting for a new RegEx Table (all three on) and prints the options it used.
 * Patterns run on RE2 (re2js): linear time whatever the pattern, as a hostile export needs. A pattern RE2
 * refuses (lookaround, backreferences) matches nothing and is reported.
 */
import { RE2JS } from 're2js';
import type { ExportVariable } from '../../gtm-sandbox/container/export-format';
import { decodeParameters } from '../../gtm-sandbox/container/parameters';

/** Rows read per table; a table of environments has a handful. */
export const MAX_TABLE_ROWS = 200;
const MAX_PATTERN_CHARS = 1000;

export interface TableRow {
  readonly key: string;
  readonly value: string;
  /** A RegEx Table's compiled pattern; null when RE2 refuses it or it is too long. */
  readonly pattern?: RE2JS | null;
}

export interface VariableTable {
  readonly name: string;
  readonly kind: 'lookup' | 'regex';
  /** The input as written, references kept as {{Name}}. */
  readonly input: string;
  readonly rows: readonly TableRow[];
  /** The default value; undefined when the table sets none (GTM then gives undefined). */
  readonly defaultValue: string | undefined;
  readonly fullMatch: boolean;
  readonly ignoreCase: boolean;
  readonly replaceAfterMatch: boolean;
  /** Rows past MAX_TABLE_ROWS, not read. */
  readonly rowsLeftOut: number;
}

export const isTable = (variable: ExportVariable): boolean => variable.type === 'smm' || variable.type === 'remm';
export const tableKind = (table: VariableTable): string => (table.kind === 'lookup' ? 'Lookup Table' : 'RegEx Table');

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));
const option = (value: unknown): boolean => value !== false;

function compile(key: string, ignoreCase: boolean): RE2JS | null {
  if (key.length > MAX_PATTERN_CHARS) return null;
  try {
    return RE2JS.compile(key, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
  } catch {
    return null;
  }
}

export function readTable(variable: ExportVariable): VariableTable {
  const p = decodeParameters(variable.parameter ?? [], (name) => `{{${name}}}`);
  const kind = variable.type === 'remm' ? 'regex' : 'lookup';
  const ignoreCase = kind === 'regex' && option(p.ignoreCase);
  const list = Array.isArray(p.map) ? (p.map as unknown[]) : [];
  const rows = list.slice(0, MAX_TABLE_ROWS).map((row): TableRow => {
    const fields = row !== null && typeof row === 'object' ? (row as Record<string, unknown>) : {};
    const key = text(Object.hasOwn(fields, 'key') ? fields.key : undefined);
    const value = text(Object.hasOwn(fields, 'value') ? fields.value : undefined);
    return kind === 'regex' ? { key, value, pattern: compile(key, ignoreCase) } : { key, value };
  });
  return {
    name: variable.name, kind, input: text(p.input).trim(), rows,
    defaultValue: p.setDefaultValue === true ? text(p.defaultValue) : undefined,
    fullMatch: kind === 'regex' && option(p.fullMatch), ignoreCase, replaceAfterMatch: kind === 'regex' && option(p.replaceAfterMatch),
    rowsLeftOut: Math.max(0, list.length - MAX_TABLE_ROWS),
  };
}

/** Whether one row matches a value, whatever the rows before it. */
export function rowMatches(table: VariableTable, row: TableRow, value: string): boolean {
  if (table.kind === 'lookup') return row.key === value;
  return row.pattern ? (table.fullMatch ? row.pattern.matches(value) : row.pattern.test(value)) : false;
}

const selected = new WeakMap<VariableTable, Map<string, number | 'default'>>();

/** The row a value selects: its index, or 'default' when no row matches (each value worked out once per table). */
export function rowFor(table: VariableTable, value: string): number | 'default' {
  const known = selected.get(table) ?? new Map<string, number | 'default'>();
  selected.set(table, known);
  let found = known.get(value);
  if (found !== undefined) return found;
  found = table.rows.findIndex((row) => rowMatches(table, row, value));
  if (found === -1) found = 'default';
  known.set(value, found);
  return found;
}

/** The output of a row ('default': the default value, undefined when none is set). */
export const outputOf = (table: VariableTable, row: number | 'default'): string | undefined => (row === 'default' ? table.defaultValue : table.rows[row].value);

/** The RegEx Table's options as GTM's editor names them. */
export function optionsText(table: VariableTable): string {
  if (table.kind === 'lookup') return 'exact match';
  return [table.fullMatch ? 'full matches only' : 'matches anywhere in the name', table.ignoreCase ? 'ignore case' : 'case-sensitive', ...(table.replaceAfterMatch ? ['capture groups on'] : [])].join(', ');
}
