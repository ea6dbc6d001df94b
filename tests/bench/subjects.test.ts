/**
 * The benchmark's fires do the work they are named for: a figure for a refused request or a skipped event
 * would look fast and mean nothing (the client's fire once measured a 403).
 */
import { countFire } from '../../bench/measure';
import { ourSubjects } from '../../bench/subjects';

test('each of our subjects does its real work: pintrk and core.js, the Conversions API request, the container run', async () => {
  const work: Record<string, string[]> = {
    'pinterest-gtm web tag': ['createArgumentsQueue', 'injectScript'],
    'pinterest-gtm web tag, forwarding': ['createArgumentsQueue', 'injectScript', 'sendPixel'],
    'pinterest-gtm Event ID variable': ['copyFromDataLayer'],
    'pinterest-gtm server tag': ['sendHttpRequest'],
    'pinterest-gtm client': ['claimRequest', 'runContainer'],
  };
  for (const subject of ourSubjects()) {
    const expected = work[subject.name];
    if (expected === undefined) continue;
    const count = await countFire(subject);
    expect([subject.name, count.result]).toEqual([subject.name, subject.template.type === 'TAG' ? 'success' : 'returned']);
    for (const api of expected) expect([subject.name, api, (count.byApi.get(api) ?? 0) > 0]).toEqual([subject.name, api, true]);
  }
}, 60_000);
