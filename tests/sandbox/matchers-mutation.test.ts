/**
 * Mutation check of assertThat: copies of gtm-sandbox/test-runner/assert-that.ts and deep-equal.ts
 * with one planted bug each must fail at least one case of matcher-cases.ts. A lenient matcher makes
 * every template test that uses it weaker; a mutant that survives means that leniency is untested.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as AssertThat from '../../gtm-sandbox/test-runner/assert-that';
import { MATCHER_CASES } from './matcher-cases';

const SOURCE = path.resolve(__dirname, '..', '..', 'gtm-sandbox', 'test-runner');
const FILES = ['assert-that.ts', 'deep-equal.ts'];
const made: string[] = [];
afterAll(() => { for (const dir of made) fs.rmSync(dir, { recursive: true, force: true }); });

interface Mutant { readonly name: string; readonly file: string; readonly from: string; readonly to: string }

const MUTANTS: Mutant[] = [
  { name: 'containsExactly accepts extra elements', file: 'assert-that.ts', from: 'subject.length !== expected.length', to: 'subject.length < expected.length' },
  { name: 'containsExactly ignores how many times an element appears', file: 'assert-that.ts', from: 'used[at] = true;', to: '' },
  { name: 'isEqualTo accepts a subject lacking keys of the expected object', file: 'deep-equal.ts', from: 'if (ka.length !== kb.length) return false;', to: '' },
  { name: 'isEqualTo takes an array for an object with its indexes', file: 'deep-equal.ts', from: 'if (Array.isArray(a) !== Array.isArray(b)) return false;', to: '' },
  { name: 'contains accepts any one expected element', file: 'assert-that.ts', from: 'expect(xs.every(includes)', to: 'expect(xs.some(includes)' },
  { name: 'isStrictlyEqualTo compares deeply', file: 'assert-that.ts', from: 'expect(subject === x, `to be strictly', to: 'expect(deepEqual(subject, x), `to be strictly' },
  { name: 'isEmpty accepts any value without a length', file: 'assert-that.ts', from: "isArrayOrString().length === 0 && (Array.isArray(subject) || typeof subject === 'string')", to: 'isArrayOrString().length === 0' },
  { name: 'isGreaterThan accepts equal values', file: 'assert-that.ts', from: 'n > (x as number)', to: 'n >= (x as number)' },
];

/** The matchers with one replacement, loaded as modules of their own. */
function load(mutant: Mutant | null): typeof AssertThat {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gtm-sandbox-matchers-'));
  made.push(dir);
  for (const file of FILES) fs.copyFileSync(path.join(SOURCE, file), path.join(dir, file));
  if (mutant) {
    const target = path.join(dir, mutant.file);
    const text = fs.readFileSync(target, 'utf8');
    if (!text.includes(mutant.from)) throw new Error(`the mutant "${mutant.name}" no longer applies: update it to the code`);
    fs.writeFileSync(target, text.replace(mutant.from, mutant.to));
  }
  let loaded: typeof AssertThat | undefined;
  jest.isolateModules(() => { loaded = jest.requireActual(path.join(dir, 'assert-that.ts')) as typeof AssertThat; });
  return loaded as typeof AssertThat;
}

/** The cases the matchers get wrong. */
function failures(m: typeof AssertThat): string[] {
  return MATCHER_CASES.filter(([, matcher, subject, expected, holds]) => {
    let held = true;
    try { m.assertThat(subject)[matcher](...expected); } catch { held = false; }
    return held !== holds;
  }).map(([label, matcher]) => `${matcher}: ${label}`);
}

test('the copied matchers, unchanged, get every case right', () => {
  expect(failures(load(null))).toEqual([]);
});

test.each(MUTANTS.map((m) => [m.name, m]))('a mutant fails some case: %s', (_name, mutant) => {
  expect(failures(load(mutant))).not.toEqual([]);
});
