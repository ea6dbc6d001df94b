/**
 * The server container's log sink (what server-side GTM prints to stdout, one line per logToConsole
 * call) and its bounded tag-run history; `gtm-sandbox serve --log-file` writes the same lines to a file.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { createContainerServer } from '../../gtm-sandbox/container/http-server';
import { createTransport } from '../../gtm-sandbox/container/http-transport';
import { createServerContainer, formatLogLine } from '../../gtm-sandbox/container/server-container';
import { createConversionsApiFake, type ConversionsApiFake } from '../../pinterest-fake/conversions-api';
import { forwardedEvent, sendForwarded } from '../demo/forwarded-event';

jest.setTimeout(60000);
const ROOT = path.resolve(__dirname, '..', '..');
const FILE = path.join(ROOT, 'tests', 'fixtures', 'containers', 'server-container.json');
let fake: ConversionsApiFake;
let fakeUrl = '';

beforeAll(async () => {
  fake = createConversionsApiFake();
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  fakeUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => { fake.server.close(() => r()); fake.server.closeAllConnections(); }));

async function container(options: Parameters<typeof createServerContainer>[2]) {
  const created = createServerContainer(readContainerExport(fs.readFileSync(FILE, 'utf8'), FILE), createTransport([{ from: 'https://api.pinterest.com', to: fakeUrl }], false), options);
  const server = createContainerServer(created);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { created, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }) };
}

test('onLog receives each line the tag prints, in order, as the JSON the tag wrote', async () => {
  const lines: string[] = [];
  const c = await container({ onLog: (line) => lines.push(line) });
  try {
    const event = forwardedEvent();
    await sendForwarded(c.url, event);
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(entries.map((e) => e.Type)).toEqual(['Request', 'Response']);
    expect(entries.every((e) => e.Name === 'Pinterest Conversions API' && e.EventName === 'lead')).toBe(true);
    expect(lines).toEqual(c.created.tagRuns.flatMap((r) => r.logs.map(formatLogLine)));
  } finally { await c.close(); }
});

test('a sink that throws never fails the tag', async () => {
  const c = await container({ onLog: () => { throw new Error('disk full'); } });
  try {
    await sendForwarded(c.url, forwardedEvent());
    expect(c.created.tagRuns.map((r) => r.result)).toEqual(['success']);
  } finally { await c.close(); }
});

test('tagRuns keeps only the most recent runs', async () => {
  const c = await container({ maxTagRuns: 2 });
  try {
    const ids = ['one', 'two', 'three'].map((id) => `bounded-${id}`);
    for (const id of ids) await sendForwarded(c.url, forwardedEvent({ event_id: id }));
    expect(c.created.tagRuns.map((r) => r.event.event_id)).toEqual(ids.slice(1));
  } finally { await c.close(); }
});

test('a logged value with line breaks stays on one line', () => {
  const hostile = 'a\nb\r\nc\u2028d\u2029e';
  const line = formatLogLine([hostile, { note: 'x\ny' }, 42, undefined]);
  expect(line.split(/[\r\n\u2028\u2029]/)).toHaveLength(1);
  expect(line).toBe('a\\u000ab\\u000d\\u000ac\\u2028d\\u2029e {"note":"x\\ny"} 42 undefined');
});

test('gtm-sandbox serve --log-file writes the tag lines to stdout and to the file', async () => {
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'serve-logs-')), 'tags.jsonl');
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'gtm-sandbox.js'), 'serve', FILE, '--port', '0', '--route', `https://api.pinterest.com=${fakeUrl}`, '--log-file', logFile], { cwd: ROOT });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => { const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout); if (m) resolve(m[1]); });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stdout}`)));
    });
    expect(stdout).toContain(`tag logs → stdout and ${logFile}`);
    const event = forwardedEvent();
    expect((await sendForwarded(url, event)).status).toBe(200);
    const written = fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => l !== '');
    expect(written.map((l) => (JSON.parse(l) as { Type: string }).Type)).toEqual(['Request', 'Response']);
    for (let i = 0; i < 500 && !written.every((l) => stdout.includes(l)); i++) await new Promise((r) => setTimeout(r, 20));
    for (const line of written) expect(stdout).toContain(line);
  } finally {
    child.kill();
  }
});
