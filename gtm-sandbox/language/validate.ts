/**
 * Checks code against GTM's sandboxed-JavaScript subset (language/subset.ts). The compiler runs it on
 * its output and maps positions back to TypeScript; the emulator runs it when it loads a template.
 */
import { parse, type Node } from 'acorn';
import { apiInfo, nearestApiNames, type ContainerContext } from '../api-catalog';
import { diagnostic, locate, type Diagnostic, type Location } from '../diagnostics';
import {
  ALLOWED_NODE_TYPES, CALLABLE_METHODS, GLOBAL_HINTS, METHOD_HINTS, RULES, SANDBOX_GLOBALS,
  TEST_GLOBALS, TEST_SUBJECT_METHODS, type SubsetRule,
} from './subset';
import { checkNode } from './node-rules';
import { walk } from './walk';

export interface ValidateOptions {
  /** File name used in diagnostics. */
  readonly file: string;
  /** When set, require()d names must be APIs of this container type. */
  readonly context?: ContainerContext;
  /** ___TESTS___ code: the test DSL's globals and methods exist. */
  readonly testCode?: boolean;
  /** Check called method names against the standard library (compiler strictness). */
  readonly checkMethods?: boolean;
  /** esbuild output: `void 0` (how esbuild prints `undefined`) is accepted; build/shape-output.ts rewrites it. */
  readonly bundlerOutput?: boolean;
  /** Names declared elsewhere that this code may use (a test's setup). */
  readonly extraGlobals?: Iterable<string>;
  /** The line of its file where the code starts (a .tpl's code section), so diagnostics name the file's own line. */
  readonly firstLine?: number;
}

export interface ApiUse { readonly name: string; readonly line: number; readonly column: number }

/** A call of a required API; literal string arguments kept, others undefined. */
export interface ApiCall { readonly api: string; readonly args: (string | undefined)[]; readonly line: number; readonly column: number }

export interface ValidationResult {
  readonly diagnostics: Diagnostic[];
  /** Calls through the bindings of require()d APIs (`const f = require('f'); f('x')`). */
  readonly apiCalls: ApiCall[];
  /** Every require('literal'), in order. */
  readonly apis: ApiUse[];
  /** Names read as `data.name`. */
  readonly dataFields: Set<string>;
  /** Top-level and nested names the code declares. */
  readonly declared: Set<string>;
}

export function parseSandboxed(code: string): Node {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true, locations: true });
}

