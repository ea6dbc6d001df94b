/** A deep copy of a window value. @see https://developers.google.com/tag-platform/tag-manager/templates/api#copyfromwindow */
import { str, type ApiImplementation } from '../api';
import { getPath } from '../../world/window-path';

export const copyFromWindow: ApiImplementation = (ctx) => (key: unknown) => {
  ctx.permissions.assert('copyFromWindow', 'access_globals', `reading "${str(key)}"`, 'read', str(key));
  return structuredCopy(getPath(ctx.world.window, str(key)));
};

/** Window values are copied, never shared: later page changes do not reach the sandbox's copy. */
function structuredCopy(value: unknown, seen: unknown[] = []): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.includes(value)) return undefined;
  const next = [...seen, value];
  if (Array.isArray(value)) return value.map((v) => structuredCopy(v, next));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = structuredCopy((value as Record<string, unknown>)[key], next);
  return out;
}
