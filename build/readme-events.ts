/**
 * The README's event table, generated from pinterest/events.ts (the one table both templates compile in),
 * between `<!-- events -->` and `<!-- /events -->`; `npm run build -- --check` fails when it is stale.
 */
import { capiEventFor, EVENT_TABLE, PAGE } from '../pinterest/events';

const MARKER = /<!-- events -->[\s\S]*?<!-- \/events -->/;

export function eventTable(): string {
  const rows = EVENT_TABLE.map((row) => {
    const tag = row.pinterest === null ? '—' : row.pinterest === PAGE ? '`page` (base code)' : `\`${row.pinterest}\``;
    const api = row.pinterest === null ? '— (not sent)' : `\`${capiEventFor(row.pinterest)}\``;
    return `| \`${row.ga4}\` | ${tag} | ${api} | ${row.reason.replace(/\|/g, '\\|')} |`;
  });
  return ['| Event | Pinterest Tag | Conversions API | Why |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function withEventTable(readme: string): string {
  return readme.replace(MARKER, `<!-- events -->\n${eventTable()}\n<!-- /events -->`);
}
