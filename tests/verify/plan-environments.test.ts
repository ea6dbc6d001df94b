/**
 * The plan's environment matrix: Lookup and RegEx Tables on {{Environment Name}} resolved per environment
 * (GTM's table semantics: exact match; first matching pattern; full match and case options; the default
 * value, or undefined), through constants, in the web and server exports.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { trackingPlan } from '../../verify/plan/tracking-plan';
import { fixtureContainer, setParameter } from './builders';
import { constant, lookupTable, regexTable, withEnvironmentTrigger, withVariables } from './environment-builders';

type Export = ReturnType<typeof fixtureContainer>;
const plan = (web: Export, server?: Export): { text: string; warnings: string[] } =>
  trackingPlan({ file: 'web.json', json: web }, server && { file: 'server.json', json: server });
/** The matrix rows of a plan, by environment: the cells after the environment's. */
function matrix(text: string): Record<string, string[]> {
  const section = text.slice(text.indexOf('## Environments'), text.indexOf('Read from:'));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Environment') && !line.startsWith('| ---'));
  return Object.fromEntries(rows.map((line) => line.slice(2, -2).split(' | ')).map(([env, ...cells]) => [env, cells]));
}
const webWith = (...variables: Parameters<typeof withVariables>[1][]): Export => withVariables(fixtureContainer('web'), ...variables);

test('a Lookup Table on {{Environment Name}}: one row per environment it names, and the default row', () => {
  const web = webWith(lookupTable('Pinterest tag ID', [['Live', '2612345678901'], ['Staging', '2619999999999'], ['Development', '2618888888888']], { default: '2610000000000' }));
  const server = withVariables(fixtureContainer('server'),
    lookupTable('Pinterest conversion token', [['Live', '{{Token live}}'], ['Staging', '{{Token test}}'], ['Development', '{{Token test}}']]),
    constant('Token live', 'pina_LIVE_TOKEN_0000000001'), constant('Token test', 'pina_TEST_TOKEN_0000000002'));
  setParameter(server, 'Pinterest Conversions API', 'accessToken', '{{Pinterest conversion token}}');
  const { text, warnings } = plan(web, server);
  expect(warnings).toEqual([]); // Staging and Development share a token, but not with Live
  expect(text).toContain('| Environment | Tag ID | Server URL | Ad account | Token (variable) | Client path |');
  expect(matrix(text)).toEqual({
    Live: ['`2612345678901`', '`https://sgtm.shop.example/pinterest/events`', '`549755885175`', '{{Token live}}', '`/pinterest/events`'],
    Staging: ['`2619999999999`', '`https://sgtm.shop.example/pinterest/events`', '`549755885175`', '{{Token test}}', '`/pinterest/events`'],
    Development: ['`2618888888888`', '`https://sgtm.shop.example/pinterest/events`', '`549755885175`', '{{Token test}}', '`/pinterest/events`'],
    'other environments (default)': ['`2610000000000`', '`https://sgtm.shop.example/pinterest/events`', '`549755885175`', 'undefined', '`/pinterest/events`'],
  });
  expect(text).toContain('| Tag ID | {{Pinterest tag ID}}: Lookup Table on {{Environment Name}} |');
  expect(text).toContain('| Token | {{Pinterest conversion token}}: Lookup Table on {{Environment Name}} |');
  expect(text).toContain('- {{Pinterest tag ID}} (web container): Lookup Table, exact match: `Live` → `2612345678901`; `Staging` → `2619999999999`; `Development` → `2618888888888`; default → `2610000000000`');
  expect(text).toContain('- {{Pinterest conversion token}} (server container): Lookup Table, exact match: `Live` → {{Token live}}; `Staging` → {{Token test}}; `Development` → {{Token test}}; default → undefined');
  for (const token of ['LIVE_TOKEN', 'TEST_TOKEN']) expect(text).not.toContain(token);
});

