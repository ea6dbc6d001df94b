/**
 * The command line of gtm-sandbox: each command's options and usage, and parsing that refuses what it
 * does not know (a mistyped `--dtaa` must not run silently with empty data) with a hint at what was meant.
 */
import { CliError } from './json-file';

const COMMAND_USAGE: Readonly<Record<string, string>> = {
  test: 'gtm-sandbox test <template.tpl>... [--json]',
  run: `gtm-sandbox run <template.tpl> [--data F] [--datalayer F] [--window F] [--url URL] [--consent F]
                  [--cookies F] [--event F] [--request F] [--respond F] [--json]`,
  check: 'gtm-sandbox check <template.tpl>...',
  serve: `gtm-sandbox serve <server-container.json> [--port P] [--route ORIGIN=LOCAL_URL]... [--allow-network]
                    [--log-file F] [--max-body-bytes N]`,
};

export const USAGE = `usage: gtm-sandbox <command> ...
${Object.values(COMMAND_USAGE).map((u) => `  ${u}`).join('\n')}
  gtm-sandbox help [<command>]      this text (also --help, -h)
  gtm-sandbox --version
F is a JSON file; see gtm-sandbox's README.`;

/** The usage of one command, or of all. */
export function usageOf(command?: string): string {
  const one = command === undefined ? undefined : COMMAND_USAGE[command];
  return one ? `usage: ${one}\nF is a JSON file; see gtm-sandbox's README.` : USAGE;
}

/** Each command's options: true when the option takes a value. */
export const OPTIONS: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  test: { json: false },
  run: { data: true, datalayer: true, window: true, url: true, consent: true, cookies: true, event: true, request: true, respond: true, json: false },
  check: {},
  // --log-file: serve's log sink (cli/serve.ts).
  serve: { port: true, route: true, 'allow-network': false, 'log-file': true, 'max-body-bytes': true },
};
/** Options that may be given more than once (their values are kept in order). */
const REPEATABLE = new Set(['route']);

export interface ParsedArgs {
  readonly files: string[];
  readonly flags: Record<string, string>;
  /** Every value of a repeatable option. */
  readonly lists: Record<string, string[]>;
  readonly json: boolean;
}

export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h') || argv[0] === 'help';
}

/** The known name closest to a mistyped one, if it is close enough to be what was meant. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length];
}

export function parseArgs(command: string, argv: readonly string[]): ParsedArgs {
  const known = OPTIONS[command];
  if (!known) {
    const meant = closest(command, Object.keys(OPTIONS));
    throw new CliError(`unknown command "${command}"${meant ? ` (did you mean ${meant}?)` : ''}`);
  }
  const files: string[] = [];
  const flags: Record<string, string> = Object.create(null) as Record<string, string>;
  const lists: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') { files.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.replace(/^--?/, '').slice(0, eq === -1 ? undefined : eq - (arg.startsWith('--') ? 2 : 1));
    if (!Object.prototype.hasOwnProperty.call(known, name)) {
      const meant = closest(name, Object.keys(known));
      throw new CliError(`unknown option ${arg.split('=')[0]} for ${command}${meant ? ` (did you mean --${meant}?)` : ''}`, command);
    }
    if (!known[name]) {
      if (eq !== -1) throw new CliError(`--${name} takes no value`, command);
      if (name === 'json') json = true;
      else flags[name] = 'true';
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new CliError(`--${name} needs a value`, command);
    if (REPEATABLE.has(name)) (lists[name] ??= []).push(value);
    else if (name in flags) throw new CliError(`--${name} is given twice`, command);
    flags[name] = value;
  }
  return { files, flags, lists, json };
}
