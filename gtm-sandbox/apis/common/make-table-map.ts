/** [{key, value}] → {key: value}; null when no row qualifies. @see https://developers.google.com/tag-platform/tag-manager/templates/api#maketablemap */
import type { ApiImplementation } from '../api';

export const makeTableMap: ApiImplementation = (ctx) => (table: unknown, keyColumn: unknown, valueColumn: unknown) => {
  if (!Array.isArray(table)) return null;
  const out: Record<string, unknown> = {};
  let rows = 0;
  for (const row of ctx.marshal.toHost(table) as Record<string, unknown>[]) {
    if (!row || typeof row !== 'object' || !(String(keyColumn) in row)) continue;
    out[String(row[String(keyColumn)])] = row[String(valueColumn)];
    rows++;
  }
  return rows > 0 ? out : null;
};