test('a web export alone: the web columns only; no table on {{Environment Name}}: no matrix', () => {
  const web = webWith(lookupTable('Pinterest tag ID', [['Staging', '2619999999999']], { default: '2612345678901' }));
  expect(matrix(plan(web).text)).toEqual({
    Staging: ['`2619999999999`', '`https://sgtm.shop.example/pinterest/events`'],
    'other environments (default)': ['`2612345678901`', '`https://sgtm.shop.example/pinterest/events`'],
  });
  expect(plan(fixtureContainer('web'), fixtureContainer('server')).text).not.toContain('## Environments');
});

test('a RegEx Table: full matches or anywhere, case-sensitive or not, the first match wins, no default gives undefined', () => {
  // Staging: a name the export holds (a trigger's condition), beside GTM's Live, Latest and Now Editing.
  const table = (options: Parameters<typeof regexTable>[2]): Export => withEnvironmentTrigger(webWith(regexTable('Pinterest tag ID', [['Stag.*', '2611111111111'], ['Staging', '2612222222222'], ['live', '2613333333333'], ['ing', '2614444444444']], options)), 'Staging');
  const exact = plan(table({}));
  expect(matrix(exact.text)).toEqual({
    Staging: ['`2611111111111`', expect.any(String)],
    'names matching `live`': ['`2613333333333`', expect.any(String)],
    'names matching `ing`': ['`2614444444444`', expect.any(String)],
    'other environments (default)': ['undefined', expect.any(String)],
  });
  expect(exact.text).toContain('RegEx Table, full matches only, case-sensitive: `Stag.*` (selects Staging) → `2611111111111`; `Staging` (selects none of the names known; an earlier row takes Staging) → `2612222222222`; '
    + '`live` (selects none of the names known) → `2613333333333`; `ing` (selects none of the names known) → `2614444444444`; default → undefined');
  expect(exact.warnings).toContain('environments the tables do not name (the default row) have no tag ID: {{Pinterest tag ID}} gives undefined there');
  // Ignore case: `live` selects GTM's Live; matching anywhere: `ing` selects Now Editing (Staging took its first match).
  const loose = plan(table({ ignoreCase: true, fullMatch: false }));
  expect(matrix(loose.text)).toMatchObject({ Live: ['`2613333333333`', expect.any(String)], Staging: ['`2611111111111`', expect.any(String)], 'Now Editing': ['`2614444444444`', expect.any(String)] });
  expect(loose.text).toContain('RegEx Table, matches anywhere in the name, ignore case: `Stag.*` (selects Staging) → `2611111111111`; `Staging` (selects none of the names known; an earlier row takes Staging) → `2612222222222`; `live` (selects Live) → `2613333333333`; `ing` (selects Now Editing; an earlier row takes Staging) → `2614444444444`');
});

test('RegEx rows are matched against the names the exports hold: other tables\' keys and trigger conditions', () => {
  const web = withEnvironmentTrigger(webWith(regexTable('Pinterest tag ID', [['^qa-.*', '2615555555555']], { default: '2612345678901' })), 'qa-eu');
  const server = withVariables(fixtureContainer('server'), lookupTable('Pinterest ad account ID', [['qa-us', '549755000001']], { default: '549755885175' }));
  expect(Object.keys(matrix(plan(web, server).text))).toEqual(['qa-eu', 'qa-us', 'other environments (default)']);
  expect(matrix(plan(web, server).text)['qa-eu']).toEqual(['`2615555555555`', expect.any(String), '`549755885175`', '{{Pinterest conversion token}}', '`/pinterest/events`']);
  expect(plan(web, server).text).toContain('`^qa-.*` (selects qa-eu, qa-us) → `2615555555555`');
});

test('a pattern row meets another RegEx Table with the same pattern, and a Lookup Table as "depends on the name"', () => {
  const web = webWith(regexTable('Pinterest tag ID', [['^qa-.*', '2615555555555']], { default: '2612345678901' }),
    regexTable('Server container URL', [['^qa-.*', 'https://sgtm-qa.shop.example/pinterest/events']], { default: 'https://sgtm.shop.example/pinterest/events' }));
  const server = withVariables(fixtureContainer('server'), lookupTable('Pinterest ad account ID', [['Staging', '549755000001']], { default: '549755885175' }));
  expect(matrix(plan(web, server).text)['names matching `^qa-.*`']).toEqual(['`2615555555555`', '`https://sgtm-qa.shop.example/pinterest/events`',
    'depends on the name ({{Pinterest ad account ID}} is a Lookup Table)', '{{Pinterest conversion token}}', '`/pinterest/events`']);
});