export function validateSandboxed(code: string, options: ValidateOptions): ValidationResult {
  const result: ValidationResult = { diagnostics: [], apiCalls: [], apis: [], dataFields: new Set(), declared: new Set() };
  const at = (line: number, column: number): Location => ({ ...locate(options.file, code, line, column), line: line + (options.firstLine ?? 1) - 1 });
  let ast: Node;
  try {
    ast = parseSandboxed(code);
  } catch (error) {
    const e = error as SyntaxError & { loc?: { line: number; column: number } };
    const loc = e.loc ?? { line: 1, column: 0 };
    result.diagnostics.push(diagnostic(RULES.syntax.id, 'error', e.message.replace(/ \(\d+:\d+\)$/, ''), at(loc.line, loc.column)));
    return result;
  }
  const report = (node: Node, rule: SubsetRule, text = rule.reason, notes: string[] = []): void => {
    const start = node.loc?.start ?? { line: 1, column: 0 };
    result.diagnostics.push(diagnostic(rule.id, 'error', text, at(start.line, start.column), notes));
  };

  collectDeclarations(ast, result.declared);
  const known = new Set<string>([...SANDBOX_GLOBALS, ...result.declared, ...(options.extraGlobals ?? [])]);
  if (options.testCode) for (const name of TEST_GLOBALS) known.add(name);
  const methods = new Set<string>(CALLABLE_METHODS);
  if (options.testCode) for (const name of TEST_SUBJECT_METHODS) methods.add(name);
  const reportedGlobals = new Set<string>();
  const bindings = apiBindings(ast);

  walk(ast, ({ node, parent, key, functionDepth }) => {
    const rule = checkNode(node);
    if (rule === RULES.voidOperator && options.bundlerOutput && isVoidZero(node)) return true;
    if (rule) {
      report(node, rule);
      return false;
    }
    if (!ALLOWED_NODE_TYPES.has(node.type)) {
      report(node, RULES.unsupported, `${node.type} is not part of GTM's sandboxed JavaScript`);
      return false;
    }
    if (node.type === 'Identifier' && isReference(parent, key)) {
      const name = (node as unknown as { name: string }).name;
      if (name === 'arguments' && functionDepth > 0) return true;
      if (isBundlerHelper(name)) {
        if (!reportedGlobals.has(name)) report(node, RULES.bundlerHelper, `\`${name}\` is an esbuild helper: ${RULES.bundlerHelper.reason}`);
        reportedGlobals.add(name);
      } else if (!known.has(name) && !reportedGlobals.has(name)) {
        reportedGlobals.add(name);
        const hint = GLOBAL_HINTS[name];
        report(node, RULES.unknownGlobal, `\`${name}\` is not defined in the sandbox${hint ? `: ${hint}` : ''}`);
      }
    }
    if (node.type === 'MemberExpression') {
      const member = node as unknown as { object: Node & { name?: string }; property: Node & { name?: string }; computed: boolean };
      if (!member.computed && member.object.type === 'Identifier' && member.object.name === 'data' && member.property.name) {
        result.dataFields.add(member.property.name);
      }
    }
    if (node.type === 'CallExpression') {
      checkCall(node, options, methods, result, report);
      recordApiCall(node, bindings, result.apiCalls);
    }
    return true;
  });
  result.diagnostics.sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
  return result;
}

function checkCall(
  node: Node, options: ValidateOptions, methods: Set<string>, result: ValidationResult,
  report: (node: Node, rule: SubsetRule, text?: string, notes?: string[]) => void,
): void {
  const call = node as unknown as { callee: Node & Record<string, unknown>; arguments: (Node & { value?: unknown })[] };
  const callee = call.callee;
  if (callee.type === 'Identifier' && callee.name === 'require' && !result.declared.has('require')) {
    const arg = call.arguments[0];
    if (call.arguments.length !== 1 || arg.type !== 'Literal' || typeof arg.value !== 'string') {
      report(node, RULES.requireLiteral);
      return;
    }
    const name = arg.value;
    const start = node.loc?.start ?? { line: 1, column: 0 };
    result.apis.push({ name, line: start.line, column: start.column });
    if (!options.context) return;
    if (!apiInfo(options.context, name)) {
      const other = options.context === 'web' ? 'server' : 'web';
      if (apiInfo(other, name)) {
        report(arg, RULES.apiContext, `require('${name}'): ${name} exists only in ${other} templates`);
      } else {
        const near = nearestApiNames(name);
        report(arg, RULES.unknownApi, `require('${name}'): ${RULES.unknownApi.reason}`, near.length ? [`did you mean ${near.join(', ')}?`] : []);
      }
    }
    return;
  }
  if (options.checkMethods && callee.type === 'MemberExpression' && !callee.computed) {
    const name = (callee.property as { name?: string }).name;
    if (name && !methods.has(name)) {
      const hint = METHOD_HINTS[name];
      report(callee.property as Node, RULES.unknownMethod, `.${name}() is not in GTM's standard library${hint ? `: ${hint}` : ''}`);
    }
  }
}

/** Whether an Identifier reads a variable (rather than naming a property, label or declaration). */
export function isReference(parent: Node | null, key: string | null): boolean {
  if (!parent) return true;
  const p = parent as unknown as { type: string; computed?: boolean; shorthand?: boolean };
  switch (parent.type) {
    case 'MemberExpression': return key !== 'property' || p.computed === true;
    case 'Property': return key === 'value' || (key === 'key' && p.computed === true);
    case 'VariableDeclarator': return key !== 'id';
    case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression': return key === 'body';
    case 'LabeledStatement': case 'BreakStatement': case 'ContinueStatement': return false;
    case 'CatchClause': return key !== 'param';
    default: return true;
  }
}

