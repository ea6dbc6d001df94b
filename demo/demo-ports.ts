/**
 * The demo's ports, from flags or the environment (flags win): the shop (where the inspector is too),
 * the server container and the Pinterest fake. `--port N` alone moves all three (N, N+1, N+3, the same
 * spacing as the defaults); `--port 0` lets the system pick free ones.
 */
import { DemoStartError, type PortChoice } from './listen';

export interface DemoPorts { shop: number; serverContainer: number; pinterest: number }

export const DEFAULT_PORTS: DemoPorts = { shop: 8787, serverContainer: 8788, pinterest: 8790 };

export const PORT_CHOICES: Record<keyof DemoPorts, PortChoice> = {
  shop: { label: 'shop and inspector', flag: '--port', env: 'DEMO_PORT' },
  serverContainer: { label: 'server container', flag: '--server-container-port', env: 'DEMO_SERVER_CONTAINER_PORT' },
  pinterest: { label: 'Pinterest fake', flag: '--pinterest-port', env: 'DEMO_PINTEREST_PORT' },
};

export interface DemoArguments { ports: DemoPorts; logFile?: string }

function port(text: string, where: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new DemoStartError(`${where}: "${text.slice(0, 20)}" is not a port (0 to 65535)`);
  return Number(text);
}

/** Reads `npm start -- [--port N] [--server-container-port N] [--pinterest-port N] [--log-file FILE]` and DEMO_* variables. */
export function demoArguments(argv: readonly string[], env: NodeJS.ProcessEnv): DemoArguments {
  const flags = new Map<string, string>();
  const known = new Set([...Object.values(PORT_CHOICES).map((c) => c.flag), '--log-file']);
  for (let i = 0; i < argv.length; i++) {
    if (!known.has(argv[i])) throw new DemoStartError(`unknown argument "${argv[i].slice(0, 40)}"; use ${[...known].join(', ')}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new DemoStartError(`${argv[i]} needs a value`);
    flags.set(argv[i], value);
    i++;
  }
  const chosen = (key: keyof DemoPorts): number | undefined => {
    const { flag, env: name } = PORT_CHOICES[key];
    const text = flags.get(flag) ?? env[name];
    return text === undefined || text === '' ? undefined : port(text, flags.has(flag) ? flag : name);
  };
  const shop = chosen('shop');
  const follow = (offset: number): number => (shop === undefined ? DEFAULT_PORTS.shop + offset : shop === 0 ? 0 : shop + offset);
  const ports: DemoPorts = {
    shop: shop ?? DEFAULT_PORTS.shop,
    serverContainer: chosen('serverContainer') ?? follow(DEFAULT_PORTS.serverContainer - DEFAULT_PORTS.shop),
    pinterest: chosen('pinterest') ?? follow(DEFAULT_PORTS.pinterest - DEFAULT_PORTS.shop),
  };
  for (const [key, value] of Object.entries(ports)) if (value > 65535) throw new DemoStartError(`${PORT_CHOICES[key as keyof DemoPorts].flag}: port ${value} is above 65535`);
  const logFile = flags.get('--log-file') ?? (env.DEMO_LOG_FILE || undefined);
  return logFile === undefined ? { ports } : { ports, logFile };
}
