/**
 * What the environment matrix warns about: an environment without a tag ID (its events are never sent by
 * the browser), Live sharing its access token with a test environment (a staging site's traffic reaches
 * Live's ad account, and rotating one rotates both), RegEx patterns the plan cannot read, and tables or
 * matrices cut short. Warnings name variables and environments, never a secret's value: two tokens are
 * compared through ContainerSecrets.valueIds.
 */
import { MAX_ROWS } from './environment-rows';
import type { Matrix } from './environment-matrix';
import { md } from './markdown';
import type { Container } from './plan-container';
import type { Value } from './resolve-value';
import { MAX_TABLE_ROWS } from './variable-tables';

const shownName = (name: string): string => `{{${md(name)}}}`;

function noTagId(matrix: Matrix): string[] {
  const column = matrix.columns.findIndex((c) => c.title === 'Tag ID');
  if (column === -1 || matrix.columns[column].fields.length === 0) return [];
  return matrix.rows.flatMap((row, r) => {
    const missing = matrix.cells[r][column].find((v) => v.kind === 'undefined' || (v.kind === 'text' && v.text.trim() === ''));
    if (!missing) return [];
    const why = missing.kind === 'undefined' ? `${shownName(missing.table)} gives undefined there` : 'its value is empty';
    return [`${row.environment.kind === 'default' ? 'environments the tables do not name (the default row) have' : `environment ${row.label} has`} no tag ID: ${why}`];
  });
}

interface Token { readonly label: string; readonly key: string; readonly id: number | undefined }

function tokensOf(values: readonly Value[], container: Container): Token[] {
  return values.flatMap((v): Token[] => {
    if (v.kind === 'secret') return [{ label: shownName(v.variable), key: v.key, id: container.secrets.valueIds.get(v.key) }];
    if (v.kind === 'typed-secret') return [{ label: v.table ? `the value typed into ${shownName(v.table)}` : 'the token typed into the tag', key: v.key, id: container.secrets.valueIds.get(v.key) }];
    return [];
  });
}

/** Live's row, or the default row when no table names Live (Live then takes the defaults). */
function sharedTokens(matrix: Matrix, server: Container | undefined): string[] {
  const column = matrix.columns.findIndex((c) => c.secret);
  if (column === -1 || !server) return [];
  const named = matrix.rows.findIndex((row) => row.environment.kind === 'name' && row.environment.name === 'Live');
  const live = named === -1 ? matrix.rows.length - 1 : named;
  const liveLabel = named === -1 ? 'Live (which takes the default row)' : 'Live';
  const liveTokens = tokensOf(matrix.cells[live][column], server);
  return matrix.rows.flatMap((row, r) => {
    if (r === live || row.environment.kind === 'default') return [];
    for (const token of tokensOf(matrix.cells[r][column], server)) {
      const same = liveTokens.find((t) => t.key === token.key);
      if (same) return [`${liveLabel} and ${row.label} share an access token: both use ${same.label}`];
      const equal = liveTokens.find((t) => t.id !== undefined && t.id === token.id);
      if (equal) return [`${liveLabel} and ${row.label} share an access token: ${equal.label} and ${token.label} hold the same value`];
    }
    return [];
  });
}

function cutShort(matrix: Matrix): string[] {
  const out: string[] = [];
  for (const { table } of matrix.tables) {
    table.rows.forEach((row, i) => {
      if (table.kind === 'regex' && !row.pattern) out.push(`${shownName(table.name)} row ${i + 1}: the pattern is not RE2 syntax (lookaround and backreferences are not) or longer than 1000 characters; the plan matches no environment with it`);
    });
    if (table.rowsLeftOut > 0) out.push(`${shownName(table.name)} has ${table.rowsLeftOut} rows past the first ${MAX_TABLE_ROWS}; the plan reads only those`);
  }
  if (matrix.rowsLeftOut > 0) out.push(`the tables name ${matrix.rowsLeftOut} more environments than the ${MAX_ROWS} the matrix shows`);
  return out;
}

export const matrixWarnings = (matrix: Matrix, server: Container | undefined): string[] => [...noTagId(matrix), ...sharedTokens(matrix, server), ...cutShort(matrix)];
