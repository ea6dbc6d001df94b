/** The reports print what hostile pages supplied: escaped in HTML, without terminal escapes or emails in text, bounded in JSON. */
import type { AuditResult } from '../../verify/audit/audit-types';
import { htmlReport, withCode } from '../../verify/audit/report/html-report';
import { jsonReport, textReport } from '../../verify/audit/report/text-report';
import { analyse, mergeFindings } from '../../verify/audit/rules/analyse';
import { EMAIL, baseCode, track, view } from './builders';

const SCRIPT = '<script>alert(1)</script>';
const ESCAPE = '\u001b[2J\u001b]0;pwned\u0007';

function hostileResult(): AuditResult {
  const views = [view([...baseCode({ em: EMAIL }), track(`${SCRIPT}${ESCAPE}`, { event_id: `${SCRIPT}${ESCAPE}`, note: `${EMAIL} ${'x'.repeat(10_000)}` })], {
    url: `https://shop.example/${SCRIPT}?q=${ESCAPE}`, step: 0,
  })];
  return {
    startUrl: `https://shop.example/${SCRIPT}`, startedAt: 0, finishedAt: 1000, userAgent: 'UA', views,
    steps: [{ index: 0, label: `step 1 (click "${SCRIPT}")`, ok: false, error: `text "${SCRIPT}${ESCAPE}" not found`, pages: [0] }],
    findings: mergeFindings(analyse(views)),
  };
}

test('HTML: nothing from the page becomes markup', () => {
  const html = htmlReport(hostileResult());
  expect(html).not.toContain(SCRIPT);
  expect(html).toContain('&#60;script&#62;');
  expect(html.match(/<script/g)).toBeNull();
});

test('HTML: the findings\' code is shown as code, not as raw backticks; an unpaired backtick stays as it is', () => {
  const views = [view([['load', '2612345678901', {}]])];
  const html = htmlReport({ startUrl: 'https://shop.example/', startedAt: 0, finishedAt: 1, userAgent: 'UA', views, steps: [{ index: 0, label: 'start page', ok: true, pages: [0] }], findings: mergeFindings(analyse(views)) });
  const fix = html.split('<span class="fix">')[1].split('</span>')[0];
  expect(fix).toContain('<code>pintrk(&#39;page&#39;)</code>');
  expect(fix).toContain('<code>load</code>');
  expect(html.split('<ul class="findings">')[1].split('</ul>')[0]).not.toContain('`');
  expect(withCode('a `b` c `d')).toBe('a <code>b</code> c `d');
  expect(withCode('no code')).toBe('no code');
});

test('text: no terminal escapes, no email, long values cut', () => {
  const text = textReport(hostileResult());
  expect([...text].filter((c) => c !== '\n' && c !== '\t' && (c < ' ' || c === '\u007f'))).toEqual([]);
  expect(text).not.toContain(EMAIL);
  expect(text.split('\n').every((line) => line.length < 700)).toBe(true);
  expect(text).toMatch(/^FAIL: \d+ errors$/m);
});

test('JSON: parseable, no email, strings bounded', () => {
  const json = jsonReport(hostileResult());
  expect(json).not.toContain(EMAIL);
  const parsed = JSON.parse(json);
  expect(parsed.passed).toBe(false);
  expect(JSON.stringify(parsed.pages[0].events[0].data.note).length).toBeLessThan(300);
});
