/** Object: keys values entries freeze delete, on the sandbox's own objects. @see https://developers.google.com/tag-platform/tag-manager/templates/api#object */
import { Raw } from '../../runtime/marshal';
import type { ApiImplementation } from '../api';

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const ObjectApi: ApiImplementation = (ctx) => ({
  keys: (obj: unknown) => (isPlainObject(obj) || Array.isArray(obj) ? Object.keys(obj) : []),
  values: (obj: unknown) => new Raw(ctx.marshal.toSandbox(isPlainObject(obj) || Array.isArray(obj) ? Object.keys(obj).map((k) => ctx.marshal.toHost((obj as Record<string, unknown>)[k])) : [])),
  entries: (obj: unknown) => (isPlainObject(obj) || Array.isArray(obj) ? Object.keys(obj).map((k) => [k, ctx.marshal.toHost((obj as Record<string, unknown>)[k])]) : []),
  freeze: (obj: unknown) => new Raw(typeof obj === 'object' && obj !== null ? Object.freeze(obj) : obj),
  // The delete operator on one top-level key; arrays and dotted keys are refused.
  delete: (obj: unknown, key: unknown) => {
    if (!isPlainObject(obj) || typeof key !== 'string' || Object.isFrozen(obj)) return false;
    return delete obj[key];
  },
});
