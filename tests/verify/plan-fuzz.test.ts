/**
 * Seeded hostile container exports through `pinterest-gtm plan`: values of the wrong type, deep nesting,
 * `__proto__` keys, hostile names, with a canary token in the token's constant (or switched per environment
 * by a Lookup or RegEx Table that holds it). The plan is written
 * without the canary, or the export is refused with an error naming the file: never a crash.
 */
import { trackingPlan } from '../../verify/plan/tracking-plan';
import { fixtureContainer, hostileText, seeded, serialise, setParameter, twist } from './builders';
import { constant, lookupTable, regexTable, withVariables } from './environment-builders';

const CANARY = 'pina_CANARY_TOKEN_0d15ea5e99';
const SEEDS = Array.from({ length: Number(process.env.VERIFY_FUZZ_SEEDS ?? 12) * 4 }, (_, i) => 2000 + i);

test.each(SEEDS)('seed %i: the plan of a hostile export never shows the token and never crashes', (seed) => {
  const random = seeded(seed);
  const server = fixtureContainer('server');
  setParameter(server, 'Pinterest conversion token', 'value', CANARY);
  const web = fixtureContainer('web');
  if (random.chance(0.5)) {
    // The token switched per environment: the canary typed into a table row, and in a constant a row names.
    const table = random.chance(0.5) ? lookupTable : regexTable;
    withVariables(server, table('Pinterest conversion token', [['Live', '{{Pinterest token live}}'], [hostileText(random, 2), CANARY]], { default: random.chance(0.5) ? CANARY : undefined }), constant('Pinterest token live', CANARY));
    withVariables(web, table('Pinterest tag ID', [['Live', '2612345678901'], [hostileText(random, 3), `{{${hostileText(random, 2)}}}`]]));
  }
  if (random.chance(0.3)) server.containerVersion.tag[0].name = hostileText(random, 6);
  for (let i = 0; i < 1 + random.int(3); i++) twist(random, random.chance(0.5) ? server : web);
  let plan: string;
  let warnings: string[];
  try {
    ({ text: plan, warnings } = trackingPlan({ file: 'web.json', json: JSON.parse(serialise(web)) }, { file: 'server.json', json: JSON.parse(serialise(server)) }));
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).constructor).toBe(Error); // not a TypeError or RangeError from deep inside
    expect((error as Error).message).toMatch(/^(web|server)\.json: /);
    return;
  }
  expect(plan).not.toContain(CANARY);
  expect(warnings.join('\n')).not.toContain(CANARY);
  expect(plan).toContain('# Pinterest tracking plan');
}, 30_000);
