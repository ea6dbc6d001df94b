/**
 * Mutation checks of the Tests-tab runner: scenarios that pass must fail once their expected value is
 * wrong, wherever the expectation sits (straight after runCode, in `then`, callLater, a mock, an API
 * callback). A runner that lets a wrong expectation pass hides real bugs. Checked on small scenarios
 * of our own and on every scenario of this repository's templates.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, type Node } from 'acorn';
import { findTemplates } from '../../build/find-templates';
import { walk } from '../../gtm-sandbox/language/walk';
import { runScenario } from '../../gtm-sandbox/test-runner/run-tests';
import { parseTemplate, type ParsedTemplate } from '../../gtm-sandbox/tpl/read';
import type { PermissionMap } from '../../gtm-sandbox/permissions/codec';
import { template } from '../support/template-builder';

jest.setTimeout(60000);

/** Matchers whose expected value can be made wrong (for negated ones a changed value would still pass). */
const POSITIVE = new Set(['isEqualTo', 'isStrictlyEqualTo', 'wasCalledWith', 'contains', 'containsExactly', 'hasLength']);
/** Each matcher and its negation: the other wrong expectation when no literal can be changed. */
const NEGATION: Record<string, string> = {
  isEqualTo: 'isNotEqualTo', isStrictlyEqualTo: 'isNotStrictlyEqualTo', contains: 'doesNotContain', containsExactly: 'doesNotContainExactly',
  wasCalled: 'wasNotCalled', wasCalledWith: 'wasNotCalledWith', isTrue: 'isFalse', isTruthy: 'isFalsy', isUndefined: 'isDefined',
  isNull: 'isNotNull', isEmpty: 'isNotEmpty', isNaN: 'isNotNaN', isInfinity: 'isNotInfinity', isAnyOf: 'isNoneOf',
};
for (const [a, b] of Object.entries({ ...NEGATION })) NEGATION[b] = a;

interface Edit { start: number; end: number; text: string }
type Call = Node & { callee: Node & { property: Node & { name?: string }; computed?: boolean }; arguments: Node[] };

/** A literal made wrong: another string, the next number, the other boolean. */
function wrongLiteral(node: Node): Edit | null {
  const value = (node as Node & { value?: unknown }).value;
  if (node.type !== 'Literal' || value === null || value instanceof RegExp) return null;
  const text = typeof value === 'string' ? JSON.stringify(`${value}·mutant`) : typeof value === 'number' ? String(value + 1) : String(!value);
  return { start: node.start, end: node.end, text };
}

/** The scenario with its last expectation made wrong, or null when it has none that could be. */
export function mutateLastExpectation(code: string): string | null {
  const ast = parse(code, { ecmaVersion: 'latest', allowReturnOutsideFunction: true });
  let last: Call | null = null;
  walk(ast, ({ node }) => {
    const call = node as Call;
    const name = call.type === 'CallExpression' && call.callee.type === 'MemberExpression' && !call.callee.computed ? call.callee.property.name : undefined;
    if (name && NEGATION[name] && (!last || call.start > last.start)) last = call;
  });
  const call = last as Call | null;
  if (!call) return null;
  const name = call.callee.property.name as string;
  let edit: Edit | null = null;
  if (POSITIVE.has(name)) {
    for (const arg of call.arguments) walk(arg, ({ node }) => { edit = wrongLiteral(node) ?? edit; });
  }
  const change = (edit as Edit | null) ?? { start: call.callee.property.start, end: call.callee.property.end, text: NEGATION[name] };
  return code.slice(0, change.start) + change.text + code.slice(change.end);
}

describe('small scenarios: each passes, and fails once its expected value is wrong', () => {
  const ALLOW: PermissionMap = { send_http: { allowedUrls: 'any' }, logging: { environments: 'all' }, inject_script: { urls: ['https://cdn.example/*'] } };
  const server = template(`const send = require('sendHttpRequest');
    return send('https://api.example/x', {method: 'POST'}, data.body).then((r) => r.statusCode, () => 0);`, { context: 'server', permissions: ALLOW });
  const web = template(`require('injectScript')('https://cdn.example/a.js', () => { require('logToConsole')('loaded'); data.gtmOnSuccess(); }, data.gtmOnFailure);
    require('sha256')(data.email, (h) => require('logToConsole')(h), data.gtmOnFailure, {outputEncoding: 'hex'});`, { type: 'TAG', permissions: ALLOW });
  const ok = "mock('sendHttpRequest', (url, o, body) => require('Promise').create((resolve) => resolve({statusCode: body === 'b' ? 204 : 500})));";
  const CASES: [string, ParsedTemplate, string][] = [
    ['straight after runCode', web, "runCode({email: 'a'}); assertApi('injectScript').wasCalled();"],
    ['in runCode(...).then', server, `${ok} runCode({body: 'b'}).then((status) => assertThat(status).isEqualTo(204));`],
    ['in a chained then', server, `${ok} runCode({body: 'b'}).then((s) => s + 1).then((s) => assertThat(s).isEqualTo(205));`],
    ['in Promise.all', server, `${ok} require('Promise').all([runCode({body: 'b'}), runCode({body: 'c'})]).then((all) => assertThat(all).isEqualTo([204, 500]));`],
    ['in a mock the template calls', server, "mock('sendHttpRequest', (url) => { assertThat(url).isEqualTo('https://api.example/x'); return require('Promise').create((r) => r({statusCode: 200})); }); runCode({});"],
    ['in callLater', web, "runCode({email: 'a'}); require('callLater')(() => assertApi('sha256').wasCalled());"],
    ['after an API callback', web, "mock('injectScript', (url, onSuccess) => onSuccess()); const logs = []; mock('logToConsole', (m) => logs.push(m)); runCode({email: 'abc'}); require('callLater')(() => assertThat(logs).isEqualTo(['loaded', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad']));"],
    ['in a hashing callback', web, "runCode({email: 'abc'}); require('sha256')('abc', (h) => assertThat(h).isEqualTo('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'), undefined, {outputEncoding: 'hex'});"],
  ];

  test.each(CASES)('%s', async (_where, t, code) => {
    expect(await runScenario(t, code)).toBeNull();
    const mutant = mutateLastExpectation(code);
    expect(mutant).not.toBeNull();
    expect(await runScenario(t, mutant as string)).not.toBeNull();
  });
});

describe("every scenario of this repository's templates fails once its last expectation is wrong", () => {
  const ROOT = path.resolve(__dirname, '..', '..');
  const files = [...findTemplates(ROOT), path.join(ROOT, 'tests', 'fixtures', 'sample-variable')]
    .map((dir) => path.join(dir, 'template.tpl')).filter((file) => fs.existsSync(file));
  test.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', async (_name, file) => {
    const t = parseTemplate(fs.readFileSync(file, 'utf8'), file);
    const survivors: string[] = [];
    for (const scenario of t.tests.scenarios) {
      const mutant = mutateLastExpectation(scenario.code);
      if (mutant === null) survivors.push(`${scenario.name}: no expectation that a wrong value could fail`);
      else if (await runScenario(t, mutant) === null) survivors.push(`${scenario.name}: passes with a wrong expected value`);
    }
    expect(survivors).toEqual([]);
  });
});
