/**
 * GTM's sandboxed JavaScript subset: the ONE allowlist that the compiler, the emulator and the lint
 * config read. Change the language here and nowhere else.
 *
 * Sources: https://developers.google.com/tag-platform/tag-manager/templates/sandboxed-javascript
 * ("ECMAScript 5.1 plus arrow functions and const/let; no new, no this"), the standard library page
 * https://developers.google.com/tag-platform/tag-manager/templates/standard-library, and what published
 * Gallery templates use (they pass GTM's compiler). Constructs GTM's docs do not settle are decided in
 * docs/emulator-fidelity.md.
 */

/** ESTree node types GTM accepts as they are. */
export const ALLOWED_NODE_TYPES: ReadonlySet<string> = new Set([
  'Program', 'ExpressionStatement', 'BlockStatement', 'EmptyStatement', 'ReturnStatement',
  'BreakStatement', 'ContinueStatement', 'IfStatement', 'SwitchStatement', 'SwitchCase',
  'WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement',
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'VariableDeclaration',
  'VariableDeclarator', 'Identifier', 'Literal', 'ArrayExpression', 'ObjectExpression', 'Property',
  'UnaryExpression', 'UpdateExpression', 'BinaryExpression', 'LogicalExpression',
  'AssignmentExpression', 'ConditionalExpression', 'CallExpression', 'MemberExpression',
  'SequenceExpression',
]);

export const ALLOWED_UNARY_OPERATORS: ReadonlySet<string> = new Set(['-', '+', '!', '~', 'typeof']);
export const ALLOWED_BINARY_OPERATORS: ReadonlySet<string> = new Set([
  '==', '!=', '===', '!==', '<', '<=', '>', '>=', '<<', '>>', '>>>', '+', '-', '*', '/', '%', '|', '^', '&',
]);
export const ALLOWED_LOGICAL_OPERATORS: ReadonlySet<string> = new Set(['||', '&&']);
export const ALLOWED_ASSIGNMENT_OPERATORS: ReadonlySet<string> = new Set([
  '=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '>>>=', '|=', '^=', '&=',
]);

/** A construct GTM rejects, with the rule id every diagnostic about it carries. */
export interface SubsetRule {
  readonly id: string;
  /** One line: what is wrong and what to write instead. */
  readonly reason: string;
}

const rule = (id: string, reason: string): SubsetRule => ({ id: `gtm/${id}`, reason });

/** Every rule id the validators can report, in one table. */
export const RULES = {
  new: rule('no-new', '`new` does not exist in sandboxed JavaScript; build values with literals and APIs'),
  this: rule('no-this', 'functions have no `this` in sandboxed JavaScript; pass values as arguments'),
  class: rule('no-class', 'classes do not exist in sandboxed JavaScript; use functions and object literals'),
  regex: rule('no-regex-literal', 'regex literals do not exist; pass a string pattern to match/replace/search (server: createRegex)'),
  templateLiteral: rule('no-template-literal', 'template literals are not supported; concatenate strings'),
  destructuring: rule('no-destructuring', 'destructuring is not supported; read properties one by one'),
  spread: rule('no-spread', 'spread and rest (`...`) are not supported; copy properties or use `arguments`'),
  defaultParam: rule('no-default-params', 'default parameters are not supported; test for undefined in the body'),
  tryCatch: rule('no-try', '`try`/`catch` is not supported; GTM APIs report failure by return value or callback'),
  throwStatement: rule('no-throw', '`throw` is not supported; call data.gtmOnFailure() or return early'),
  deleteOperator: rule('no-delete', '`delete` is not supported; use require(\'Object\').delete(obj, key)'),
  voidOperator: rule('no-void', '`void` is not supported; use `undefined`'),
  inOperator: rule('no-in-operator', 'the `in` operator is not supported; use obj.hasOwnProperty(key)'),
  instanceofOperator: rule('no-instanceof', '`instanceof` is not supported (there are no constructors); use getType()'),
  exponent: rule('no-exponent', '`**` is not supported; use Math.pow()'),
  optionalChaining: rule('no-optional-chaining', '`?.` is not supported; test each level for undefined'),
  nullish: rule('no-nullish-coalescing', '`??` is not supported; use a conditional'),
  async: rule('no-async', 'async functions and `await` are not supported; use callbacks or Promise.create (server)'),
  generator: rule('no-generator', 'generators are not supported'),
  accessor: rule('no-getter-setter', 'getters and setters are not supported; use plain properties'),
  shorthand: rule('no-object-shorthand', 'shorthand properties and methods are not supported; write `key: value`'),
  computedKey: rule('no-computed-key', 'computed keys in object literals are not supported; assign obj[key] = value'),
  label: rule('no-label', 'labelled statements are not supported'),
  with: rule('no-with', '`with` is not supported'),
  debuggerStatement: rule('no-debugger', '`debugger` is not supported'),
  bigint: rule('no-bigint', 'BigInt literals are not supported'),
  module: rule('no-module-syntax', 'import/export and import() do not exist in sandboxed JavaScript'),
  unsupported: rule('unsupported-syntax', 'this syntax is not part of GTM\'s sandboxed JavaScript'),
  unknownGlobal: rule('unknown-global', 'only `require` and `data` are global; get everything else with require()'),
  unknownMethod: rule('unknown-method', 'this method is not in GTM\'s standard library'),
  requireLiteral: rule('require-literal', 'require() takes one string literal, so GTM can derive permissions'),
  unknownApi: rule('unknown-api', 'this name is not a GTM sandbox API'),
  apiContext: rule('api-not-in-context', 'this API does not exist in this container type'),
  bundlerHelper: rule('bundler-helper', 'the bundler injected a helper the sandbox cannot run (namespace import, `export *` from the entry, or a CommonJS module)'),
  syntax: rule('syntax-error', 'the code does not parse'),
} as const satisfies Record<string, SubsetRule>;

