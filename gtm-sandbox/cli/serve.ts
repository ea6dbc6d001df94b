/** `gtm-sandbox serve <server-container.json> --port P [--route ORIGIN=LOCAL_URL]... [--allow-network]` */
import * as fs from 'node:fs';
import { readContainerExport } from '../container/export-format';
import { createTransport, parseRoute } from '../container/http-transport';
import { createContainerServer } from '../container/http-server';
import { createServerContainer } from '../container/server-container';

export async function serve(argv: string[]): Promise<number> {
  const file = argv.find((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1].startsWith('--') || argv[i - 1] === '--allow-network'));
  if (!file) { console.error('usage: gtm-sandbox serve <server-container.json> --port P [--route ORIGIN=LOCAL_URL]...'); return 2; }
  const routes = argv.flatMap((a, i) => (a === '--route' ? [parseRoute(argv[i + 1])] : []));
  const portIndex = argv.indexOf('--port');
  const port = portIndex === -1 ? 8080 : Number(argv[portIndex + 1]);
  const container = createServerContainer(readContainerExport(fs.readFileSync(file, 'utf8'), file), createTransport(routes, argv.includes('--allow-network')));
  const server = createContainerServer(container);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.log(`gtm-sandbox serve: ${file} on http://127.0.0.1:${port}${routes.map((r) => `\n  ${r.from} → ${r.to}`).join('')}`);
  return new Promise<number>(() => undefined);
}
