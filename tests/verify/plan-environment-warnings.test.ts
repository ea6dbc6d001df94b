/**
 * The environment matrix's warnings, in the plan and on stderr: Live sharing its token with a test
 * environment (only variable names printed: a canary token never reaches stdout, stderr or the file), an
 * environment with no tag ID, a table on another input, a cycle or a chain too deep, a pattern RE2 refuses.
 */
import * as fs from 'node:fs';
import { main } from '../../verify/cli';
import { trackingPlan } from '../../verify/plan/tracking-plan';
import { fixtureContainer, setParameter, writeFile } from './builders';
import { constant, lookupTable, regexTable, withVariables } from './environment-builders';
import { captureCli } from '../support/capture-cli';

type Export = ReturnType<typeof fixtureContainer>;
const CANARY = 'pina_CANARY_ENV_TOKEN_5eed1e55';
const CAPI_TAG = 'Pinterest Conversions API';
const plan = (web: Export, server?: Export): { text: string; warnings: string[] } => trackingPlan({ file: 'web.json', json: web }, server && { file: 'server.json', json: server });
const webWithTagIds = (rows: [string, string][] = [['Live', '2612345678901'], ['Staging', '2619999999999']]): Export =>
  withVariables(fixtureContainer('web'), lookupTable('Pinterest tag ID', rows, { default: '2610000000000' }));
function serverWithTokens(rows: [string, string][], ...constants: ReturnType<typeof constant>[]): Export {
  const server = withVariables(fixtureContainer('server'), lookupTable('Pinterest conversion token', rows), ...constants);
  setParameter(server, CAPI_TAG, 'accessToken', '{{Pinterest conversion token}}');
  return server;
}

const run = (argv: string[]): ReturnType<typeof captureCli> => captureCli(main, argv);

test('Live and Staging on one token variable: a warning naming it, in the plan and on stderr; the token never printed', async () => {
  const server = serverWithTokens([['Live', '{{Token}}'], ['Staging', '{{Token}}']], constant('Token', CANARY));
  const warning = 'Live and Staging share an access token: both use {{Token}}';
  expect(plan(webWithTagIds(), server).warnings).toContain(warning);
  const files = [writeFile('web.json', JSON.stringify(webWithTagIds())), writeFile('server.json', JSON.stringify(server))];
  const out = writeFile('plan.md', '');
  for (const argv of [['plan', ...files], ['plan', ...files, '--out', out]]) {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(result.err).toContain(`pinterest-gtm plan: warning: ${warning}`);
    for (const text of [result.out, result.err, fs.readFileSync(out, 'utf8')]) expect(text).not.toContain('CANARY');
  }
  expect(fs.readFileSync(out, 'utf8')).toContain(`- ${warning}`);
});

test('two token variables of the same value: a warning naming both; different values or only test environments sharing: none', () => {
  const same = serverWithTokens([['Live', '{{Token live}}'], ['Staging', '{{Token staging}}']], constant('Token live', CANARY), constant('Token staging', ` ${CANARY}\n`));
  const { text, warnings } = plan(webWithTagIds(), same);
  expect(warnings).toEqual(['Live and Staging share an access token: {{Token live}} and {{Token staging}} hold the same value']);
  expect(text).not.toContain('CANARY');
  const apart = serverWithTokens([['Live', '{{Token live}}'], ['Staging', '{{Token test}}'], ['QA', '{{Token test}}']], constant('Token live', CANARY), constant('Token test', 'pina_OTHER_TOKEN_0000000002'));
  expect(plan(webWithTagIds([['Live', '2612345678901'], ['Staging', '2619999999999'], ['QA', '2618888888888']]), apart).warnings).toEqual([]);
});

