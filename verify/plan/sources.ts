/**
 * Where a field's value comes from, as the plan prints it: a typed value, a built-in variable, or a
 * variable with its kind (dataLayer key, constant, template, Lookup or RegEx Table). A secret's variable is
 * named with "set", never its value.
 */
import { templateFor } from '../../gtm-sandbox/container/export-format';
import { code, md } from './markdown';
import { switchesOnEnvironment, type Container } from './plan-container';
import { parametersOf } from './secrets';
import { tableKind } from './variable-tables';

const LONE_REFERENCE = /^\{\{(.+)\}\}$/;

/** A table's kind and what it switches on. */
export function tableSource(container: Container, name: string): string | undefined {
  const table = container.table(name);
  if (!table) return undefined;
  return switchesOnEnvironment(container, table)
    ? `${tableKind(table)} on {{Environment Name}}`
    : `${tableKind(table)}, switches on ${md(table.input) || 'nothing'}`;
}

export function source(container: Container, value: unknown): string {
  const text = String(value ?? '');
  const m = LONE_REFERENCE.exec(text);
  if (!m) return text === '' ? '—' : code(text);
  const variable = container.variables.get(m[1]);
  if (!variable) return `{{${md(m[1])}}} (built-in)`;
  const p = parametersOf(variable.parameter);
  const constant = container.secrets.variables.has(variable.name) ? `constant, ${p.value ? 'set' : '**empty**'} (a secret: value not shown)` : `constant ${code(p.value)}`;
  const kind = variable.type === 'v' ? `dataLayer ${code(p.name)}` : variable.type === 'c' ? constant
    : variable.type.startsWith('cvt_') ? `template ${md(templateFor(container.export, variable.type)?.name)}`
      : tableSource(container, variable.name) ?? `variable type ${md(variable.type)}`;
  return `{{${md(m[1])}}}: ${kind}`;
}

/** A secret field: its variable and "set", or "set" when typed in; never the value. */
export function secretSource(container: Container, value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  if (text === '') return 'not set';
  if (LONE_REFERENCE.test(text)) return source(container, text);
  return 'set, typed into the field (value not shown; keep it in a variable instead)';
}
