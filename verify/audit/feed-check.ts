/**
 * `--feed`: every product id the tag sent (line_items[].product_id) against the catalog, through
 * `pinterest-gtm catalog-check` (verify/catalog), which knows the feed formats and the likely fixes.
 * Pinterest joins events to products only when the id equals the catalog item's `id`
 * (https://help.pinterest.com/en/business/article/before-you-get-started-with-catalogs).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { catalogCheck } from '../catalog/catalog-check';
import { finding, type Finding } from './findings';
import type { PageView } from './observations';
import { isPlainObject, type TrackedEvent } from './page-commands';
import { at, shown } from './rules/context';

export interface CatalogSummary { readonly products: number; readonly idsSent: number; readonly idsNotInCatalog: number; readonly feedProblems: number }

function productIds(e: TrackedEvent): string[] {
  const items = e.data?.line_items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((l) => (isPlainObject(l) && ((typeof l.product_id === 'string' && l.product_id !== '') || typeof l.product_id === 'number') ? [String(l.product_id)] : []));
}

export async function checkFeed(feed: string, events: TrackedEvent[], views: PageView[], progress: (m: string) => void): Promise<{ findings: Finding[]; summary: CatalogSummary }> {
  const firstSeen = new Map<string, TrackedEvent>();
  for (const e of events) for (const id of productIds(e)) if (!firstSeen.has(id)) firstSeen.set(id, e);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinterest-gtm-audit-'));
  const file = path.join(dir, 'events.jsonl');
  try {
    fs.writeFileSync(file, events.map((e) => JSON.stringify({ line_items: productIds(e).map((id) => ({ product_id: id })) })).join('\n') + '\n');
    const report = await catalogCheck(feed, file, progress);
    const findings: Finding[] = report.unknownIds.map((u) => {
      const e = firstSeen.get(u.id);
      return finding('product-not-in-catalog', `product_id ${shown(u.id)} is not in the catalog${u.fix ? `: ${u.fix}` : ''}`, e ? at(views[e.page], e.rawName.slice(0, 60)) : {});
    });
    const feedProblems = report.problems.length + report.duplicates.length;
    if (feedProblems > 0) findings.push(finding('feed-problems', `${report.problems.length} field problems and ${report.duplicates.length} duplicate ids in ${path.basename(feed)}`));
    return { findings, summary: { products: report.records, idsSent: firstSeen.size, idsNotInCatalog: report.unknownIds.length, feedProblems } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
