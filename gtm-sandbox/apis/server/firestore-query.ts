/** One Firestore query condition `[field, operator, value]` (field paths may be dotted). https://firebase.google.com/docs/firestore/query-data/queries */
import { readKeyPath } from './event-data-path';

export function matchesCondition(data: Record<string, unknown>, condition: unknown[]): boolean {
  const [field, operator, expected] = condition;
  const actual = readKeyPath(data, String(field));
  const list = Array.isArray(expected) ? expected : [];
  switch (operator) {
    case '==': return same(actual, expected);
    case '!=': return actual !== undefined && !same(actual, expected);
    case '<': return compare(actual, expected) < 0;
    case '<=': return compare(actual, expected) <= 0;
    case '>': return compare(actual, expected) > 0;
    case '>=': return compare(actual, expected) >= 0;
    case 'array-contains': return Array.isArray(actual) && actual.some((a) => same(a, expected));
    case 'array-contains-any': return Array.isArray(actual) && actual.some((a) => list.some((e) => same(a, e)));
    case 'in': return list.some((e) => same(actual, e));
    case 'not-in': return actual !== undefined && !list.some((e) => same(actual, e));
    default: return false;
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function compare(a: unknown, b: unknown): number {
  if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) return Number.NaN;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}
