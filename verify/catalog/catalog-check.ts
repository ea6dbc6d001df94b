/**
 * `pinterest-gtm catalog-check`: the feed's required fields, and whether the product ids events carry
 * match the catalog's `id` exactly (shopping campaigns attribute only exact matches). Near misses come
 * with the likely fix: case, whitespace, leading zeros, or a parent (item_group_id) sent for a variant.
 */
import { readFeed } from './feed-reader';
import { recordProblems, type FeedProblem } from './feed-rules';
import { scanEvents } from './event-ids';
import type { JsonFormat } from '../input/json-records';
import { printable } from '../input/printable';

export interface UnknownId { readonly id: string; readonly events: number; readonly fix?: string }
export interface CatalogReport {
  /** The first MAX_KEPT_PROBLEMS problems; `problemCount` counts them all. */
  readonly records: number; readonly problems: FeedProblem[]; readonly problemCount: number; readonly duplicates: { id: string; lines: number[] }[];
  readonly eventsFormat: JsonFormat; readonly eventsNotAnArray?: { readonly line: number; readonly column: number }; readonly eventLines: number; readonly badEventLines: number[]; readonly longEventLines: number[]; readonly eventsWithIds: number; readonly eventsAllMatched: number;
  readonly unknownIds: UnknownId[];
  /** Nothing to compare, or lines that could not be read: the events file needs fixing too. */
  readonly eventsUnread: boolean;
}

/** A hostile feed can hold a problem per byte; the report shows 200, so keeping 10,000 is plenty. */
export const MAX_KEPT_PROBLEMS = 10000;

const squash = (id: string): string => id.trim().toLowerCase();
const unpadded = (id: string): string => id.trim().replace(/^0+(?=\d)/, '');
const pushTo = <V>(map: Map<string, V[]>, key: string, value: V): void => { const list = map.get(key); if (list) list.push(value); else map.set(key, [value]); };

export async function catalogCheck(feedFile: string, eventsFile: string, progress: (message: string) => void = () => undefined): Promise<CatalogReport> {
  const ids = new Map<string, number[]>();
  const bySquash = new Map<string, string>();
  const byUnpadded = new Map<string, string>();
  const byGroup = new Map<string, string[]>();
  const problems: FeedProblem[] = [];
  let problemCount = 0;
  const keep = (found: FeedProblem[]): void => { problemCount += found.length; problems.push(...found.slice(0, Math.max(0, MAX_KEPT_PROBLEMS - problems.length))); };
  let records = 0;
  for await (const record of readFeed(feedFile, (p) => keep([{ line: p.line, id: '', field: '', problem: p.problem }]))) {
    records++;
    if (records % 100000 === 0) progress(`${feedFile}: ${records} products read`);
    keep(recordProblems(record));
    const id = record.fields.id;
    if (!id) continue;
    pushTo(ids, id, record.line);
    bySquash.set(squash(id), id);
    byUnpadded.set(unpadded(id), id);
    const group = record.fields.item_group_id;
    if (group) pushTo(byGroup, group, id);
  }
  const scan = await scanEvents(eventsFile, (n) => progress(`${eventsFile}: ${n} lines read`));
  const unknown = new Map<string, number>();
  let allMatched = 0;
  for (const event of scan.events) {
    const missing = event.ids.filter((id) => !ids.has(id));
    if (missing.length === 0) allMatched++;
    for (const id of missing) unknown.set(id, (unknown.get(id) ?? 0) + 1);
  }
  const fixFor = (id: string): string | undefined => {
    if (id !== id.trim() && ids.has(id.trim())) return `trim whitespace: ${printable(id.trim())}`;
    const byCase = bySquash.get(squash(id));
    if (byCase) return `use the catalog's spelling ${printable(byCase)} (case or whitespace differs)`;
    const byZeros = byUnpadded.get(unpadded(id));
    if (byZeros) return `use ${printable(byZeros)} (leading zeros differ)`;
    const variants = byGroup.get(id);
    if (variants) return `${printable(id)} is an item_group_id (parent); send the variant id, e.g. ${printable(variants[0])}`;
    return undefined;
  };
  return {
    records, problems, problemCount,
    duplicates: [...ids.entries()].filter(([, lines]) => lines.length > 1).map(([id, lines]) => ({ id, lines })),
    eventsFormat: scan.format, eventsNotAnArray: scan.notAnArray, eventLines: scan.lines, badEventLines: scan.badLines, longEventLines: scan.longLines, eventsWithIds: scan.events.length, eventsAllMatched: allMatched,
    unknownIds: [...unknown.entries()].sort((a, b) => b[1] - a[1]).map(([id, events]) => ({ id, events, fix: fixFor(id) })),
    eventsUnread: scan.events.length === 0 || scan.badLines.length > 0 || scan.longLines.length > 0 || scan.notAnArray !== undefined,
  };
}

export function formatCatalogReport(report: CatalogReport, feedFile: string): string {
  const share = report.eventsWithIds === 0 ? 'n/a' : `${((100 * report.eventsAllMatched) / report.eventsWithIds).toFixed(1)}%`;
  const first = (lines: number[]): string => lines.slice(0, 5).join(', ');
  const lines = [
    `Catalog: ${report.records} products, ${report.problemCount} problems, ${report.duplicates.length} duplicate ids`,
    ...report.problems.slice(0, 200).map((p) => `  ${feedFile}:${p.line}: ${p.id ? `id ${printable(p.id)}: ` : ''}${p.field ? `${p.field} ` : ''}${printable(p.problem, false)}`),
    ...(report.problemCount > 200 ? [`  … and ${report.problemCount - 200} more`] : []),
    ...report.duplicates.slice(0, 50).map((d) => `  duplicate id ${printable(d.id)} on lines ${d.lines.slice(0, 20).join(', ')}${d.lines.length > 20 ? `, … (${d.lines.length} in all)` : ''}`),
    '',
    `Events (${report.eventsFormat === 'json-array' ? `a JSON array of ${report.eventLines}` : `JSON lines, ${report.eventLines} lines`}): ${report.eventsWithIds} with product ids; ${report.eventsAllMatched} (${share}) have every id in the catalog`,
    ...(report.eventsNotAnArray ? [`  the events file starts like a JSON array but stops being JSON at line ${report.eventsNotAnArray.line}, column ${report.eventsNotAnArray.column}; read as JSON lines instead`] : []),
    ...(report.eventsWithIds === 0 ? ['  no product ids found: give captured events (pintrk captures, Conversions API events or the tag\'s logs), as JSON lines or a JSON array'] : []),
    ...(report.badEventLines.length > 0 ? [`  ${report.badEventLines.length} lines are not JSON (first: ${first(report.badEventLines)}); events are read as JSON lines (one per line) or one JSON array`] : []),
    ...(report.longEventLines.length > 0 ? [`  ${report.longEventLines.length} lines are too long to read (first: ${first(report.longEventLines)})`] : []),
    ...report.unknownIds.slice(0, 100).map((u) => `  not in catalog: ${printable(u.id)} (${u.events} events)${u.fix ? `: ${u.fix}` : ''}`),
  ];
  return lines.join('\n');
}
