/**
 * The README's event table, generated from pinterest/event-table.ts (pinterest/events.ts, the one table every
 * template compiles in, with the reason for each row),
 * between `<!-- events -->` and `<!-- /events -->`; `npm run build -- --check` fails when it is stale.
 */
import { capiEventFor, PAGE } from '../pinterest/events';
import { EVENT_TABLE } from '../pinterest/event-table';

const MARKER = /<!-- events -->[\s\S]*?<!-- \/events -->/;

export function eventTable(): string {
  const rows = EVENT_TABLE.map((row) => {
    const tag = row.pinterest === null ? '—' : row.pinterest === PAGE ? '`pagevisit` (once per page view)' : `\`${row.pinterest}\``;
    const api = row.pinterest === null ? '— (not sent)' : `\`${capiEventFor(row.pinterest)}\``;
    return `| \`${row.ga4}\` | ${tag} | ${api} | ${row.reason.replace(/\|/g, '\\|')} |`;
  });
  return ['| Event | Pinterest Tag | Conversions API | Why |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function withEventTable(readme: string): string {
  return readme.replace(MARKER, `<!-- events -->\n${eventTable()}\n<!-- /events -->`);
}
