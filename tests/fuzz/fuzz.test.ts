/**
 * A short seeded run of the fuzz campaign (`npm run fuzz`) for each template: every oracle must count
 * zero. Failures print each failure class with its input index; `npm run fuzz -- --template <name>
 * --seed npm-test --n 300` reproduces them, shrinks them and saves them for `--replay`.
 */
import { runCampaign } from '../../fuzz/campaign';
import { TEMPLATES } from '../../fuzz/drivers/driver';
import { DRIVERS } from '../../fuzz/drivers/registry';
import { ORACLES } from '../../fuzz/oracles/finding';

const SEED = 'npm-test';
const INPUTS = 300;
const ZERO = Object.fromEntries(ORACLES.map((o) => [o, 0]));

test.each(TEMPLATES)('%s: no exception, timeout, invalid request, leak, reflection or extra attempt in a short seeded campaign', async (template) => {
  const result = await runCampaign(DRIVERS[template], { seed: SEED, start: 0, end: INPUTS });
  expect(result.inputs).toBe(INPUTS);
  const classes = result.classes.sort((a, b) => b.count - a.count).map((c) => `${c.signature} (${c.count}×, e.g. input ${c.index})`);
  expect({ counts: result.counts, classes }).toEqual({ counts: ZERO, classes: [] });
}, 600_000);
