/**
 * Trigger conditions as GTM evaluates them: `arg0` (usually a variable) compared with `arg1` by the
 * condition's type, optionally negated; a trigger fires when every condition holds.
 * https://support.google.com/tagmanager/answer/7679316
 * "matches RegEx" runs on RE2 (re2js), as createRegex does in server-side GTM and as the plan reads RegEx
 * Tables (GTM's help does not name the engine; our choice, gtm-sandbox/README.md): the pattern comes from
 * the export and the text from a request or a page, and a backtracking engine takes exponential time on
 * some pairs of them (`(a+)+$` against a long run of `a`). RE2 is linear in the text; a pattern it refuses
 * (lookaround, backreferences) never matches. The match may be anywhere in the text, ignoring case with
 * `ignore_case` (https://developers.google.com/tag-platform/tag-manager/api/reference/rest/v2/Condition).
 */
import { RE2JS } from 're2js';
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
    case 'MATCH_REGEX': holds = compiled(right, ignoreCase)?.test(left) ?? false; break;
    case 'CSS_SELECTOR': holds = false; break;
    case 'GREATER': holds = Number(a) > Number(b); break;
    case 'LESS': holds = Number(a) < Number(b); break;
    default: holds = false;
  }
  return negate ? !holds : holds;
}

/** Compiled patterns (null: refused by RE2), kept across events; a container has a handful. */
const patterns = new Map<string, RE2JS | null>();

function compiled(pattern: string, ignoreCase: boolean): RE2JS | null {
  const key = `${ignoreCase ? 'i' : '-'}${pattern}`;
  if (!patterns.has(key)) {
    if (patterns.size >= 500) patterns.clear();
    let re: RE2JS | null = null;
    try { re = RE2JS.compile(pattern, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0); } catch { /* refused: never matches */ }
    patterns.set(key, re);
  }
  return patterns.get(key) ?? null;
}
