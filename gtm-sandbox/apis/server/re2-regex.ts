/**
 * createRegex's regex: RE2 syntax and linear-time matching, as server-side GTM compiles it ("This API
 * uses an Re2 implementation", https://developers.google.com/tag-platform/tag-manager/server-side/api#createregex),
 * through re2js, a pure-JavaScript port of RE2. A pattern RE2 refuses (lookaround, backreferences,
 * possessive repeats, a repeat count over 1000) gives null, as GTM's createRegex does for an invalid
 * regex. The object works with String's replace, match, search and split through their well-known
 * symbols, with JavaScript's semantics for the results; what those return is copied into the sandbox.
 */
import { RE2JS } from 're2js';
import type { Marshal } from '../../runtime/marshal';
import { substitute } from './regex-substitution';

/** One match: where it starts and ends, and its groups (undefined when a group took no part). */
export interface Re2Match { readonly start: number; readonly end: number; readonly groups: (string | undefined)[] }

export class Re2Regex {
  private constructor(private readonly re: RE2JS, readonly global: boolean, private readonly marshal: Marshal) {}

  /** The regex, or null when RE2 refuses the pattern or a flag other than g and i is given. */
  static compile(pattern: string, flags: string, marshal: Marshal): Re2Regex | null {
    if (!/^[gi]*$/.test(flags)) return null;
    try {
      return new Re2Regex(RE2JS.compile(pattern, flags.includes('i') ? RE2JS.CASE_INSENSITIVE : 0), flags.includes('g'), marshal);
    } catch {
      return null;
    }
  }

  /** Whether the regex matches anywhere in the input (testRegex). */
  test(input: string): boolean {
    return this.re.test(input);
  }

  /** The first match at or after `from`, or null. */
  matchFrom(input: string, from: number): Re2Match | null {
    if (from > input.length) return null;
    const m = this.re.matcher(input);
    if (!m.find(from)) return null;
    const groups: (string | undefined)[] = [];
    for (let g = 1; g <= m.groupCount(); g++) groups.push(m.group(g) ?? undefined);
    return { start: m.start(), end: m.end(), groups };
  }

  /** Every match, as a global regex finds them (an empty match moves on by one). */
  all(input: string): Re2Match[] {
    const out: Re2Match[] = [];
    for (let m = this.matchFrom(input, 0); m; m = this.matchFrom(input, m.end === m.start ? m.end + 1 : m.end)) out.push(m);
    return out;
  }

  [Symbol.match](input: string): unknown {
    if (this.global) {
      const found = this.all(input).map((m) => input.slice(m.start, m.end));
      return this.marshal.toSandbox(found.length > 0 ? found : null);
    }
    const m = this.matchFrom(input, 0);
    return this.marshal.toSandbox(m ? [input.slice(m.start, m.end), ...m.groups] : null);
  }

  [Symbol.search](input: string): number {
    return this.matchFrom(input, 0)?.start ?? -1;
  }

  [Symbol.replace](input: string, replacement: unknown): string {
    const found = this.global ? this.all(input) : [this.matchFrom(input, 0)].filter((m): m is Re2Match => m !== null);
    let out = '';
    let last = 0;
    for (const m of found) {
      const matched = input.slice(m.start, m.end);
      out += input.slice(last, m.start) + (typeof replacement === 'function'
        ? String(replacement(matched, ...m.groups, m.start, input))
        : substitute(String(replacement), matched, m, input));
      last = m.end;
    }
    return out + input.slice(last);
  }

  /** String.prototype.split's algorithm (ECMA-262 RegExp.prototype[@@split]) over RE2 matches. */
  [Symbol.split](input: string, limit?: number): unknown {
    const max = limit === undefined ? 2 ** 32 - 1 : limit >>> 0;
    const out: (string | undefined)[] = [];
    if (max === 0) return this.marshal.toSandbox(out);
    if (input.length === 0) return this.marshal.toSandbox(this.matchFrom(input, 0) ? [] : [input]);
    let p = 0;
    let q = 0;
    while (q < input.length) {
      const m = this.matchFrom(input, q);
      if (!m || m.start >= input.length) break;
      if (m.end === p) { q = m.start + 1; continue; }
      out.push(input.slice(p, m.start));
      if (out.length === max) return this.marshal.toSandbox(out);
      for (const g of m.groups) {
        out.push(g);
        if (out.length === max) return this.marshal.toSandbox(out);
      }
      p = m.end;
      q = p;
    }
    out.push(input.slice(p));
    return this.marshal.toSandbox(out);
  }
}
