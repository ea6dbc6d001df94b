/**
 * Every regular expression of gtm-sandbox/ that reads text a caller controls (a request to `serve`: its
 * path, query, headers, cookies and body; a container export or a .tpl file; what a template's code
 * passes to an API) does work that grows linearly with that text, on inputs where a backtracking pattern
 * explodes. As tests/verify/regex-work.test.ts does it (tests/support/regex-growth.ts): two sizes eight
 * times apart, the CPU time of the larger at most 24 times the smaller's (linear: about 8; quadratic: 64),
 * each the least of three runs, three attempts; no wall-clock limit.
 *
 * A second test lists every file of gtm-sandbox/ holding a regular expression and fails when one is
 * neither timed here nor reviewed, so a new pattern is judged too.
 */
import * as path from 'node:path';
import { jsonErrorMessage } from '../../gtm-sandbox/cli/json-file';
import { redactCredentials } from '../../gtm-sandbox/cli/redact';
import { conditionHolds } from '../../gtm-sandbox/container/conditions';
import { resolveText } from '../../gtm-sandbox/container/parameters';
import { formatLogLine } from '../../gtm-sandbox/container/server-container';
import { eventsFromMpv1, eventsFromMpv2, isMpv1, isMpv2 } from '../../gtm-sandbox/apis/server/measurement-protocol';
import { substitute } from '../../gtm-sandbox/apis/server/regex-substitution';
import { requestHeader, requestQuery } from '../../gtm-sandbox/apis/server/request-parts';
import { validateParameters } from '../../gtm-sandbox/parameters/validate-parameters';
import { urlMatches } from '../../gtm-sandbox/permissions/patterns';
import { readLenient } from '../../gtm-sandbox/tpl/lenient-reader';
import { parseTemplate } from '../../gtm-sandbox/tpl/read';
import { urlComponent } from '../../gtm-sandbox/world/url-component';
import { filesWithPatterns, linearRatio, RATIO_LIMIT } from '../support/regex-growth';
import { condition, request, serverApis } from './regex-builders';

const ROOT = path.resolve(__dirname, '..', '..');
const N = 4000;

/** Runs `work`; a refusal (an exception) is an answer too. */
const settle = (work: () => unknown): unknown => { try { return work(); } catch (error) { return error; } };
const input = (text: string) => (name: string): unknown => (name === 'Input' ? text : undefined);
const jsonError = (text: string): string => { try { JSON.parse(text); return ''; } catch (error) { return jsonErrorMessage(text, 'request.json', error); } };

