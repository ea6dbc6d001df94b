/** pinterest/characters.ts, run inside the sandbox: the character classes the name, code and digest rules share. */
import { sandboxedFunctions, type SandboxCall } from '../support/sandboxed-functions';

let call: SandboxCall;
beforeAll(async () => {
  call = await sandboxedFunctions('pinterest-characters', { 'pinterest/characters': ['isMadeOf', 'isOneOf'] });
});

test('a text is made of a class when every character is in it; an empty text is', () => {
  expect(['abc', 'aBz', 'a1', 'ä', '', 'a b'].map((t) => call('isMadeOf', t, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'))).toEqual([true, true, false, false, true, false]);
});

test('one character of a class; the empty text (charAt past the end) is in none', () => {
  expect(['-', '.', 'x', ''].map((c) => call('isOneOf', c, '.-'))).toEqual([true, true, false, false]);
});
