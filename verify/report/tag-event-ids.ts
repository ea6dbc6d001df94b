/** event_ids seen on the browser side (a JSON-lines capture of pintrk events or forwarded events). */
import * as fs from 'node:fs';
import * as readline from 'node:readline';

function collect(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) { value.forEach((v) => collect(v, into)); return; }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'event_id' && typeof v === 'string') into.add(v);
    else collect(v, into);
  }
}

export async function scanTagEventIds(file: string): Promise<Set<string>> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  const ids = new Set<string>();
  for await (const text of readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    try { collect(JSON.parse(text), ids); } catch { /* not JSON: skipped */ }
  }
  return ids;
}
