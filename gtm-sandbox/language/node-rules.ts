/** Maps a syntax node GTM rejects to the subset rule that names it (language/subset.ts). */
import type { Node } from 'acorn';
import {
  ALLOWED_ASSIGNMENT_OPERATORS, ALLOWED_BINARY_OPERATORS, ALLOWED_LOGICAL_OPERATORS,
  ALLOWED_UNARY_OPERATORS, RULES, type SubsetRule,
} from './subset';

export const BY_TYPE: Readonly<Record<string, SubsetRule>> = {
  NewExpression: RULES.new, ThisExpression: RULES.this, Super: RULES.class,
  ClassDeclaration: RULES.class, ClassExpression: RULES.class,
  TemplateLiteral: RULES.templateLiteral, TaggedTemplateExpression: RULES.templateLiteral,
  ObjectPattern: RULES.destructuring, ArrayPattern: RULES.destructuring,
  SpreadElement: RULES.spread, RestElement: RULES.spread, AssignmentPattern: RULES.defaultParam,
  TryStatement: RULES.tryCatch, ThrowStatement: RULES.throwStatement, ChainExpression: RULES.optionalChaining,
  AwaitExpression: RULES.async, YieldExpression: RULES.generator, LabeledStatement: RULES.label,
  WithStatement: RULES.with, DebuggerStatement: RULES.debuggerStatement,
  ImportDeclaration: RULES.module, ExportNamedDeclaration: RULES.module, ExportDefaultDeclaration: RULES.module,
  ExportAllDeclaration: RULES.module, ImportExpression: RULES.module, MetaProperty: RULES.module,
};

type AnyNode = Node & {
  operator?: string; regex?: unknown; bigint?: string; async?: boolean; generator?: boolean;
  kind?: string; computed?: boolean; method?: boolean; shorthand?: boolean; await?: boolean;
};

/** The rule a node breaks, or null when the node itself is fine (its children are checked separately). */
export function checkNode(node: Node): SubsetRule | null {
  const n = node as AnyNode;
  const byType = BY_TYPE[n.type];
  if (byType) return byType;
  switch (n.type) {
    case 'Literal':
      if (n.regex) return RULES.regex;
      if (n.bigint !== undefined) return RULES.bigint;
      return null;
    case 'FunctionDeclaration': case 'FunctionExpression': case 'ArrowFunctionExpression':
      if (n.async) return RULES.async;
      if (n.generator) return RULES.generator;
      return null;
    case 'ForOfStatement':
      return n.await ? RULES.async : null;
    case 'Property':
      if (n.kind === 'get' || n.kind === 'set') return RULES.accessor;
      if (n.computed) return RULES.computedKey;
      if (n.method || n.shorthand) return RULES.shorthand;
      return null;
    case 'UnaryExpression':
      if (n.operator === 'delete') return RULES.deleteOperator;
      if (n.operator === 'void') return RULES.voidOperator;
      return ALLOWED_UNARY_OPERATORS.has(n.operator ?? '') ? null : RULES.unsupported;
    case 'BinaryExpression':
      if (n.operator === 'in') return RULES.inOperator;
      if (n.operator === 'instanceof') return RULES.instanceofOperator;
      if (n.operator === '**') return RULES.exponent;
      return ALLOWED_BINARY_OPERATORS.has(n.operator ?? '') ? null : RULES.unsupported;
    case 'LogicalExpression':
      if (n.operator === '??') return RULES.nullish;
      return ALLOWED_LOGICAL_OPERATORS.has(n.operator ?? '') ? null : RULES.unsupported;
    case 'AssignmentExpression':
      if (n.operator === '**=') return RULES.exponent;
      if (n.operator === '??=') return RULES.nullish;
      return ALLOWED_ASSIGNMENT_OPERATORS.has(n.operator ?? '') ? null : RULES.unsupported;
    case 'VariableDeclaration':
      return n.kind === 'var' || n.kind === 'let' || n.kind === 'const' ? null : RULES.unsupported;
    default:
      return null;
  }
}