/** [file, what, the work for a hostile input of size n]. */
const CASES: [string, string, (n: number) => () => unknown][] = [
  ['gtm-sandbox/apis/server/get-remote-address.ts', 'a Forwarded header of empty and long for= values', (n) => {
    const require = serverApis(request({ headers: { forwarded: `${'for=";'.repeat(n)}for=${'a'.repeat(n)}` } }));
    return () => require('getRemoteAddress')();
  }],
  ['gtm-sandbox/apis/server/measurement-protocol.ts', 'a path of almost-collect segments and a body of item keys', (n) => {
    const r = request({ method: 'POST', path: `/${'g/collec/'.repeat(n)}r/collect?v=1`, body: `${'pr1=id~'.repeat(n)}&${'k'.repeat(n)}=1\n` });
    return () => [isMpv1(r), isMpv2(r), eventsFromMpv1(r), eventsFromMpv2(r)];
  }],
  ['gtm-sandbox/apis/server/request-parts.ts', 'a query of plus signs and a repeated header', (n) => {
    const r = request({ path: `/?${'+'.repeat(n)}=${'+%'.repeat(n)}`, headers: { cookie: ['a=b'.repeat(n), 'c=d'] } });
    return () => [requestQuery(r), requestHeader(r, 'Cookie')];
  }],
  ['gtm-sandbox/apis/common/from-base64.ts', 'base64 of dashes and a late bad character', (n) => () => serverApis()('fromBase64')(`${'-_'.repeat(n)}=!`)],
  ['gtm-sandbox/apis/common/to-base64.ts', 'url-safe base64 of a long text', (n) => () => serverApis()('toBase64')('\u00ff?>'.repeat(n), { urlEncoding: true })],
  ['gtm-sandbox/apis/server/re2-regex.ts', 'createRegex (a+)+$ on a long run of a then !, and long flags', (n) => {
    const require = serverApis();
    return () => [require('testRegex')(require('createRegex')('(a+)+$', 'gi'), `${'a'.repeat(n)}!`), require('createRegex')('a', `${'g'.repeat(n)}x`)];
  }],
  ['gtm-sandbox/apis/server/regex-substitution.ts', 'a replacement of dollar signs and digits', (n) => () => substitute('$1$'.repeat(n), 'a', { start: 0, end: 1, groups: ['x'] }, 'abc')],
  ['gtm-sandbox/container/conditions.ts', 'matches RegEx a*b on a long run of a', (n) => () => conditionHolds(condition('MATCH_REGEX', 'a*b'), input('a'.repeat(n)))],
  ['gtm-sandbox/container/conditions.ts', 'matches RegEx (a+)+$ (ignoring case) on a long run of a then !', (n) => () => conditionHolds(condition('MATCH_REGEX', '(a+)+$', { ignoreCase: true }), input(`${'a'.repeat(n)}!`))],
  ['gtm-sandbox/container/parameters.ts', 'a value of unclosed and empty references', (n) => () => resolveText(`${'{{a'.repeat(n)}${'{{}'.repeat(n)}{{x}}`, () => 'v')],
  ['gtm-sandbox/container/server-container.ts', 'a log line of line breaks', (n) => () => formatLogLine(['\r\n\u2028'.repeat(n), { a: '\n'.repeat(n) }])],
  ['gtm-sandbox/permissions/patterns.ts', 'a URL path of slashes against a pattern with two wildcards', (n) => () => urlMatches('https://a.example/*/*x', `https://a.example${'/'.repeat(n)}`)],
  ['gtm-sandbox/permissions/patterns.ts', 'a pattern host of colons and digits', (n) => () => urlMatches(`https://a.example${':1'.repeat(n)}/`, 'https://a.example/')],
  ['gtm-sandbox/world/url-component.ts', 'the extension of a path of dots', (n) => () => [urlComponent(`https://a.example/${'.a'.repeat(n)}/x`, 'extension'), urlComponent(`https://a.example/?${'?'.repeat(n)}#${'#'.repeat(n)}`, 'query')]],
  ['gtm-sandbox/cli/json-file.ts', 'a --request file of numbers that ends badly', (n) => () => [jsonError(`[${'1,'.repeat(n)}x`), jsonError(`{"a": "${', "'.repeat(n)}`)]],
  ['gtm-sandbox/cli/redact.ts', 'an Authorization header of spaces and line breaks', (n) => () => redactCredentials({ headers: { Authorization: `Bearer ${' \n'.repeat(n)}x\ny` }, log: 'x'.repeat(n) })],
  ['gtm-sandbox/tpl/read.ts', 'a .tpl of underscore lines, CRLF and a broken section', (n) => () => settle(() => parseTemplate(`${'___'.repeat(n)}x\r\n___INFO___\r\n\r\n{"type": "TAG", "a": ${'1'.repeat(n)}x\r\n`))],
  ['gtm-sandbox/tpl/lenient-reader.ts', 'a lenient JSON array of almost-numbers', (n) => () => [readLenient(`[${'1e'.repeat(n)}, -${'0'.repeat(n)}.]`), readLenient(`[${'1,'.repeat(n)}\u0001]`)]],
  ['gtm-sandbox/parameters/validate-parameters.ts', 'a long parameter name and REGEX validator', (n) => () => [
    validateParameters([{ type: 'TEXT', name: `${'a'.repeat(n)}-`, displayName: 'A', valueValidators: [{ type: 'REGEX', args: ['(a+)+$'.repeat(n)] }] }]),
    validateParameters([{ type: 'GROUP', name: 'g', subParams: Array.from({ length: n / 10 }, (_, i) => ({ type: 'TEXT', name: `p${i}`, bogus: 1 })) }]),
  ]],
];

test.each(CASES)('%s: %s grows linearly', (_, __, make) => {
  expect(linearRatio(make, N)).toBeLessThan(RATIO_LIMIT);
});

/** Files whose patterns only ever see bounded or trusted text, with the reason. */
const REVIEWED: Record<string, string> = {
  'gtm-sandbox/cli/args.ts': 'an anchored dash prefix on the command line (the user\'s own arguments)',
  'gtm-sandbox/cli/serve.ts': 'the first 200 characters of the container file',
  'gtm-sandbox/container/http-server.ts': 'an anchored ::ffff: prefix on the socket\'s address, and one class (line breaks) on serve\'s error line',
  'gtm-sandbox/container/http-transport.ts': 'anchored: a --route argument\'s trailing slash, and the local-host prefix of an outgoing URL',
  'gtm-sandbox/diagnostics.ts': 'one character class over one source line (a caret\'s padding)',
  'gtm-sandbox/language/subset.ts': 'the word RegExp in a hint: no pattern',
  'gtm-sandbox/language/validate.ts': 'anchored: the parser\'s own position suffix, and esbuild\'s helper names against an identifier',
};

test('every file of gtm-sandbox/ with a regular expression is timed above or reviewed', () => {
  const timed = new Set(CASES.map(([file]) => file));
  const files = filesWithPatterns(ROOT, ['gtm-sandbox'], ['.ts', '.js']);
  expect(files).toContain('gtm-sandbox/apis/server/get-remote-address.ts');
  expect(files.filter((file) => !timed.has(file) && REVIEWED[file] === undefined)).toEqual([]);
  // A reviewed file that no longer holds a pattern is dropped from the list.
  expect(Object.keys(REVIEWED).filter((file) => !files.includes(file))).toEqual([]);
});
