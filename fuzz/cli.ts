/**
 * `npm run fuzz [-- --n 10000 --seed S --template web-tag|event-id|server-tag|client --jobs 2]`:
 * seeded hostile inputs through the built templates, one table per template, failure classes saved
 * (shrunk) for `npm run fuzz -- --replay <file>`. Exit status 1 when any count is not zero.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeInput, encodeInput } from './codec';
import { checkInput, type CampaignResult } from './campaign';
import { TEMPLATES, type TemplateName } from './drivers/driver';
import { DRIVERS } from './drivers/registry';
import { failureFile, readFailures, writeFailures } from './failures';
import { runPool } from './pool';
import { formatClasses, formatTable, passed } from './report';
import { shrink } from './shrink';

const USAGE = `usage: npm run fuzz -- [--n N] [--seed S] [--template ${TEMPLATES.join('|')}[,…]] [--jobs J] [--start I]
                      [--out DIR] [--no-shrink] [--hang-seconds S]
       npm run fuzz -- --replay FILE [--class K]`;

interface Options {
  n: number; seed: string; templates: TemplateName[]; jobs: number; start: number; out: string; shrink: boolean; hangMs: number;
  replay?: string; classIndex?: number;
}

function parse(argv: string[]): Options {
  const options: Options = {
    n: 1000, seed: '1', templates: [...TEMPLATES], jobs: Math.max(1, Math.min(2, os.availableParallelism())), start: 0,
    out: path.join(__dirname, 'failures'), shrink: true, hangMs: 60_000,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const count = (v: string, min: number): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${flag}: ${v} is not a whole number ≥ ${min}`);
      return n;
    };
    if (flag === '--n') options.n = count(value(), 1);
    else if (flag === '--seed') options.seed = value();
    else if (flag === '--template') {
      options.templates = value().split(',').map((t) => t.trim()) as TemplateName[];
      const unknown = options.templates.filter((t) => !TEMPLATES.includes(t));
      if (unknown.length > 0) throw new Error(`unknown template ${unknown.join(', ')}\n${USAGE}`);
    } else if (flag === '--jobs') options.jobs = count(value(), 1);
    else if (flag === '--start') options.start = count(value(), 0);
    else if (flag === '--out') options.out = path.resolve(value());
    else if (flag === '--no-shrink') options.shrink = false;
    else if (flag === '--hang-seconds') options.hangMs = count(value(), 1) * 1000;
    else if (flag === '--replay') options.replay = value();
    else if (flag === '--class') options.classIndex = count(value(), 0);
    else if (flag === '--help' || flag === '-h') throw new Error(USAGE);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

/** Shrinks each class's smallest input (within a time budget), keeping its signature. */
async function shrinkClasses(result: CampaignResult, budgetMs: number): Promise<Set<string>> {
  const driver = DRIVERS[result.template];
  const shrunk = new Set<string>();
  const deadline = Date.now() + budgetMs;
  for (const c of [...result.classes].sort((a, b) => a.size - b.size)) {
    if (c.signature.includes('did not end within') || Date.now() > deadline) continue;
    const smaller = await shrink(driver, decodeInput(c.input), c.signature, { checks: 150, ms: Math.min(10_000, deadline - Date.now()) });
    const encoded = encodeInput(smaller);
    const size = JSON.stringify(encoded).length;
    if (size < c.size) {
      const again = (await checkInput(driver, smaller)).findings.find((f) => f.signature === c.signature);
      Object.assign(c, { input: encoded, size, detail: again?.detail ?? c.detail });
    }
    shrunk.add(c.signature);
  }
  return shrunk;
}

async function campaign(options: Options): Promise<boolean> {
  let ok = true;
  for (const template of options.templates) {
    const driver = DRIVERS[template];
    let last = Date.now();
    const result = await runPool(driver, {
      seed: options.seed, start: options.start, end: options.start + options.n, workers: Math.min(options.jobs, options.n), hangMs: options.hangMs,
      onProgress: (done) => {
        if (Date.now() - last < 10_000) return;
        last = Date.now();
        process.stderr.write(`${template}: ${done}/${options.n}\n`);
      },
    });
    const shrunk = options.shrink && result.classes.length > 0 ? await shrinkClasses(result, 120_000) : new Set<string>();
    const file = result.classes.length > 0 ? writeFailures(options.out, failureFile(result, shrunk)) : undefined;
    console.log(`\n${formatTable(result, driver, { workers: Math.min(options.jobs, options.n) })}`);
    const classes = formatClasses(result, file && path.relative(process.cwd(), file));
    if (classes) console.log(classes);
    ok = passed(result) && ok;
  }
  return ok;
}

async function replay(options: Options): Promise<boolean> {
  const classes = readFailures(options.replay as string);
  const chosen = options.classIndex === undefined ? classes.map((c, i) => [i, c] as const) : [[options.classIndex, classes[options.classIndex]] as const];
  let clean = true;
  for (const [i, saved] of chosen) {
    if (!saved) throw new Error(`no class ${i} in ${options.replay}`);
    const verdict = await checkInput(DRIVERS[saved.template], decodeInput(saved.input));
    const again = verdict.findings.some((f) => f.signature === saved.signature);
    console.log(`#${i} ${saved.template} seed ${saved.seed} input ${saved.index}${saved.shrunk ? ' (shrunk)' : ''}: ${again ? 'still fails' : 'no longer fails'}: ${saved.signature}`);
    for (const f of verdict.findings) console.log(`    ${f.signature}\n      ${f.detail.replace(/\s+/g, ' ').slice(0, 300)}`);
    if (verdict.findings.length > 0) clean = false;
  }
  return clean;
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const ok = options.replay ? await replay(options) : await campaign(options);
  process.exit(ok ? 0 : 1);
}

void main();
