/**
 * Tag, client and variable parameters as GTM passes them to template code as `data`: TEMPLATE values
 * are strings with `{{Variable}}` references resolved, BOOLEAN true/false, INTEGER numbers, LIST arrays
 * and MAP objects (table rows). A reference to a lone variable keeps the variable's type.
 */
import type { ExportParameter } from './export-format';

export type ResolveVariable = (name: string) => unknown;

/**
 * `{{name}}` references replaced by their values, as `/\{\{([^}]+)\}\}/g` would find them (a name is one or
 * more characters up to the first `}`), but in one pass: the pattern retries at every `{{` and scans to the
 * next `}` each time, quadratic on a value of many unclosed `{{` (a hostile export). A failed try at `{{`
 * fails the same way at every `{{` before that `}`, so the search goes on after it.
 */
export function resolveText(text: string, resolve: ResolveVariable): unknown {
  const lone = /^\{\{([^}]+)\}\}$/.exec(text);
  if (lone) return resolve(lone[1]);
  let out = '';
  let done = 0;
  for (let from = 0; ;) {
    const open = text.indexOf('{{', from);
    const close = open === -1 ? -1 : text.indexOf('}', open + 2);
    if (close === -1) break;
    if (close > open + 2 && text[close + 1] === '}') {
      out += text.slice(done, open) + show(resolve(text.slice(open + 2, close)));
      done = close + 2;
    }
    from = done > close ? done : close + 1;
  }
  return out + text.slice(done);
}

const show = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function decodeValue(parameter: ExportParameter, resolve: ResolveVariable): unknown {
  switch (parameter.type) {
    case 'BOOLEAN': return parameter.value === 'true';
    case 'INTEGER': return Number(parameter.value);
    case 'LIST': return (parameter.list ?? []).map((p) => decodeValue(p, resolve));
    case 'MAP': return decodeParameters(parameter.map ?? [], resolve);
    default: return parameter.value === undefined ? undefined : resolveText(parameter.value, resolve);
  }
}

/**
 * A parameter list as an object. Keys come from the container export (input): defined as own properties,
 * so a key named `__proto__` is a field like any other and never changes the object's prototype.
 */
export function decodeParameters(parameters: ExportParameter[], resolve: ResolveVariable): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of Array.isArray(parameters) ? parameters : []) {
    if (p === null || typeof p !== 'object' || typeof p.key !== 'string') continue;
    Object.defineProperty(out, p.key, { value: decodeValue(p, resolve), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
