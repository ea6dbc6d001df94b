/** A minimal ESTree walker that hands each node its parent and the key it sits under. */
import type { Node } from 'acorn';

export interface Visit {
  readonly node: Node;
  readonly parent: Node | null;
  readonly key: string | null;
  /** Functions enclosing the node, innermost last. */
  readonly functionDepth: number;
}

// Not 'value': Property.value is a node (a Literal's value never is, and isNode filters it).
const SKIPPED_KEYS = new Set(['type', 'start', 'end', 'loc', 'range', 'raw', 'regex', 'bigint']);
const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** Visits every node depth-first; return false from `enter` to skip a node's children. */
export function walk(root: Node, enter: (visit: Visit) => boolean | void): void {
  const stack: Visit[] = [{ node: root, parent: null, key: null, functionDepth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    if (enter(visit) === false) continue;
    const depth = visit.functionDepth + (FUNCTION_TYPES.has(visit.node.type) ? 1 : 0);
    const children: Visit[] = [];
    for (const key of Object.keys(visit.node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const value = (visit.node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isNode(child)) children.push({ node: child, parent: visit.node, key, functionDepth: depth });
      }
    }
    // Push in reverse so that nodes are visited in source order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
