/** The delivery report as one self-contained HTML page with inline SVG bar charts (no scripts, no CDN). */
import { MATCH_FIELDS, MAX_NAMES_SHOWN, sortedCodes, type DeliveryReport } from './delivery-report';

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function bars(title: string, rows: [string, number, string][]): string {
  const height = rows.length * 26 + 10;
  const bar = (label: string, share: number, text: string, i: number): string => `<g transform="translate(0,${i * 26 + 5})">`
    + `<text x="0" y="15" font-size="13">${escape(label)}</text>`
    + `<rect x="170" y="3" width="${Math.round(Math.max(0, Math.min(1, share)) * 360)}" height="16" fill="#e60023"/>`
    + `<text x="540" y="15" font-size="13">${escape(text)}</text></g>`;
  return `<h2>${escape(title)}</h2><svg role="img" aria-label="${escape(title)}" width="640" height="${height}">${rows.map((r, i) => bar(r[0], r[1], r[2], i)).join('')}</svg>`;
}

export function htmlReport(r: DeliveryReport, source: string): string {
  const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);
  const label = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`);
  const codes = sortedCodes(r.statusCodes);
  const total = codes.reduce((s, [, v]) => s + v, 0);
  const shared: [string, number, string] = r.browserSharedIds === undefined
    ? ['browser-shared id', 0, 'not checked (no --tag-events)'] : ['browser-shared id', share(r.browserSharedIds, r.events), label(r.browserSharedIds, r.events)];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinterest Conversions API report</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:720px}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}</style></head><body>
<h1>Pinterest Conversions API report</h1><p>From <code>${escape(source)}</code>: ${r.events} events.</p>
${bars('Delivery', [['delivered', share(r.delivered, r.events), label(r.delivered, r.events)], ['retried', share(r.retried, r.events), label(r.retried, r.events)]])}
${bars('Deduplication', [shared, ['generated id', share(r.generatedIds, r.events), label(r.generatedIds, r.events)]])}
${bars('HTTP status codes', codes.map(([code, n]) => [code, share(n, total), String(n)]))}
${bars('Enhanced Match coverage', MATCH_FIELDS.map((f) => [f, r.coverage.get(f) ?? 0, `${(100 * (r.coverage.get(f) ?? 0)).toFixed(1)}%`]))}
${bars('Events by name', [...r.byEventName].slice(0, MAX_NAMES_SHOWN).map(([name, row]) => [name, share(row.delivered, row.events), `${row.delivered}/${row.events}`]))}
</body></html>
`;
}
