/** Programs and what they return, for GTM's `arguments` in every realm (Node, page, a real browser). */
export const ARGUMENT_CASES: [string, string, unknown][] = [
  ['is an array', "function f() { return require('getType')(arguments); } return f(1);", 'array'],
  ['has the array methods', 'function f() { return arguments.slice(1).concat(arguments.length); } return f(1, 2, 3);', [2, 3, 3]],
  ['counts the arguments passed, not the parameters', 'function f(a, b) { return arguments.length; } return f(1);', 1],
  ['is enumerable as an array', 'function f() { const keys = []; for (let k in arguments) keys.push(k); return keys; } return f(\'x\', \'y\');', ['0', '1']],
  ['is its own in an arrow with a block body', 'function outer() { const inner = () => { return arguments[0]; }; return inner(\'inner\'); } return outer(\'outer\');', 'inner'],
  ['is its own in an arrow with an expression body', 'function outer() { const inner = (a) => arguments.length; return inner(1, 2); } return outer();', 2],
  ['is its own in nested arrows', 'const f = (a) => (b) => arguments[0] + arguments.length; return f(1, 2)(3);', 4],
  ['is its own in an arrow whose body is parenthesized', 'const f = () => (arguments); return f(1, 2);', [1, 2]],
  ['survives a comment holding an arrow in the head', 'const f = (a /* => */) => arguments; return f(7);', [7]],
  ['leaves `a.arguments` alone', 'const o = {arguments: 5}; function f() { return o.arguments + arguments.length; } return f(1, 2);', 7],
];
