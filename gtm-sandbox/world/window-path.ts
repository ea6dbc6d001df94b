/** Reads and writes dotted paths ('pintrk.queue') in the world's window globals. */
export function getPath(root: Record<string, unknown>, path: string): unknown {
  let value: unknown = root;
  for (const part of path.split('.')) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Sets the value; false when a parent on the path does not exist. */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): boolean {
  const parts = path.split('.');
  const parent = parts.length === 1 ? root : getPath(root, parts.slice(0, -1).join('.'));
  if (parent === null || (typeof parent !== 'object' && typeof parent !== 'function')) return false;
  (parent as Record<string, unknown>)[parts[parts.length - 1]] = value;
  return true;
}
