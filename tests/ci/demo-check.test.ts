/**
 * .ci/run's demo check passes only on answers from the demo it started: another server already
 * listening where the demo would (8787, or DEMO_PORT) must not make it pass. Run with real processes
 * through .ci/demo-check.sh, the functions .ci/run calls.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let decoy: http.Server;
let decoyPort = 0;

beforeAll(async () => {
  // Answers 200 to everything, as a leftover demo or any other local server would.
  decoy = http.createServer((_req, res) => { res.end('ok'); });
  await new Promise<void>((r) => decoy.listen(0, '127.0.0.1', r));
  decoyPort = (decoy.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => { decoy.close(() => r()); decoy.closeAllConnections(); }));

/** Starts COMMAND in its own process group as .ci/run starts the demo, runs check_demo, stops the group. */
function check(command: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string; log: string }> {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'demo-check-')), 'demo.log');
  const script = `cd "${ROOT}"; source .ci/process-group.sh; source .ci/demo-check.sh
    start_group ${command} > "${log}" 2>&1
    group=$GROUP_ID
    check_demo "${log}" "$group"; code=$?
    stop_group "$group"
    exit $code`;
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { env: { ...process.env, DEMO_PORT: String(decoyPort), ...env } });
    let output = '';
    child.stdout.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    child.on('exit', (code) => resolve({ code, output, log: fs.readFileSync(log, 'utf8') }));
  });
}

test('a demo that never starts fails the check, though another server answers on the demo\'s port', async () => {
  const result = await check('sleep 600', { DEMO_WAIT: '2' });
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('did not print the shop');
});

test('a demo that stops at once fails the check without waiting for it', async () => {
  const result = await check('bash -c "echo building; exit 3"');
  expect(result.code).not.toBe(0);
  expect(result.output).toContain('stopped before it served');
  expect(result.output).toContain('building');
});

test('the demo started on free ports passes, checked at the address it printed', async () => {
  const result = await check(`node "${TSX}" demo/start-demo.ts --port 0`);
  expect(result.output).toBe('');
  expect(result.code).toBe(0);
  expect(result.log).toMatch(/shop: +http:\/\/127\.0\.0\.1:\d+ /);
  expect(result.log).not.toContain(`:${decoyPort} `);
});
