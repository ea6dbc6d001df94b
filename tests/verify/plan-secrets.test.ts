/** pinterest-gtm plan never prints a secret: the access token in a constant, typed into the tag, or turning up elsewhere. */
import * as path from 'node:path';
import { findTemplates } from '../../build/find-templates';
import { loadDefinition } from '../../build/load-definition';
import type { Parameter } from '../../build/definition';
import { trackingPlan } from '../../verify/plan/tracking-plan';
import { REDACTED } from '../../verify/plan/secrets';
import { fixtureContainer, setParameter } from './builders';

const TOKEN = 'pina_CANARY_TOKEN_5f1e9a0c77';
const CAPI_TAG = 'Pinterest Conversions API';
const plan = (server: ReturnType<typeof fixtureContainer>): string => trackingPlan({ file: 'web.json', json: fixtureContainer('web') }, { file: 'server.json', json: server }).text;

test('a token in a constant: the plan names the variable and says "set"', () => {
  const server = fixtureContainer('server');
  setParameter(server, 'Pinterest conversion token', 'value', TOKEN);
  const text = plan(server);
  expect(text).toContain('| Token | {{Pinterest conversion token}}: constant, set (a secret: value not shown) |');
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(REDACTED); // shown as "set" by design, not caught by the last-line redaction
});

test('a token typed into the tag, an empty one, and a secret variable used by another field', () => {
  const typed = fixtureContainer('server');
  setParameter(typed, CAPI_TAG, 'accessToken', TOKEN);
  expect(plan(typed)).toContain('| Token | set, typed into the field (value not shown; keep it in a variable instead) |');
  expect(plan(typed)).not.toContain(TOKEN);
  const empty = fixtureContainer('server');
  setParameter(empty, CAPI_TAG, 'accessToken', '');
  expect(plan(empty)).toContain('| Token | not set |');
  const reused = fixtureContainer('server');
  setParameter(reused, 'Pinterest conversion token', 'value', TOKEN);
  setParameter(reused, CAPI_TAG, 'adAccountId', '{{Pinterest conversion token}}');
  expect(plan(reused)).toContain('| Ad account | {{Pinterest conversion token}}: constant, set (a secret: value not shown) |');
  expect(plan(reused)).not.toContain(TOKEN);
});

test('the client\'s shared secret: "not set", or its variable and "set", never the value', () => {
  const CLIENT = 'Pinterest';
  expect(plan(fixtureContainer('server'))).toContain('; Shared secret for POST batches (optional): not set');
  const typed = fixtureContainer('server');
  setParameter(typed, CLIENT, 'sharedSecret', TOKEN);
  expect(plan(typed)).toContain('; Shared secret for POST batches (optional): set, typed into the field (value not shown; keep it in a variable instead)');
  expect(plan(typed)).not.toContain(TOKEN);
  const constant = fixtureContainer('server');
  setParameter(constant, 'Pinterest conversion token', 'value', TOKEN);
  setParameter(constant, CLIENT, 'sharedSecret', '{{Pinterest conversion token}}');
  expect(plan(constant)).toContain('; Shared secret for POST batches (optional): {{Pinterest conversion token}}: constant, set (a secret: value not shown)');
  expect(plan(constant)).not.toContain(TOKEN);
});

test('a secret value that turns up anywhere else (a tag named after it) is redacted', () => {
  const server = fixtureContainer('server');
  setParameter(server, CAPI_TAG, 'accessToken', TOKEN);
  server.containerVersion.tag.find((t) => t.name === CAPI_TAG)!.name = `CAPI ${TOKEN}`;
  const text = plan(server);
  expect(text).not.toContain(TOKEN);
  expect(text).toContain(`### CAPI ${REDACTED}`);
});

test('every secret parameter a definition lists is one of its parameters; the Conversions API token is listed', () => {
  const names = (parameters: Parameter[]): string[] => parameters.flatMap((p) => [p.name, ...('subParams' in p && p.subParams ? names(p.subParams) : [])]);
  const definitions = findTemplates(path.resolve(__dirname, '..', '..')).map(loadDefinition);
  for (const d of definitions) for (const secret of d.secretParameters ?? []) expect(names(d.parameters)).toContain(secret);
  expect(definitions.find((d) => d.kind === 'server-tag')?.secretParameters).toContain('accessToken');
}, 30_000);

const capiTag = (server: ReturnType<typeof fixtureContainer>): { name: string } => server.containerVersion.tag.find((t) => t.name === CAPI_TAG)!;

test.each([['a trailing line break', `${TOKEN}\n`], ['a trailing space', `${TOKEN} `], ['leading spaces and a carriage return', `  ${TOKEN}\r\n`]])('a token pasted with %s is hidden in every form it reaches the plan', (_, pasted) => {
  for (const where of ['constant', 'typed'] as const) {
    const server = fixtureContainer('server');
    if (where === 'constant') setParameter(server, 'Pinterest conversion token', 'value', pasted);
    else setParameter(server, CAPI_TAG, 'accessToken', pasted);
    capiTag(server).name = `CAPI ${TOKEN} and ${pasted}`;
    const { text, warnings } = trackingPlan({ file: 'web.json', json: fixtureContainer('web') }, { file: 'server.json', json: server });
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('CANARY');
    expect(text).toMatch(new RegExp(`### CAPI \\[secret: not shown\\] and +\\[secret: not shown\\]`));
    expect(warnings).toEqual([]);
  }
});

test('a secret with characters the plan escapes is hidden as printed; one cut short by a long name is hidden before the cut', () => {
  const secret = 'sh4red|secret<with>`marks`';
  const server = fixtureContainer('server');
  setParameter(server, 'Pinterest', 'sharedSecret', secret);
  capiTag(server).name = `${'n'.repeat(480)} ${secret}`;
  const text = plan(server);
  for (const piece of ['sh4red', 'secret\\<with']) expect(text).not.toContain(piece);
  expect(text).toContain(`${'n'.repeat(480)} ${REDACTED}`);
});

test('a secret shorter than 8 characters: a warning, and hidden only where it stands alone', () => {
  const server = fixtureContainer('server');
  setParameter(server, 'Pinterest', 'sharedSecret', 'abc12');
  capiTag(server).name = 'abc12 and xabc12y';
  const { text, warnings } = trackingPlan({ file: 'web.json', json: fixtureContainer('web') }, { file: 'server.json', json: server });
  expect(text).toContain(`### ${REDACTED} and xabc12y`);
  expect(warnings).toEqual(['the secret in Shared secret for POST batches (optional) of Pinterest is shorter than 8 characters: no access token or shared secret is that short (is it a placeholder?); the plan hides it only where it stands alone']);
  expect(warnings.join('')).not.toContain('abc12');
});
