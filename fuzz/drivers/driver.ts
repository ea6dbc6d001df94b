/**
 * A driver generates hostile inputs for one template and runs one input through the built template
 * with every oracle. Inputs are plain data (fuzz/codec.ts writes them to replay files), generated from
 * the input's own seeded generator only, so (seed, index) always gives the same input.
 */
import type { Oracle, Verdict } from '../oracles/finding';
import type { Rng } from '../prng';

export const TEMPLATES = ['web-tag', 'event-id', 'server-tag', 'client'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/** The campaign's clock: every run sees the same "now", so replays give the same answer. */
export const FUZZ_NOW = Date.UTC(2026, 2, 2, 12, 0, 0);

export interface Driver<I = unknown> {
  readonly name: TemplateName;
  /** The oracles that apply to this template (the table shows the others as "—"). */
  readonly oracles: readonly Oracle[];
  generate(rng: Rng): I;
  check(input: I): Promise<Verdict>;
}
