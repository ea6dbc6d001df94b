/**
 * The Pinterest Event ID variable (web-template/event-id) on a hostile page, evaluated before and
 * after the Pinterest Tag fires on the same dataLayer event with the same fields, as GTM evaluates a
 * variable for a GA4 tag next to ours. Oracles: a run throws or the tag never completes; the variable
 * returns something that is not an event_id (text of 1 to 256 characters without control characters,
 * docs/event-protocol.md); the variable and the tag disagree (README, "Deduplication": the same ID for
 * every tag and variable evaluated on that event), or the variable answers differently twice; the
 * returned ID carries a canary.
 */
import { leakFindings, sink } from '../oracles/leaks';
import { finding, type Finding, type Verdict } from '../oracles/finding';
import { outcomeFindings } from '../oracles/outcome';
import { hasControl } from '../oracles/text';
import { builtTemplate, fire, type TemplateLoader } from '../sandbox-run';
import { FUZZ_NOW, type Driver } from './driver';
import { pageInput, type PageInput } from './page-inputs';
import { pageWorld } from './page-world';
import { eventFields } from './web-fields';

export interface EventIdInput { now: number; randomSeed: string; fields: Record<string, unknown>; consentMode: unknown; page: PageInput }

function eventIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `a ${value === null ? 'null' : typeof value}, not text`;
  if (value.length === 0 || value.length > 256) return 'not 1 to 256 characters';
  if (hasControl(value)) return 'control characters';
  return undefined;
}

interface WindowCall { fn: string; args: unknown[] }

/**
 * The event_ids the tag used: its tracked event's, and its page visit's (a pagevisit carrying its event_id
 * only, sent on the first fire of a page view; a product page's view_item is a pagevisit with data).
 */
function tagIds(calls: WindowCall[]): { track?: unknown; page?: unknown } {
  const tracks = calls.filter((c) => c.fn === 'pintrk' && c.args[0] === 'track');
  const data = (c: WindowCall): Record<string, unknown> => (typeof c.args[2] === 'object' && c.args[2] !== null ? c.args[2] as Record<string, unknown> : {});
  const bare = (c: WindowCall): boolean => c.args[1] === 'pagevisit' && Object.keys(data(c)).join() === 'event_id';
  const page = tracks.find(bare);
  const track = tracks.find((c) => !bare(c));
  return { track: track ? data(track).event_id : undefined, page: page ? data(page).event_id : undefined };
}

export const createEventIdDriver = (load: TemplateLoader = builtTemplate): Driver<EventIdInput> => ({
  name: 'event-id',
  oracles: ['exception', 'timeout', 'invalid', 'leak'],
  generate(rng) {
    return {
      now: FUZZ_NOW, randomSeed: String(rng.int(2 ** 31)), fields: eventFields(rng.fork('fields')),
      consentMode: rng.pick(['respect', 'always', undefined]), page: pageInput(rng.fork('page')),
    };
  },
  async check(input): Promise<Verdict> {
    const world = pageWorld(input.page, input.now, input.randomSeed);
    const variable = load('web-template/event-id');
    const variableStorage = new Map<string, unknown>();
    const before = await fire(variable, world, input.fields, { templateStorage: variableStorage });
    const tag = await fire(load('web-template/tag'), world, { tagId: '2612345678901', consentMode: input.consentMode, ...input.fields }, { templateStorage: new Map() });
    const after = await fire(variable, world, input.fields, { templateStorage: variableStorage });
    const findings: Finding[] = [
      ...outcomeFindings('the variable (before the tag)', before), ...outcomeFindings('the tag', tag), ...outcomeFindings('the variable (after the tag)', after),
    ];
    const values = [before, after].filter((r) => r.result === 'returned').map((r) => r.returnValue);
    for (const value of values) {
      const problem = eventIdProblem(value);
      if (problem !== undefined) findings.push(finding('invalid', `the variable returned an invalid event_id: ${problem}`, JSON.stringify(value)?.slice(0, 300) ?? 'undefined'));
    }
    if (values.length === 2 && values[0] !== values[1]) {
      findings.push(finding('invalid', 'the variable returned two IDs for one event', `${JSON.stringify(values[0])} then ${JSON.stringify(values[1])}`));
    }
    const ids = tagIds(world.windowCalls as WindowCall[]);
    const expected = ids.track ?? (typeof values[0] === 'string' && /\.page\d+$/.test(values[0]) ? ids.page : undefined);
    if (expected !== undefined) {
      for (const [when, value] of [['before', before.returnValue], ['after', after.returnValue]] as const) {
        if (value !== expected) {
          findings.push(finding('invalid', `the variable (evaluated ${when} the tag) and the tag disagree on the event_id`, `variable ${JSON.stringify(value)}, tag ${JSON.stringify(expected)}`));
        }
      }
    }
    findings.push(...leakFindings(values.map((v) => sink('the returned event_id', v))));
    return { findings };
  },
});

export const eventIdDriver = createEventIdDriver();
