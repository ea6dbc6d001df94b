/**
 * The subset as ESLint `no-restricted-syntax` entries, for template sources in the editor. Derived
 * from subset.ts and node-rules.ts, so lint, compiler and emulator cannot disagree.
 */
import { BY_TYPE } from './node-rules';
import { CALLABLE_METHODS, GLOBAL_HINTS, RULES, TEST_SUBJECT_METHODS, type SubsetRule } from './subset';

export interface RestrictedSyntax { readonly selector: string; readonly message: string }

const message = (rule: SubsetRule): string => `[${rule.id}] ${rule.reason}`;

export interface LintTarget {
  /** TypeScript template sources: modules and the constructs build/bundle.ts lowers are fine. */
  readonly typescriptSource?: boolean;
  /** ___TESTS___ code: the test DSL's methods exist. */
  readonly testCode?: boolean;
}

/** Rules the compiler satisfies by lowering or bundling, so TypeScript sources may use the syntax. */
const LOWERED_IN_TYPESCRIPT = new Set<SubsetRule>([RULES.module, RULES.templateLiteral, RULES.optionalChaining]);

export function restrictedSyntax(target: LintTarget = {}): RestrictedSyntax[] {
  const entries: RestrictedSyntax[] = Object.entries(BY_TYPE)
    .filter(([, rule]) => !(target.typescriptSource && LOWERED_IN_TYPESCRIPT.has(rule)))
    .map(([type, rule]) => ({ selector: type, message: message(rule) }));
  const methods = [...CALLABLE_METHODS, ...(target.testCode ? TEST_SUBJECT_METHODS : [])].sort().join('|');
  entries.push(
    { selector: 'Literal[regex]', message: message(RULES.regex) },
    { selector: 'Literal[bigint]', message: message(RULES.bigint) },
    { selector: ':function[async=true]', message: message(RULES.async) },
    { selector: ':function[generator=true]', message: message(RULES.generator) },
    { selector: "UnaryExpression[operator='delete']", message: message(RULES.deleteOperator) },
    { selector: "UnaryExpression[operator='void']", message: message(RULES.voidOperator) },
    { selector: "BinaryExpression[operator='in']", message: message(RULES.inOperator) },
    { selector: "BinaryExpression[operator='instanceof']", message: message(RULES.instanceofOperator) },
    { selector: "BinaryExpression[operator='**'], AssignmentExpression[operator='**=']", message: message(RULES.exponent) },
    { selector: "Property[kind='get'], Property[kind='set']", message: message(RULES.accessor) },
    { selector: 'Property[computed=true]', message: message(RULES.computedKey) },
    { selector: 'Property[shorthand=true], Property[method=true]', message: message(RULES.shorthand) },
    {
      selector: `CallExpression > MemberExpression.callee[computed=false] > Identifier.property:not([name=/^(${methods})$/])`,
      message: message(RULES.unknownMethod),
    },
    {
      selector: `Identifier[name=/^(${Object.keys(GLOBAL_HINTS).filter((g) => !['JSON', 'Math', 'Object', 'Promise'].includes(g)).join('|')})$/]:not(MemberExpression > .property)`,
      message: message(RULES.unknownGlobal),
    },
  );
  return entries;
}
