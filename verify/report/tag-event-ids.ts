/** event_ids seen on the browser side (a JSON-lines capture of pintrk events or forwarded events). */
import { forEachObject, own } from '../input/json-walk';
import { readLines } from '../input/line-reader';

export async function scanTagEventIds(file: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for await (const { text } of readLines(file)) {
    if (text === null) continue; // too long to be one captured event: skipped like any line that is not JSON
    let parsed: unknown;
    try { parsed = JSON.parse(text); } catch { continue; }
    forEachObject(parsed, (o) => { const id = own(o, 'event_id'); if (typeof id === 'string') ids.add(id); });
  }
  return ids;
}
