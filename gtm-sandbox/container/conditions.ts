/**
 * Trigger conditions as GTM evaluates them: `arg0` (usually a variable) compared with `arg1` by the
 * condition's type, optionally negated; a trigger fires when every condition holds.
 * https://support.google.com/tagmanager/answer/7679316
 */
import type { ExportCondition } from './export-format';
import { resolveText, type ResolveVariable } from './parameters';

export function conditionHolds(condition: ExportCondition, resolve: ResolveVariable): boolean {
  const arg = (key: string): string => {
    const p = condition.parameter.find((x) => x.key === key);
    const value = p?.value === undefined ? '' : resolveText(p.value, resolve);
    return value === undefined || value === null ? '' : String(value);
  };
  const left = arg('arg0');
  const right = arg('arg1');
  const ignoreCase = condition.parameter.some((p) => p.key === 'ignore_case' && p.value === 'true');
  const negate = condition.parameter.some((p) => p.key === 'negate' && p.value === 'true');
  const [a, b] = ignoreCase ? [left.toLowerCase(), right.toLowerCase()] : [left, right];
  let holds: boolean;
  switch (condition.type) {
    case 'EQUALS': holds = a === b; break;
    case 'CONTAINS': holds = a.includes(b); break;
    case 'STARTS_WITH': holds = a.startsWith(b); break;
    case 'ENDS_WITH': holds = a.endsWith(b); break;
    case 'MATCH_REGEX': holds = safeRegex(right, ignoreCase).test(left); break;
    case 'CSS_SELECTOR': holds = false; break;
    case 'GREATER': holds = Number(a) > Number(b); break;
    case 'LESS': holds = Number(a) < Number(b); break;
    default: holds = false;
  }
  return negate ? !holds : holds;
}

function safeRegex(pattern: string, ignoreCase: boolean): RegExp {
  try { return new RegExp(pattern, ignoreCase ? 'i' : ''); } catch { return /$^/; }
}
