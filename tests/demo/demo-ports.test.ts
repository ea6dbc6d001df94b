/** `npm start` arguments: ports from flags or the environment, and a plain message when a port is taken. */
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { DEFAULT_PORTS, demoArguments } from '../../demo/demo-ports';
import { DemoStartError } from '../../demo/listen';

jest.setTimeout(60000);
const ROOT = path.resolve(__dirname, '..', '..');

test('defaults, then --port moving all three, then each port on its own; flags win over the environment', () => {
  expect(demoArguments([], {})).toEqual({ ports: DEFAULT_PORTS });
  expect(demoArguments(['--port', '9000'], {}).ports).toEqual({ shop: 9000, serverContainer: 9001, pinterest: 9003 });
  expect(demoArguments(['--port', '0'], {}).ports).toEqual({ shop: 0, serverContainer: 0, pinterest: 0 });
  expect(demoArguments(['--pinterest-port', '7001'], { DEMO_PORT: '9000', DEMO_SERVER_CONTAINER_PORT: '7000' }).ports).toEqual({ shop: 9000, serverContainer: 7000, pinterest: 7001 });
  expect(demoArguments(['--port', '9100'], { DEMO_PORT: '9000' }).ports.shop).toBe(9100);
  expect(demoArguments(['--log-file', 'capi.jsonl'], {}).logFile).toBe('capi.jsonl');
  expect(demoArguments([], { DEMO_LOG_FILE: 'env.jsonl' }).logFile).toBe('env.jsonl');
});

test.each([
  [['--port', 'http'], /--port: "http" is not a port/], [['--port', '70000'], /not a port/], [['--port', '65534'], /above 65535/],
  [['--port'], /--port needs a value/], [['--verbose'], /unknown argument "--verbose"/], [['--port', '-1'], /not a port/],
])('%j is refused with a plain message', (argv, message) => {
  expect(() => demoArguments(argv, {})).toThrow(DemoStartError);
  expect(() => demoArguments(argv, {})).toThrow(message);
});

test('npm start with the shop port taken says which port and how to choose others, without a stack trace', async () => {
  const blocker = http.createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  const port = (blocker.address() as AddressInfo).port;
  try {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'demo/start-demo.ts'], {
      cwd: ROOT, env: { ...process.env, DEMO_PORT: String(port), DEMO_SERVER_CONTAINER_PORT: '0', DEMO_PINTEREST_PORT: '0' },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    child.stderr.on('data', (c: Buffer) => { output += c.toString('utf8'); });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output.trim()).toBe(`npm start: port ${port} (shop and inspector) is in use. Choose other ports: npm start -- --port <port>, or DEMO_PORT=<port> npm start (--port alone moves all three; 0 picks free ports).`);
  } finally {
    await new Promise((r) => blocker.close(r));
  }
});
