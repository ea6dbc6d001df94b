/**
 * The command line of gtm-sandbox: each command's options, the usage text, and parsing that refuses
 * what it does not know (a mistyped `--dtaa` must not run silently with empty data).
 */
import { CliError } from './json-file';

export const USAGE = `usage: gtm-sandbox <command> ...
  gtm-sandbox test <template.tpl>... [--json]
  gtm-sandbox run <template.tpl> [--data F] [--datalayer F] [--window F] [--url URL] [--consent F]
                  [--cookies F] [--event F] [--request F] [--respond F] [--json]
  gtm-sandbox check <template.tpl>...
  gtm-sandbox serve <server-container.json> --port P [--route ORIGIN=LOCAL_URL]... [--allow-network] [--log-file F]
  gtm-sandbox --help
F is a JSON file; see gtm-sandbox/README.md.`;

/** Each command's options: true when the option takes a value. */
export const OPTIONS: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  test: { json: false },
  run: { data: true, datalayer: true, window: true, url: true, consent: true, cookies: true, event: true, request: true, respond: true, json: false },
  check: {},
  // --log-file: serve's log sink (cli/serve.ts).
  serve: { port: true, route: true, 'allow-network': false, 'log-file': true },
};

export interface ParsedArgs { readonly files: string[]; readonly flags: Record<string, string>; readonly json: boolean }

export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

export function parseArgs(command: string, argv: readonly string[]): ParsedArgs {
  const known = OPTIONS[command];
  if (!known) throw new CliError(`unknown command "${command}"`);
  const files: string[] = [];
  const flags: Record<string, string> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg === '-') { files.push(arg); continue; }
    const eq = arg.indexOf('=');
    const name = arg.replace(/^--?/, '').slice(0, eq === -1 ? undefined : eq - (arg.startsWith('--') ? 2 : 1));
    if (!(name in known)) throw new CliError(`unknown option ${arg.split('=')[0]} for ${command}`);
    if (!known[name]) {
      if (eq !== -1) throw new CliError(`--${name} takes no value`);
      if (name === 'json') json = true;
      else flags[name] = 'true';
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new CliError(`--${name} needs a value`);
    flags[name] = value;
  }
  return { files, flags, json };
}