test('a table\'s output that names a constant gives the constant\'s value; one in text is filled in; a secret\'s only its name', () => {
  const web = webWith(
    lookupTable('Pinterest tag ID', [['Staging', '{{Staging tag ID}}']], { default: '{{Live tag ID}}' }), constant('Staging tag ID', '2619999999999'), constant('Live tag ID', '{{Tag ID prefix}}2345678901'), constant('Tag ID prefix', '261'),
    lookupTable('Server container URL', [['Staging', 'https://{{Staging host}}/pinterest/events']], { default: '{{Page Hostname}}' }), constant('Staging host', 'sgtm-staging.shop.example'));
  expect(matrix(plan(web).text)).toEqual({
    Staging: ['`2619999999999`', '`https://sgtm-staging.shop.example/pinterest/events`'],
    'other environments (default)': ['`2612345678901`', '{{Page Hostname}} (built-in)'],
  });
});

test('a secret typed into a table row is "not shown"; a RegEx output with capture groups is shown as written', () => {
  const server = withVariables(fixtureContainer('server'),
    regexTable('Pinterest conversion token', [['Stag(ing)?', 'pina_TYPED_IN_TABLE_77777']], { default: '{{Pinterest conversion token live}}', replaceAfterMatch: true }), constant('Pinterest conversion token live', 'pina_LIVE_TOKEN_0000000001'),
    regexTable('Pinterest ad account ID', [['Stag(ing)?', '5497$1']], { default: '549755885175', replaceAfterMatch: true }));
  setParameter(server, 'Pinterest Conversions API', 'accessToken', '{{Pinterest conversion token}}');
  const { text } = plan(withEnvironmentTrigger(webWith(lookupTable('Pinterest tag ID', [], { default: '2612345678901' })), 'Staging'), server);
  expect(matrix(text).Staging).toEqual(['`2612345678901`', expect.any(String), '`5497$1` (with the name\'s capture groups)', 'typed into {{Pinterest conversion token}} (value not shown)', '`/pinterest/events`']);
  expect(matrix(text)['other environments (default)'][3]).toBe('{{Pinterest conversion token live}}');
  expect(text).toContain('`Stag(ing)?` (selects Staging) → (value not shown)');
  for (const token of ['TYPED_IN_TABLE', 'LIVE_TOKEN']) expect(text).not.toContain(token);
});

test('README\'s example of the environment matrix is what the plan writes for its exports', () => {
  const web = webWith(
    lookupTable('Pinterest tag ID', [['Staging', '2619999999999'], ['Development', '']], { default: '2612345678901' }),
    lookupTable('Server container URL', [['Staging', 'https://sgtm-staging.shop.example/pinterest/events']], { default: 'https://sgtm.shop.example/pinterest/events' }));
  const server = withVariables(fixtureContainer('server'),
    regexTable('Pinterest conversion token', [['stag.*', '{{Token test}}'], ['dev.*', '{{Token test}}']], { default: '{{Token live}}', ignoreCase: true }),
    constant('Token test', 'pina_TEST_TOKEN_0000000002'), constant('Token live', 'pina_LIVE_TOKEN_0000000001'));
  const { text, warnings } = plan(web, server);
  const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const example = readme.slice(readme.indexOf('### The environment matrix'), readme.indexOf('### The monthly review'));
  const lines = example.slice(example.indexOf('```\n') + 4, example.lastIndexOf('```')).split('\n').filter((line) => line.startsWith('| ') || line.startsWith('- {{'));
  expect(lines).toHaveLength(6);
  for (const line of lines) expect(text).toContain(line);
  expect(example).toContain(`- ${warnings[0]}`);
  expect(warnings).toHaveLength(1);
});
