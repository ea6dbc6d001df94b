/** bench/measure.ts counts what a template calls: require() itself, API functions, and object API methods. */
import { countFire } from '../../bench/measure';
import type { Subject } from '../../bench/subjects';
import { encodePermissions } from '../../gtm-sandbox/permissions/codec';
import type { ParsedTemplate } from '../../gtm-sandbox/tpl/read';

const template = (code: string): ParsedTemplate => ({
  sections: new Map(), hasBom: false, context: 'web', type: 'TAG', info: { type: 'TAG', containerContexts: ['WEB'] }, parameters: [], code,
  permissions: encodePermissions({}), tests: { scenarios: [], setup: '' }, notes: '',
});
const subject = (code: string): Subject => ({ name: 'probe', group: 'web tag', ours: true, template: template(code), data: {}, world: () => ({}) });

test('every require, API call and object API method call is counted once; plain code is not', async () => {
  const count = await countFire(subject(`const getType = require('getType');
const JSON = require('JSON');
const kinds = [getType(1), getType('a'), typeof 2];
const text = JSON.stringify(kinds);
if (JSON.parse(text).length === 3) data.gtmOnSuccess();`));
  expect(count.result).toBe('success');
  expect(Object.fromEntries(count.byApi)).toEqual({ require: 2, getType: 2, 'JSON.stringify': 1, 'JSON.parse': 1 });
  expect(count.calls).toBe(6);
});

test('a fire that throws, or code the sandbox refuses, is reported as such, not as a success', async () => {
  expect((await countFire(subject("const JSON = require('JSON');\nJSON.parse('{}').a.b;"))).result).toMatch(/^exception/);
  expect((await countFire(subject('undefinedFunction();'))).result).toMatch(/^exception/);
});