export type RuleKey = keyof typeof RULES;

/** Globals that exist without require(). `undefined` is a value, not an API. */
export const SANDBOX_GLOBALS: ReadonlySet<string> = new Set(['require', 'data', 'undefined']);

/** Globals added in ___TESTS___ code (https://developers.google.com/tag-platform/tag-manager/templates/tests). */
export const TEST_GLOBALS: ReadonlySet<string> = new Set([
  'runCode', 'mock', 'mockObject', 'assertApi', 'assertThat', 'fail',
]);

/**
 * Methods that exist on sandbox values (standard-library page). `hasOwnProperty` is not listed but
 * Meta's and Amplitude's Gallery templates call it, so GTM has it.
 */
export const STRING_METHODS = [
  'charAt', 'concat', 'indexOf', 'lastIndexOf', 'match', 'replace', 'search', 'slice', 'split',
  'substring', 'toLowerCase', 'toLocaleLowerCase', 'toString', 'toUpperCase', 'toLocaleUpperCase', 'trim',
] as const;
export const ARRAY_METHODS = [
  'concat', 'every', 'filter', 'forEach', 'indexOf', 'join', 'lastIndexOf', 'map', 'pop', 'push',
  'reduce', 'reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice', 'toString', 'unshift',
] as const;
export const OBJECT_METHODS = ['toString', 'hasOwnProperty'] as const;
export const NUMBER_METHODS = ['toString'] as const;
export const BOOLEAN_METHODS = ['toString'] as const;

/** Members of the objects some APIs return (JSON, Math, Object, storage, Promise, BigQuery, Firestore). */
export const API_OBJECT_METHODS = [
  'parse', 'stringify', // JSON
  'abs', 'ceil', 'floor', 'max', 'min', 'pow', 'round', 'sqrt', // Math
  'keys', 'values', 'entries', 'freeze', 'delete', // Object
  'getItem', 'setItem', 'removeItem', 'clear', 'getItemCopy', 'setItemCopy', // storages
  'create', 'all', 'then', 'catch', 'finally', // Promise
  'insert', 'read', 'write', 'query', 'runTransaction', // BigQuery, Firestore
  'gtmOnSuccess', 'gtmOnFailure', // data.gtmOnSuccess()
] as const;

/** Methods of the test DSL's subjects (assertApi(...) and assertThat(...)). */
export const TEST_SUBJECT_METHODS = [
  'wasCalled', 'wasNotCalled', 'wasCalledWith', 'wasNotCalledWith',
  'isUndefined', 'isDefined', 'isNull', 'isNotNull', 'isTrue', 'isFalse', 'isTruthy', 'isFalsy',
  'isNaN', 'isNotNaN', 'isInfinity', 'isNotInfinity', 'isEqualTo', 'isNotEqualTo', 'isStrictlyEqualTo',
  'isNotStrictlyEqualTo', 'isAnyOf', 'isNoneOf', 'isGreaterThan', 'isGreaterThanOrEqualTo', 'isLessThan',
  'isLessThanOrEqualTo', 'contains', 'doesNotContain', 'containsExactly', 'doesNotContainExactly',
  'hasLength', 'isEmpty', 'isNotEmpty', 'isArray', 'isBoolean', 'isFunction', 'isNumber', 'isObject',
  'isString',
] as const;

/** Every method name a call may use in template code (`x.name(...)`). */
export const CALLABLE_METHODS: ReadonlySet<string> = new Set<string>([
  ...STRING_METHODS, ...ARRAY_METHODS, ...OBJECT_METHODS, ...API_OBJECT_METHODS,
]);

/** Hints for globals people reach for out of habit. */
export const GLOBAL_HINTS: Readonly<Record<string, string>> = {
  parseInt: 'use makeInteger()', parseFloat: 'use makeNumber()', Number: 'use makeNumber()',
  String: 'use makeString()', JSON: "add const JSON = require('JSON')", Math: "add const Math = require('Math')",
  Object: "add const Object = require('Object')", Date: 'use getTimestampMillis()',
  encodeURIComponent: 'use encodeUriComponent()', decodeURIComponent: 'use decodeUriComponent()',
  encodeURI: 'use encodeUri()', decodeURI: 'use decodeUri()', setTimeout: 'use callLater()',
  console: 'use logToConsole()', window: 'use copyFromWindow()/setInWindow()/callInWindow()',
  document: 'use the web APIs (readTitle, getUrl, ...)', isNaN: 'compare the value with itself',
  Array: "use getType(x) === 'array'", RegExp: 'use a string pattern (server: createRegex)',
  Promise: "add const Promise = require('Promise') (server)",
};

/** Methods people reach for that GTM lacks, with what to use instead. */
export const METHOD_HINTS: Readonly<Record<string, string>> = {
  includes: 'use indexOf(x) !== -1', startsWith: 'use indexOf(x) === 0', endsWith: 'compare slice(-n)',
  padStart: 'concatenate in a loop', padEnd: 'concatenate in a loop', find: 'use filter(...)[0]',
  findIndex: 'loop with a counter', toFixed: 'use Math.round(x * 100) / 100', trimStart: 'use trim()',
  trimEnd: 'use trim()', repeat: 'concatenate in a loop', flat: 'use concat in a loop', call: 'call the function directly',
  apply: 'call the function directly', bind: 'use a closure', test: 'use match() or testRegex() (server)',
  replaceAll: 'loop replace() while indexOf() finds the text, or split(x).join(y)',
};
