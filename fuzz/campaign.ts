/**
 * A campaign: inputs [start, end) of one template, each generated from (seed, index), run through every
 * oracle. It counts, per oracle, the inputs that failed it, the most attempts any event took, and keeps
 * one failure class per signature with its smallest input (the one to replay and shrink).
 */
import { encodeInput } from './codec';
import type { Driver, TemplateName } from './drivers/driver';
import { finding, ORACLES, type Oracle, type Verdict } from './oracles/finding';
import { guardPrototypes } from './prototype-guard';
import { inputRng } from './prng';

export interface FailureClass {
  signature: string; oracle: Oracle; count: number; detail: string;
  /** The smallest failing input seen: its index and its encoded form (fuzz/codec.ts). */
  index: number; size: number; input: unknown;
}

export interface CampaignResult {
  template: TemplateName; seed: string; start: number; end: number; inputs: number;
  counts: Record<Oracle, number>; maxAttempts: number; attemptBound: number; classes: FailureClass[]; ms: number;
}

export const generateInput = (driver: Driver, seed: string, index: number): unknown => driver.generate(inputRng(seed, driver.name, index));

/**
 * One input through the driver, inside the prototype guard: an input that changes the host's
 * prototypes (through gtm-sandbox or the template) is an exception of its own, and is undone.
 */
export async function checkInput(driver: Driver, input: unknown): Promise<Verdict> {
  const guarded = await guardPrototypes(() => driver.check(input));
  if (guarded.error !== undefined) throw guarded.error;
  const verdict = guarded.value as Verdict;
  if (guarded.polluted.length === 0) return verdict;
  const names = guarded.polluted.slice(0, 5).join(', ');
  return { ...verdict, findings: [...verdict.findings, finding('exception', 'the run changed the host\'s built-in prototypes (prototype pollution)', names)] };
}

/** Collects verdicts in any order (workers answer out of order) into one result. */
export class Tally {
  private readonly counts = Object.fromEntries(ORACLES.map((o) => [o, 0])) as Record<Oracle, number>;
  private readonly classes = new Map<string, FailureClass>();
  private maxAttempts = 0;
  private attemptBound = 0;
  private inputs = 0;
  private readonly started = Date.now();

  constructor(private readonly driver: Driver, private readonly seed: string, private readonly start: number, private readonly end: number) {}

  /** `input` is regenerated from (seed, index) when not given and a finding needs it. */
  add(index: number, verdict: Verdict, input?: unknown): void {
    this.inputs++;
    // One input counts once per oracle and once per failure class, however often it failed there.
    for (const oracle of new Set(verdict.findings.map((f) => f.oracle))) this.counts[oracle]++;
    const unique = [...new Map(verdict.findings.map((f) => [f.signature, f])).values()];
    let encoded: unknown;
    let size = 0;
    for (const f of unique) {
      if (encoded === undefined) {
        encoded = encodeInput(input ?? generateInput(this.driver, this.seed, index));
        size = JSON.stringify(encoded).length;
      }
      const known = this.classes.get(f.signature);
      if (!known) this.classes.set(f.signature, { signature: f.signature, oracle: f.oracle, count: 1, detail: f.detail, index, size, input: encoded });
      else {
        known.count++;
        if (size < known.size || (size === known.size && index < known.index)) Object.assign(known, { index, size, input: encoded, detail: f.detail });
      }
    }
    this.maxAttempts = Math.max(this.maxAttempts, verdict.attempts ?? 0);
    this.attemptBound = Math.max(this.attemptBound, verdict.attemptBound ?? 0);
  }

  result(): CampaignResult {
    return {
      template: this.driver.name, seed: this.seed, start: this.start, end: this.end, inputs: this.inputs, counts: { ...this.counts },
      maxAttempts: this.maxAttempts, attemptBound: this.attemptBound, classes: [...this.classes.values()], ms: Date.now() - this.started,
    };
  }
}

/** Runs inputs [start, end) in this process, one after the other. */
export async function runCampaign(driver: Driver, options: { seed: string; start: number; end: number }): Promise<CampaignResult> {
  const tally = new Tally(driver, options.seed, options.start, options.end);
  for (let index = options.start; index < options.end; index++) {
    const input = generateInput(driver, options.seed, index);
    tally.add(index, await checkInput(driver, input), input);
  }
  return tally.result();
}
