/**
 * Enhanced Match on the built Pinterest Tag (`gtm-sandbox run`, real sha256): an address is hashed with
 * SHA-256 in the sandbox and a SHA-256 digest passes through, for pintrk and the server alike; MD5 and SHA-1
 * digests, which Pinterest names only for the <img> pixel, are left out on both sides (docs/enhanced-match.md).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runOnce, type RunReport } from '../../gtm-sandbox/cli/run';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { jsonFiles } from '../support/json-files';

const ROOT = path.resolve(__dirname, '..', '..');
const TAG = parseTemplate(fs.readFileSync(path.join(ROOT, 'web-template', 'tag', 'template.tpl'), 'utf8'));
const file = jsonFiles('web-tag-match');
const digest = (algorithm: string, text: string): string => createHash(algorithm).update(text).digest('hex');

async function fire(email: string): Promise<{ load: Record<string, unknown>; forwarded: Record<string, unknown> }> {
  const report: RunReport = await runOnce(TAG, {
    data: file({ tagId: '2612345678901', eventName: 'signup', email: email, serverUrl: 'https://sgtm.example.com/pinterest/events' }),
  });
  const load = (report.windowCalls as { fn: string; args: unknown[] }[]).map((c) => c.args).find((a) => a[0] === 'load') as [string, string, Record<string, unknown>];
  const forwarded = JSON.parse(new URL(report.pixels[0]).searchParams.get('e') as string).user_data;
  return { load: load[2], forwarded: forwarded };
}

test.each(['md5', 'sha1'])('an %s email digest reaches neither pintrk nor the server', async (algorithm) => {
  const hex = digest(algorithm, 'jane@example.com');
  const { load, forwarded } = await fire(hex.toUpperCase());
  expect(load).toEqual({});
  expect(forwarded).toEqual({});
});

test('a SHA-256 email digest passes through lower-cased, to pintrk and the server', async () => {
  const hex = digest('sha256', 'jane@example.com');
  const { load, forwarded } = await fire(hex.toUpperCase());
  expect(load).toEqual({ em: hex });
  expect(forwarded).toEqual({ em: [hex] });
});

test('an address is hashed with SHA-256 in the sandbox, for pintrk and the server alike', async () => {
  const { load, forwarded } = await fire(' Jane@Example.com ');
  expect(load).toEqual({ em: digest('sha256', 'jane@example.com') });
  expect(forwarded).toEqual({ em: [digest('sha256', 'jane@example.com')] });
});
