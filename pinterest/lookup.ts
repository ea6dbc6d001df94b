/** Own-key lookup in a table, immune to inherited names such as "constructor". Pure: definition files may import it. */
export function lookup(table: { [key: string]: string }, key: string | undefined): string | undefined {
  return key !== undefined && table.hasOwnProperty(key) ? table[key] : undefined;
}