test('Live takes the default row when no table names it: its token is the default\'s; one typed into the tag is shared by all', () => {
  const viaDefault = withVariables(serverWithTokens([['Staging', '{{Token}}']], constant('Token', CANARY)), lookupTable('Pinterest conversion token', [['Staging', '{{Token}}']], { default: '{{Token}}' }));
  expect(plan(webWithTagIds([['Staging', '2619999999999']]), viaDefault).warnings).toEqual(['Live (which takes the default row) and Staging share an access token: both use {{Token}}']);
  const typed = fixtureContainer('server');
  setParameter(typed, CAPI_TAG, 'accessToken', CANARY);
  const { text, warnings } = plan(webWithTagIds(), typed);
  expect(warnings).toContain('Live and Staging share an access token: both use the token typed into the tag');
  expect(text).toContain('| Staging | `2619999999999` | `https://sgtm.shop.example/pinterest/events` | `549755885175` | typed into the tag (value not shown) | `/pinterest/events` |');
  expect(text).not.toContain('CANARY');
});

test('an environment with no tag ID: an empty row or no default', () => {
  const web = withVariables(fixtureContainer('web'), lookupTable('Pinterest tag ID', [['Live', '2612345678901'], ['Development', '']]));
  expect(plan(web).warnings).toEqual([
    'environment Development has no tag ID: its value is empty',
    'environments the tables do not name (the default row) have no tag ID: {{Pinterest tag ID}} gives undefined there',
  ]);
  expect(plan(web).text).toContain('| Development | (empty) |');
});

test('a table on another input: "switches on" it, a warning, and no matrix', () => {
  const web = withVariables(fixtureContainer('web'), lookupTable('Pinterest tag ID', [['shop.example', '2612345678901']], { input: '{{Page Hostname}}' }));
  const { text, warnings } = plan(web);
  expect(text).toContain('| Tag ID | {{Pinterest tag ID}}: Lookup Table, switches on {{Page Hostname}} |');
  expect(text).not.toContain('## Environments');
  expect(warnings).toEqual(['{{Pinterest tag ID}} switches on {{Page Hostname}}, not {{Environment Name}}: the plan cannot tell which value each environment gets']);
});

test('a cycle of variables and a chain deeper than 5 are reported, never followed', () => {
  const cycle = withVariables(fixtureContainer('web'), lookupTable('Pinterest tag ID', [['Staging', '{{Staging tag ID}}']], { default: '2612345678901' }), constant('Staging tag ID', '{{Pinterest tag ID}}'));
  const looped = plan(cycle);
  expect(looped.text).toContain('| Staging | a cycle: {{Pinterest tag ID}} → {{Staging tag ID}} → {{Pinterest tag ID}} |');
  expect(looped.warnings).toEqual(['{{Pinterest tag ID}} → {{Staging tag ID}} → {{Pinterest tag ID}}: these variables name each other in a cycle; the plan stops there']);
  const chain = Array.from({ length: 5 }, (_, i) => constant(`Hop ${i + 1}`, i < 4 ? `{{Hop ${i + 2}}}` : '2619999999999'));
  const deep = plan(withVariables(fixtureContainer('web'), lookupTable('Pinterest tag ID', [['Staging', '{{Hop 1}}']], { default: '{{Hop 2}}' }), ...chain));
  expect(deep.text).toContain('| Staging | more than 5 variables deep: {{Pinterest tag ID}} → {{Hop 1}} → {{Hop 2}} → {{Hop 3}} → {{Hop 4}} → {{Hop 5}} |');
  expect(deep.text).toContain('| other environments (default) | `2619999999999` |');
});

test('a pattern RE2 refuses matches nothing and is reported; options a hand-written export leaves out are GTM\'s for a new table', () => {
  const table = regexTable('Pinterest tag ID', [['(?=Live)Live', '2610000000000'], ['live', '2612345678901']]);
  table.parameter = table.parameter.filter((p) => !['fullMatch', 'ignoreCase', 'replaceAfterMatch'].includes(p.key ?? ''));
  const { text, warnings } = plan(withVariables(fixtureContainer('web'), table));
  expect(warnings).toContain('{{Pinterest tag ID}} row 1: the pattern is not RE2 syntax (lookaround and backreferences are not) or longer than 1000 characters; the plan matches no environment with it');
  expect(text).toContain('RegEx Table, full matches only, ignore case, capture groups on: `(?=Live)Live` (selects none of the names known) → `2610000000000`; `live` (selects Live) → `2612345678901`');
});
