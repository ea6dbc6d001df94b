/**
 * The delivery report as one self-contained HTML page (no scripts, no CDN): the verdict on top, the judged
 * review with each bar coloured by its judgement against the healthy ranges (healthy-ranges.ts), then the
 * figures, whose bars say nothing good or bad and are drawn neutral. Colour is never the only signal: each
 * judged row also says OK, worth a look or fault in words.
 */
import { printable } from '../input/printable';
import type { DeliveryReport } from './delivery-report';
import { HEALTHY_RANGES, judge, judgeStatus } from './healthy-ranges';
import { MATCH_FIELDS } from './fires';
import { percent, reviewItems, verdict, type ReviewItem } from './review';
import { MAX_NAMES_SHOWN, sortedCodes } from './text-report';

type Tone = ReviewItem['judgement'] | 'info';
/** Judgement colours (WCAG AA contrast on white) and words. */
export const TONES: Record<Tone, { colour: string; word: string }> = {
  good: { colour: '#1b7f3b', word: 'healthy' }, watch: { colour: '#a15c00', word: 'worth a look' }, bad: { colour: '#b00020', word: 'fault' },
  'not checked': { colour: '#767676', word: 'not checked' }, info: { colour: '#4a6785', word: '' },
};

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface Bar { readonly label: string; readonly share: number; readonly text: string; readonly tone: Tone }

function bars(title: string, rows: Bar[]): string {
  const height = rows.length * 26 + 10;
  const bar = (r: Bar, i: number): string => `<g transform="translate(0,${i * 26 + 5})">`
    + `<text x="0" y="15" font-size="13">${escape(printable(r.label, false, 40))}</text>`
    + `<rect x="200" y="3" width="${Math.round(Math.max(0, Math.min(1, r.share)) * 300)}" height="16" fill="${TONES[r.tone].colour}" data-tone="${r.tone}"/>`
    + `<text x="510" y="15" font-size="13" fill="${r.tone === 'info' ? '#222' : TONES[r.tone].colour}">${escape(r.text)}</text></g>`;
  return `<h2>${escape(title)}</h2><svg role="img" aria-label="${escape(title)}" width="860" height="${height}">${rows.map(bar).join('')}</svg>`;
}

const reviewBar = (i: ReviewItem): Bar => ({
  label: i.label, share: i.share ?? 0, tone: i.judgement,
  text: `${i.share === undefined ? 'n/a' : percent(i.share)} · ${TONES[i.judgement].word} · healthy range: ${i.range.shown}`,
});

export function htmlReport(r: DeliveryReport, source: string): string {
  const items = reviewItems(r);
  const top = verdict(r, items);
  const share = (n: number, d: number): number => (d === 0 ? 0 : n / d);
  const codes = sortedCodes(r.statusCodes);
  const answers = codes.reduce((s, [, v]) => s + v, 0);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pinterest Conversions API report</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:900px}h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}.verdict{font-size:1.1rem;font-weight:600;padding:.6rem .8rem;border-left:6px solid}li{margin:.3rem 0}</style></head><body>
<h1>Pinterest Conversions API report</h1>
<p class="verdict" data-judgement="${top.judgement}" style="border-color:${TONES[top.judgement].colour};color:${TONES[top.judgement].colour}">${escape(top.line)}</p>
<p>From <code>${escape(source)}</code>: ${r.events} events in ${r.sends} sends. Healthy ranges: Pinterest's implementation runbook, or ours where it names none (README, "The monthly review").</p>
${bars('Monthly review', items.map(reviewBar))}
<ul>${items.map((i) => `<li><b>${escape(i.label)}</b>: ${escape(i.detail)}${i.note ? `. <span style="color:${TONES[i.judgement].colour}">${escape(i.note)}</span>` : ''}</li>`).join('')}</ul>
${bars('HTTP status codes (each answer)', codes.map(([code, n]) => ({ label: code, share: share(n, answers), text: String(n), tone: judgeStatus(code) })))}
${bars('Enhanced Match coverage (delivered events)', MATCH_FIELDS.map((f) => ({ label: f, share: r.coverage.get(f) ?? 0, text: percent(r.coverage.get(f) ?? 0), tone: 'info' })))}
${bars('Events by name (delivered/events)', [...r.byEventName].slice(0, MAX_NAMES_SHOWN).map(([name, row]) => ({ label: name, share: share(row.delivered, row.events), text: `${row.delivered}/${row.events}`, tone: judge(HEALTHY_RANGES.delivery, share(row.delivered, row.events)) })))}
</body></html>
`;
}
