/**
 * pinterest-gtm report on what the built Conversions API tag really logs: the fixture server container
 * runs in the container runtime against the local Pinterest fake, its log lines go to a file (as
 * `gtm-sandbox serve --log-file` and `npm start -- --log-file` write them), and the report reads it.
 */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { readContainerExport } from '../../gtm-sandbox/container/export-format';
import { createContainerServer } from '../../gtm-sandbox/container/http-server';
import { createTransport } from '../../gtm-sandbox/container/http-transport';
import { createServerContainer } from '../../gtm-sandbox/container/server-container';
import { createConversionsApiFake } from '../../pinterest-fake/conversions-api';
import { deliveryReport } from '../../verify/report/delivery-report';
import { scanTagEvents } from '../../verify/report/tag-events';
import { formatDeliveryReport } from '../../verify/report/text-report';
import { forwardedEvent, sendForwarded } from '../demo/forwarded-event';
import { jsonLines, writeFile } from './builders';

const FILE = path.resolve(__dirname, '..', 'fixtures', 'containers', 'server-container.json');
const listen = async (server: import('node:http').Server): Promise<string> => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const close = (server: import('node:http').Server): Promise<void> => new Promise((r) => { server.close(() => r()); server.closeAllConnections(); });

test('the report counts the events the tag logged, and browser-shared ids only from the browser\'s events', async () => {
  const fake = createConversionsApiFake();
  const fakeUrl = await listen(fake.server);
  const lines: string[] = [];
  const created = createServerContainer(readContainerExport(fs.readFileSync(FILE, 'utf8'), FILE), createTransport([{ from: 'https://api.pinterest.com', to: fakeUrl }], false), { onLog: (line) => lines.push(line) });
  const container = createContainerServer(created);
  const url = await listen(container);
  try {
    const [seen, unseen] = [forwardedEvent({ event_id: 'lead-seen-1' }), forwardedEvent({ event_id: 'lead-unseen-2' })];
    for (const event of [seen, unseen]) expect((await sendForwarded(url, event)).status).toBe(200);
    const logs = writeFile('container-logs.jsonl', lines.join('\n') + '\n');
    const tagEvents = writeFile('tag-events.json', JSON.stringify([{ event: 'lead', data: { event_id: 'lead-seen-1' } }]));
    const browser = await deliveryReport(logs, await scanTagEvents(tagEvents));
    expect(browser).toMatchObject({ events: 2, delivered: 2, sends: 2, retriedSends: 0, generatedIds: 0, badLines: [], withoutFireId: 0 });
    expect(browser.dedup).toMatchObject({ paired: 1, sharedIds: 1, received: 3, dropped: 1 });
    expect(browser.coverage.get('em')).toBe(1);
    const unchecked = await deliveryReport(writeFile('again.jsonl', jsonLines(lines)));
    expect(formatDeliveryReport(unchecked)).toContain('Deduplication: not checked');
  } finally {
    await close(container);
    await close(fake.server);
  }
}, 60_000);
