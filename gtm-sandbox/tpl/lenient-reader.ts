/**
 * The lenient JSON grammar of Gson's JsonReader (lenient-json.ts says which parts and why), read
 * without recursion so that no nesting depth can overflow the stack. Object members are defined as
 * own properties, so a name such as `__proto__` is data like any other.
 */

type Frame = { readonly kind: 'array'; readonly items: unknown[] } | { readonly kind: 'object'; readonly members: Record<string, unknown>; name: string };

/** Characters that end an unquoted literal (Gson's JsonReader.isLiteral). */
const LITERAL_END = new Set(['/', '\\', ';', '#', '=', '{', '}', '[', ']', ':', ',', ' ', '\t', '\f', '\r', '\n']);
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Stop { constructor(readonly message: string, readonly offset: number) {} }

export function readLenient(text: string): { value: unknown } | { error: string; offset: number } {
  let i = 0;
  const fail = (message: string, at = i): never => { throw new Stop(message, at); };

  const skipSpace = (): void => {
    for (;;) {
      const ch = text[i];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f') i++;
      else if (ch === '#' || (ch === '/' && text[i + 1] === '/')) { while (i < text.length && text[i] !== '\n') i++; }
      else if (ch === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end === -1) fail('unterminated comment');
        i = end + 2;
      } else return;
    }
  };

  const quoted = (): string => {
    const quote = text[i++];
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      const ch = text[i++];
      if (ch === quote) return out;
      if (ch !== '\\') { out += ch; continue; }
      const esc = text[i++];
      if (esc === 'u') {
        const hex = text.slice(i, i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape', i - 2);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else if (esc !== undefined && esc in ESCAPES) out += ESCAPES[esc];
      else if (esc === '\n') out += '\n';
      else fail('bad escape', i - 2);
    }
  };

  const literal = (): string => {
    const start = i;
    while (i < text.length && !LITERAL_END.has(text[i])) i++;
    if (i === start) fail(i >= text.length ? 'unexpected end of text' : `unexpected ${printable(text[i])}`);
    return text.slice(start, i);
  };

  const scalar = (): unknown => {
    if (text[i] === '"' || text[i] === "'") return quoted();
    const word = literal();
    const lower = word.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    if (lower === 'null') return null;
    return JSON_NUMBER.test(word) ? Number(word) : word;
  };

  /** A member's name and its separator (`:`, `=` or `=>`). */
  const name = (): string => {
    const key = text[i] === '"' || text[i] === "'" ? quoted() : literal();
    skipSpace();
    if (text[i] === ':') i++;
    else if (text[i] === '=') i += text[i + 1] === '>' ? 2 : 1;
    else fail("expected ':' after a name");
    return key;
  };

  const stack: Frame[] = [];
  const closer = (f: Frame): string => (f.kind === 'array' ? ']' : '}');
  try {
    for (;;) {
      skipSpace();
      let value: unknown;
      const ch = text[i];
      if (ch === '{' || ch === '[') {
        i++;
        const frame: Frame = ch === '[' ? { kind: 'array', items: [] } : { kind: 'object', members: {}, name: '' };
        skipSpace();
        if (text[i] !== closer(frame)) {
          stack.push(frame);
          if (frame.kind === 'object') frame.name = name();
          continue;
        }
        i++;
        value = frame.kind === 'array' ? frame.items : frame.members;
      } else {
        value = scalar();
      }
      // Attach the value, then close every container that ends here.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) {
          skipSpace();
          if (i < text.length) fail('unexpected text after the value');
          return { value };
        }
        if (top.kind === 'array') top.items.push(value);
        else Object.defineProperty(top.members, top.name, { value, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[i] === ',' || text[i] === ';') {
          i++;
          skipSpace();
          // A trailing separator before the closer is dropped (docs/emulator-fidelity.md).
          if (text[i] !== closer(top)) {
            if (top.kind === 'object') top.name = name();
            break;
          }
        }
        if (text[i] !== closer(top)) fail(i >= text.length ? `unexpected end of text: ${closer(top)} missing` : `expected ',' or '${closer(top)}'`);
        i++;
        stack.pop();
        value = top.kind === 'array' ? top.items : top.members;
      }
    }
  } catch (error) {
    if (error instanceof Stop) return { error: error.message, offset: Math.min(error.offset, text.length) };
    throw error;
  }
}

/** A character for a message: punctuation as itself, anything else by its code. */
function printable(ch: string): string {
  return /^[\x21-\x7e]$/.test(ch) ? `'${ch}'` : `character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
