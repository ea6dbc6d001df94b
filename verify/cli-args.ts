/**
 * The command line of every pinterest-gtm command, read against the options the command declares: an
 * unknown option, an option without its value or one given twice is a usage error with a hint (exit 2),
 * never silently ignored. `--name value` and `--name=value` both work; `--` ends the options; `-h` and
 * `--help` anywhere ask for the command's help. Conventions of POSIX utility syntax
 * (https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/V1_chap12.html) and GNU long options.
 */
import { printable } from './input/printable';

export class UsageError extends Error {}

export interface OptionSpec {
  /** The long name, without the dashes. */
  readonly name: string;
  /** What the value is (FILE, MS, …); absent for a switch that takes no value. */
  readonly value?: string;
  readonly repeatable?: boolean;
  readonly required?: boolean;
  readonly help: string;
}

export interface ParsedArgs {
  readonly positional: string[];
  /** Each valued option's values in order (one unless repeatable); a switch given maps to []. */
  readonly options: ReadonlyMap<string, string[]>;
  readonly help: boolean;
}

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment), for "did you mean". */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest of `names` to `typed`, when it is close enough to be a typo. */
export function closest(typed: string, names: readonly string[]): string | undefined {
  const cut = typed.slice(0, 40);
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = distance(cut, name);
    if (d <= Math.max(1, Math.floor(name.length / 4)) && (best === undefined || d < best.d)) best = { name, d };
  }
  return best?.name;
}

/** An argument as typed, for a message: control characters escaped, long ones cut. */
const shown = (arg: string): string => printable(arg, false, 60);

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  let help = false;
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) { positional.push(arg); continue; }
    if (arg === '--') { onlyPositional = true; continue; }
    if (arg === '-h' || arg === '--help') { help = true; continue; }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${shown(arg)}: options are written --name (see --help)`);
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const spec = byName.get(name);
    if (!spec) {
      const near = closest(name, [...byName.keys()]);
      throw new UsageError(`unknown option ${shown(`--${name}`)}${near ? `: did you mean --${near}?` : ' (see --help for the options)'}`);
    }
    if (options.has(name) && !spec.repeatable) throw new UsageError(`--${name} is given twice`);
    if (spec.value === undefined) {
      if (equals !== -1) throw new UsageError(`--${name} takes no value`);
      options.set(name, []);
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value: --${name} ${spec.value}`);
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return { positional, options, help };
}

/** The value of a valued option given once (undefined when not given). */
export const single = (parsed: ParsedArgs, name: string): string | undefined => parsed.options.get(name)?.[0];

/** The options part of a command's help: one line per option. */
export function optionLines(specs: readonly OptionSpec[]): string {
  const left = specs.map((s) => `  --${s.name}${s.value ? ` ${s.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs.map((s, i) => `${left[i].padEnd(width)}${s.help}${s.repeatable ? ' (repeatable)' : ''}`).join('\n');
}
