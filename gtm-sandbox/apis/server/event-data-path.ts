/** Event data key paths: dots walk objects and arrays (`items.0.price`). @see https://developers.google.com/tag-platform/tag-manager/server-side/api#geteventdata */
export function readKeyPath(root: unknown, keyPath: string): unknown {
  let value: unknown = root;
  for (const segment of keyPath.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