/** Every name code declares (none when it does not parse; the validator reports that). */
export function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  try {
    collectDeclarations(parseSandboxed(code), names);
  } catch {
    // A syntax error is the validator's to report.
  }
  return names;
}

/** Every name the code declares anywhere (a deliberate over-approximation: one scope). */
function collectDeclarations(ast: Node, into: Set<string>): void {
  walk(ast, ({ node }) => {
    const n = node as unknown as { type: string; id?: Node | null; params?: Node[] };
    if ((n.type === 'VariableDeclarator' || n.type.startsWith('Function')) && n.id) collectPattern(n.id, into);
    for (const param of n.params ?? []) collectPattern(param, into);
  });
}

/** Names bound by a declaration target, including those inside (rejected) patterns. */
function collectPattern(node: Node, into: Set<string>): void {
  const n = node as unknown as { type: string; name?: string; left?: Node; argument?: Node; elements?: (Node | null)[]; properties?: { value?: Node; argument?: Node }[] };
  if (n.type === 'Identifier' && n.name) into.add(n.name);
  if (n.left) collectPattern(n.left, into);
  if (n.argument) collectPattern(n.argument, into);
  for (const e of n.elements ?? []) if (e) collectPattern(e, into);
  for (const p of n.properties ?? []) collectPattern((p.value ?? p.argument) as Node, into);
}

/** Names of the runtime helpers esbuild injects (https://github.com/evanw/esbuild/blob/main/internal/runtime/runtime.go). */
function isBundlerHelper(name: string): boolean {
  return /^__(defProp|defProps|getOwnProp\w*|getProtoOf|hasOwnProp|propIsEnum|export|reExport|toCommonJS|toESM|commonJS|esm|require|copyProps|create|spread\w*|objRest|rest|publicField|async|await\w*|name|template|knownSymbol|defNormalProp|pow|decorate\w*|using|callDispose|typeError|accessCheck|privateIn|private\w*|superGet|superSet)$/.test(name);
}

/** local name → API name for `const x = require('api')` declarations. */
function apiBindings(ast: Node): Map<string, string> {
  const out = new Map<string, string>();
  walk(ast, ({ node }) => {
    const d = node as unknown as { type: string; id?: { type: string; name: string }; init?: { type: string; callee?: { name?: string }; arguments?: { type: string; value?: unknown }[] } };
    if (d.type === 'VariableDeclarator' && d.id?.type === 'Identifier' && d.init?.type === 'CallExpression' && d.init.callee?.name === 'require') {
      const arg = d.init.arguments?.[0];
      if (arg?.type === 'Literal' && typeof arg.value === 'string') out.set(d.id.name, arg.value);
    }
  });
  return out;
}

function recordApiCall(node: Node, bindings: Map<string, string>, into: ApiCall[]): void {
  const call = node as unknown as { callee: { type: string; name?: string }; arguments: { type: string; value?: unknown }[] };
  if (call.callee.type !== 'Identifier' || !call.callee.name) return;
  const api = bindings.get(call.callee.name);
  if (!api) return;
  const start = node.loc?.start ?? { line: 1, column: 0 };
  into.push({
    api,
    args: call.arguments.map((a) => (a.type === 'Literal' && typeof a.value === 'string' ? a.value : undefined)),
    line: start.line,
    column: start.column,
  });
}

/** `void 0`, which esbuild prints for `undefined`. */
export function isVoidZero(node: Node): boolean {
  const n = node as unknown as { type: string; operator?: string; argument?: { type: string; value?: unknown } };
  return n.type === 'UnaryExpression' && n.operator === 'void' && n.argument?.type === 'Literal' && n.argument.value === 0;
}
