/**
 * The campaign on worker threads (`npm run fuzz`) counts exactly what the same campaign counts in one
 * process: inputs come from (seed, index) alone, whichever worker runs them.
 */
import { runCampaign } from '../../fuzz/campaign';
import { DRIVERS } from '../../fuzz/drivers/registry';
import { runPool } from '../../fuzz/pool';

test('two workers and one process agree on every count, class and smallest input', async () => {
  const driver = DRIVERS['server-tag'];
  const options = { seed: 'pool-check', start: 5, end: 45 };
  const [pooled, local] = await Promise.all([runPool(driver, { ...options, workers: 2, hangMs: 120_000 }), runCampaign(driver, options)]);
  const comparable = (r: typeof local) => ({
    inputs: r.inputs, counts: r.counts, maxAttempts: r.maxAttempts, attemptBound: r.attemptBound,
    classes: r.classes.map((c) => [c.signature, c.count, c.index]).sort(),
  });
  expect(pooled.inputs).toBe(40);
  expect(comparable(pooled)).toEqual(comparable(local));
}, 180_000);
