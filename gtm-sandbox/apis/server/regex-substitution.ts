/**
 * A replacement string's `$` patterns, as String.prototype.replace reads them (ECMA-262
 * GetSubstitution, https://tc39.es/ecma262/#sec-getsubstitution): `$$`, `$&`, `` $` ``, `$'`, `$1`…`$99`.
 */
import type { Re2Match } from './re2-regex';

export function substitute(replacement: string, matched: string, m: Re2Match, input: string): string {
  return replacement.replace(/\$([$&`']|\d\d?)/g, (whole: string, what: string) => {
    if (what === '$') return '$';
    if (what === '&') return matched;
    if (what === '`') return input.slice(0, m.start);
    if (what === "'") return input.slice(m.end);
    // $nn when group nn exists, else $n followed by the digit, else the text as it is.
    const two = Number(what);
    if (what.length === 2 && two >= 1 && two <= m.groups.length) return m.groups[two - 1] ?? '';
    const one = Number(what[0]);
    if (one >= 1 && one <= m.groups.length) return (m.groups[one - 1] ?? '') + what.slice(1);
    return whole;
  });
}
