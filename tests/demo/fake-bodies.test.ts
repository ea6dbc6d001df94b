/**
 * The Conversions API fake bounds what it reads: a body declared over the cap is answered 413 before
 * any of it is sent, and a chunked body stops being read once it passes the cap (the sender cannot push
 * the rest through), so a 300 MB POST costs neither the memory nor the time of reading it.
 */
import * as net from 'node:net';
import { MAX_BODY_BYTES } from '../../pinterest-fake/conversions-api';
import { createPinterestFake, type PinterestFake } from '../../pinterest-fake/pinterest-fake';

let fake: PinterestFake;
let port = 0;

beforeAll(async () => {
  fake = createPinterestFake({ maxRecords: 10 });
  await new Promise<void>((r) => fake.server.listen(0, '127.0.0.1', r));
  port = (fake.server.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => { fake.server.close(() => r()); fake.server.closeAllConnections(); }));

const head = (extra: string): string => `POST /v5/ad_accounts/1/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer t\r\nContent-Type: application/json\r\n${extra}\r\n`;

/** A raw connection: what the server answered, and whether it closed the connection. */
function connect(): { socket: net.Socket; answer: () => string; closed: Promise<void> } {
  const socket = net.connect(port, '127.0.0.1');
  let text = '';
  socket.on('data', (c: Buffer) => { text += c.toString('latin1'); });
  const closed = new Promise<void>((resolve) => { socket.on('close', () => resolve()); socket.on('error', () => resolve()); });
  return { socket, answer: () => text, closed };
}

test('a body declared at 300 MB is answered 413 at once, and the connection closed', async () => {
  const { socket, answer, closed } = connect();
  socket.write(head('Content-Length: 300000000\r\n'));
  await closed;
  expect(answer()).toMatch(/^HTTP\/1\.1 413 /);
  expect(fake.requests.at(-1)).toMatchObject({ status: 413, body: null });
});

test('a chunked body is read only up to the cap: the sender cannot push the rest through', async () => {
  const { socket, answer, closed } = connect();
  let open = true;
  void closed.then(() => { open = false; });
  socket.write(head('Transfer-Encoding: chunked\r\n'));
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
  const total = 48 * 1024 * 1024;
  let written = 0;
  while (open && written < total) {
    written += chunk.length;
    if (!socket.write(frame)) await Promise.race([new Promise((r) => socket.once('drain', r)), closed]);
  }
  socket.destroy();
  await closed;
  // What the sender got through: the cap plus what the two socket buffers hold, far from all of it.
  expect(written).toBeLessThan(total / 2);
  expect(written).toBeGreaterThan(MAX_BODY_BYTES);
  if (answer() !== '') expect(answer()).toMatch(/^HTTP\/1\.1 413 /);
  expect(fake.requests.at(-1)).toMatchObject({ status: 413, body: null, errors: [`body over ${MAX_BODY_BYTES} bytes`] });
});
