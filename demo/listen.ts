/**
 * Starting the demo's local servers: on 127.0.0.1 only, with a plain message (not a stack trace) when a
 * port is taken, naming the port and how to choose others.
 */
import type * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A failure the demo explains in one message; `npm start` prints it without a stack. */
export class DemoStartError extends Error {}

/** How to pick another port for each server: the flag and the environment variable (see demo-ports.ts). */
export interface PortChoice { readonly label: string; readonly flag: string; readonly env: string }

export function listen(server: http.Server, port: number, choice: PortChoice): Promise<string> {
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException): void => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') {
        const why = error.code === 'EADDRINUSE' ? 'is in use' : 'is not allowed for this user';
        reject(new DemoStartError(`port ${port} (${choice.label}) ${why}. Choose other ports: npm start -- ${choice.flag} <port>, `
          + `or ${choice.env}=<port> npm start (--port alone moves all three; 0 picks free ports).`));
      } else reject(error);
    };
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

/** Closes a server and drops its open (keep-alive) connections. */
export function close(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) { resolve(); return; }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
