/**
 * `gtm-sandbox serve <server-container.json> [--port P] [--route ORIGIN=LOCAL_URL]... [--allow-network]
 * [--log-file FILE] [--max-body-bytes N]`. The tags' log lines (logToConsole) go to stdout, as in
 * server-side GTM, and with --log-file are also appended to FILE, one per line, for `pinterest-gtm report`.
 * A wrong input (not a container export, a busy port) is a usage error naming it: exit 2, no stack trace.
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readContainerExport, type ContainerExport } from '../container/export-format';
import { createTransport, parseRoute, type Route } from '../container/http-transport';
import { createContainerServer, DEFAULT_LIMITS } from '../container/http-server';
import { createServerContainer } from '../container/server-container';
import type { ParsedArgs } from './args';
import { CliError, readJsonFile } from './json-file';

/** Server-side GTM's own default port (its container listens on 8080 unless PORT says otherwise). */
export const DEFAULT_PORT = 8080;

/** A log sink printing to stdout and appending to `file` when given (synchronously: a line is never half-written at exit). */
export function logSink(file: string | undefined): (line: string) => void {
  const fd = file === undefined ? undefined : fs.openSync(file, 'a');
  return (line) => {
    process.stdout.write(`${line}\n`);
    if (fd !== undefined) fs.writeSync(fd, `${line}\n`);
  };
}

/** The export, or a CliError naming the file (with line and column when it is not JSON). */
export function readContainerFile(file: string): ContainerExport {
  const head = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').slice(0, 200) : '';
  if (/^\uFEFF?___(TERMS_OF_SERVICE|INFO)___/.test(head)) {
    throw new CliError(`${file}:1:1: a template file, not a container export: serve runs a server container export (GTM: Admin → Export Container); test a template with \`gtm-sandbox test\``, 'serve');
  }
  const parsed = readJsonFile(file);
  try {
    return readContainerExport(JSON.stringify(parsed), file);
  } catch (error) {
    throw new CliError((error as Error).message, 'serve');
  }
}

function integer(flags: Record<string, string>, name: string, min: number, max: number): number | undefined {
  if (flags[name] === undefined) return undefined;
  const value = Number(flags[name]);
  if (!Number.isInteger(value) || value < min || value > max) throw new CliError(`--${name} must be a whole number from ${min} to ${max}`, 'serve');
  return value;
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => { server.off('error', reject); resolve(); });
  });
}

export async function serve({ files, flags, lists }: ParsedArgs): Promise<number> {
  if (files.length !== 1) throw new CliError(files.length === 0 ? 'serve needs a server container export' : 'serve takes one container export', 'serve');
  const [file] = files;
  const port = integer(flags, 'port', 0, 65535);
  const maxBodyBytes = integer(flags, 'max-body-bytes', 1, 2 ** 31 - 1);
  let routes: Route[];
  try {
    routes = (lists.route ?? []).map(parseRoute);
  } catch (error) {
    throw new CliError((error as Error).message, 'serve');
  }
  const exported = readContainerFile(file);
  const logFile = flags['log-file'];
  const container = createServerContainer(exported, createTransport(routes, flags['allow-network'] === 'true'), { onLog: logSink(logFile) });
  const server = createContainerServer(container, undefined, { maxBodyBytes });
  try {
    await listen(server, port ?? DEFAULT_PORT);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'is in use' : code === 'EACCES' ? 'may not be opened by this user' : `cannot be opened (${code ?? (error as Error).message})`;
    throw new CliError(`port ${port ?? DEFAULT_PORT} on 127.0.0.1 ${why}: choose another with --port (--port 0 picks a free one)`, 'serve');
  }
  console.log(banner({ file, port: (server.address() as AddressInfo).port, portGiven: port !== undefined, routes, logFile, maxBodyBytes }));
  return new Promise<number>(() => undefined);
}

/** What serve prints once it listens: where, and what it was told (the default port said as such). */
export function banner(o: { file: string; port: number; portGiven: boolean; routes: readonly Route[]; logFile?: string; maxBodyBytes?: number }): string {
  return [
    `gtm-sandbox serve: ${o.file} listening on http://127.0.0.1:${o.port}${o.portGiven ? '' : ' (the default port; --port to change it)'}`,
    ...o.routes.map((r) => `  ${r.from} → ${r.to}`),
    ...(o.logFile ? [`  tag logs → stdout and ${o.logFile}`] : []),
    `  request bodies up to ${o.maxBodyBytes ?? DEFAULT_LIMITS.maxBodyBytes} bytes`,
  ].join('\n');
}
