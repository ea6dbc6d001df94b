/**
 * Visits every object inside a parsed JSON value without recursion: JSON.parse accepts nesting millions
 * of levels deep, which a recursive walk turns into a stack overflow. Pre-order, keys in file order.
 */
export function forEachObject(root: unknown, visit: (o: Record<string, unknown>) => void, skipKey: (key: string) => boolean = () => false): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    const children = Array.isArray(value) ? value : Object.keys(value).filter((k) => !skipKey(k)).map((k) => (value as Record<string, unknown>)[k]);
    if (!Array.isArray(value)) visit(value as Record<string, unknown>);
    for (let i = children.length - 1; i >= 0; i--) if (children[i] !== null && typeof children[i] === 'object') stack.push(children[i]);
  }
}

/** An own property of a parsed JSON object (never one inherited from Object.prototype, e.g. `constructor`). */
export const own = (o: unknown, key: string): unknown => (o !== null && typeof o === 'object' && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);
