/** Reads and writes dotted paths ('pintrk.queue') in the world's window globals. */
export function getPath(root: Record<string, unknown>, path: string): unknown {
  let value: unknown = root;
  for (const part of path.split('.')) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The object holding the last part of the path (the root itself for a top-level name). */
export function parentOf(root: Record<string, unknown>, path: string): unknown {
  const parts = path.split('.');
  return parts.length === 1 ? root : getPath(root, parts.slice(0, -1).join('.'));
}

/** Sets the value; false when a parent on the path does not exist. */
export function setPath(root: Record<string, unknown>, path: string, value: unknown): boolean {
  const parts = path.split('.');
  const parent = parentOf(root, path);
  if (parent === null || (typeof parent !== 'object' && typeof parent !== 'function')) return false;
  (parent as Record<string, unknown>)[parts[parts.length - 1]] = value;
  return true;
}
