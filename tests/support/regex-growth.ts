/**
 * Shared by the regex growth tests (tests/verify/regex-work.test.ts, tests/demo/text-checks-growth.test.ts,
 * tests/sandbox/regex-work.test.ts): CPU time of a piece of work, its growth when the input grows eight
 * times, and the list of files holding a regular expression, found with the TypeScript AST so that a
 * pattern in a comment or a string does not count and a new literal or `new RegExp` is never missed.
 * No wall-clock limit anywhere: a loaded machine slows both sizes alike, and only the ratio is judged.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** How much larger the second input is. */
export const GROWTH = 8;
/** The bound on the CPU ratio of the larger run to the smaller: linear work gives about 8, quadratic 64. */
export const RATIO_LIMIT = 24;
/** A larger run under this much CPU (µs) passes outright: far below what quadratic work costs at these sizes. */
export const OUTRIGHT_MICROS = 40_000;

/** CPU time (µs) of the least of `trials` runs of `reps` repetitions each. */
export function cpuMicros(run: () => unknown, reps = 1, trials = 3): number {
  let best = Infinity;
  for (let trial = 0; trial < trials; trial++) {
    const start = process.cpuUsage();
    for (let i = 0; i < reps; i++) run();
    const used = process.cpuUsage(start);
    best = Math.min(best, used.user + used.system);
  }
  return best;
}

/**
 * The CPU ratio of make(GROWTH * n) to make(n), each the least of three runs (0 when the larger run passes
 * outright). A loaded machine can stall one measurement (a garbage collection, another process): up to
 * three attempts, while work that grows quadratically fails every one of them.
 */
export function linearRatio(make: (n: number) => () => unknown, n: number): number {
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio >= RATIO_LIMIT; attempt++) {
    const small = cpuMicros(make(n));
    const large = cpuMicros(make(GROWTH * n));
    ratio = large < OUTRIGHT_MICROS ? 0 : large / Math.max(small, 1);
  }
  return ratio;
}

/** Files below `dirs` (relative to `root`) ending in one of `extensions` that hold a regex literal or name RegExp, sorted. */
export function filesWithPatterns(root: string, dirs: readonly string[], extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) { walk(rel); continue; }
      if (!extensions.some((ext) => rel.endsWith(ext))) continue;
      const source = ts.createSourceFile(rel, fs.readFileSync(path.join(root, rel), 'utf8'), ts.ScriptTarget.Latest, true);
      let found = false;
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral || (ts.isIdentifier(node) && node.text === 'RegExp')) found = true;
        if (!found) ts.forEachChild(node, visit);
      };
      visit(source);
      if (found) out.push(rel);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}
