/**
 * `gtm-sandbox serve <server-container.json> --port P [--route ORIGIN=LOCAL_URL]... [--allow-network] [--log-file FILE]`
 * The tags' log lines (logToConsole) go to stdout, as in server-side GTM, and with --log-file are also
 * appended to FILE, one per line, for `pinterest-gtm report`.
 */
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { readContainerExport } from '../container/export-format';
import { createTransport, parseRoute } from '../container/http-transport';
import { createContainerServer } from '../container/http-server';
import { createServerContainer } from '../container/server-container';

const USAGE = 'usage: gtm-sandbox serve <server-container.json> --port P [--route ORIGIN=LOCAL_URL]... [--allow-network] [--log-file FILE]';

/** A log sink printing to stdout and appending to `file` when given (synchronously: a line is never half-written at exit). */
export function logSink(file: string | undefined): (line: string) => void {
  const fd = file === undefined ? undefined : fs.openSync(file, 'a');
  return (line) => {
    process.stdout.write(`${line}\n`);
    if (fd !== undefined) fs.writeSync(fd, `${line}\n`);
  };
}

export async function serve(argv: string[]): Promise<number> {
  const file = argv.find((a, i) => !a.startsWith('--') && (i === 0 || !argv[i - 1].startsWith('--') || argv[i - 1] === '--allow-network'));
  if (!file) { console.error(USAGE); return 2; }
  const routes = argv.flatMap((a, i) => (a === '--route' ? [parseRoute(argv[i + 1])] : []));
  const portIndex = argv.indexOf('--port');
  const port = portIndex === -1 ? 8080 : Number(argv[portIndex + 1]);
  const logIndex = argv.indexOf('--log-file');
  const logFile = logIndex === -1 ? undefined : argv[logIndex + 1];
  if (logIndex !== -1 && (logFile === undefined || logFile.startsWith('--'))) { console.error(USAGE); return 2; }
  const onLog = logSink(logFile);
  const container = createServerContainer(readContainerExport(fs.readFileSync(file, 'utf8'), file), createTransport(routes, argv.includes('--allow-network')), { onLog });
  const server = createContainerServer(container);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const listening = (server.address() as AddressInfo).port;
  console.log(`gtm-sandbox serve: ${file} on http://127.0.0.1:${listening}${routes.map((r) => `\n  ${r.from} → ${r.to}`).join('')}${logFile ? `\n  tag logs → stdout and ${logFile}` : ''}`);
  return new Promise<number>(() => undefined);
}
