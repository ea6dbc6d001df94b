/**
 * startDemo as other tools use it: ports of choice, the tags' log lines in a file (for pinterest-gtm
 * report), a clear error when a port is taken, and servers that answer only the hosts the demo prints.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DemoStartError } from '../../demo/listen';
import { startDemo, type Demo } from '../../demo/start-demo';
import { forwardedEvent, sendForwarded } from './forwarded-event';

jest.setTimeout(60000);
const FREE = { shop: 0, serverContainer: 0, pinterest: 0 };
const TOKEN = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'containers', 'server-container.json'), 'utf8'))
  .containerVersion.variable.find((v: { name: string }) => v.name === 'Pinterest conversion token').parameter[0].value as string;
let demo: Demo;
let logFile = '';
const printed: string[] = [];

beforeAll(async () => {
  logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'demo-logs-')), 'capi.jsonl');
  demo = await startDemo(FREE, { logFile, onLog: (line) => printed.push(line) });
});
afterAll(async () => { await demo?.close(); });

test('every log line the Conversions API tag prints is appended to the log file, one JSON line each, and passed to onLog', async () => {
  const event = forwardedEvent();
  expect((await sendForwarded(demo.serverContainer, event)).status).toBe(200);
  const lines = fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => l !== '');
  expect(lines.length).toBeGreaterThanOrEqual(2);
  const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(entries.every((e) => e.Name === 'Pinterest Conversions API')).toBe(true);
  expect(entries.map((e) => e.Type)).toEqual(expect.arrayContaining(['Request', 'Response']));
  expect(JSON.stringify(entries)).toContain(String(event.event_id));
  expect(printed).toEqual(lines);
  expect(TOKEN.length).toBeGreaterThan(8);
  expect(fs.readFileSync(logFile, 'utf8')).not.toContain(TOKEN);
});

test('a port in use is named with the flag and variable to choose another; nothing is left listening', async () => {
  const blocker = http.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  const taken = (blocker.address() as AddressInfo).port;
  const listening = (): number => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;
  const before = listening();
  try {
    const attempt = startDemo({ ...FREE, serverContainer: taken });
    await expect(attempt).rejects.toBeInstanceOf(DemoStartError);
    await expect(attempt).rejects.toThrow(`port ${taken} (server container) is in use`);
    await expect(attempt).rejects.toThrow(/--server-container-port <port>.*DEMO_SERVER_CONTAINER_PORT=<port>/);
    // Handles are released on the next turns of the event loop once the servers have closed.
    for (let i = 0; i < 250 && listening() !== before; i++) await new Promise((r) => setTimeout(r, 20));
    expect(listening()).toBe(before);
  } finally {
    await new Promise((r) => blocker.close(r));
  }
});

test.each(['shop', 'serverContainer', 'pinterest'] as const)('the %s server refuses a Host it does not print (DNS rebinding) with 421', async (name) => {
  const url = new URL(`${demo[name]}/`);
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    http.get({ host: url.hostname, port: url.port, path: '/_fake/requests', headers: { host: `rebind.attacker.example:${url.port}` } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => { body += c.toString('utf8'); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
  expect(answer.status).toBe(421);
  expect(answer.body).not.toContain('attacker');
  const local = await fetch(`http://localhost:${url.port}/`);
  expect(local.status).not.toBe(421);
});
