/**
 * JSON files given to the CLI (--data, --event, --request, ...). One that does not parse is reported
 * with its path, line and column (`data.json:3:14: ...`); the engine's own message does not always
 * say where (RFC 8259 grammar: https://www.rfc-editor.org/rfc/rfc8259).
 */
import * as fs from 'node:fs';

/**
 * A usage error (exit 2); `command` names the command whose usage to print with it. An input error (a file
 * that cannot be read or is not what the command takes) is exit 2 too, without the usage: the usage is not
 * what is wrong.
 */
export class CliError extends Error {
  constructor(message: string, readonly command?: string, readonly showUsage = true) {
    super(message);
  }
}

/** A file given on the command line that cannot be read or used: exit 2, its message only. */
export const inputError = (message: string): CliError => new CliError(message, undefined, false);

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw inputError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw inputError(jsonErrorMessage(text, file, error));
  }
}

/** `file:line:column: not valid JSON: <reason>`, the engine's reason without its quote of the text (which could hold a secret) or its offset. */
export function jsonErrorMessage(text: string, file: string, error: unknown): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const before = body.slice(0, firstSyntaxError(body)).split('\n');
  const reason = (error as Error).message.replace(/, (?:\.\.\.)?"[\s\S]*$/, '').replace(/ in JSON at position \d+[\s\S]*$/, '');
  return `${file}:${before.length}:${before[before.length - 1].length + 1}: not valid JSON: ${reason}`;
}

/** The offset where the text stops being JSON (its length when it ends too early). */
export function firstSyntaxError(text: string): number {
  let i = 0;
  const ws = (): void => { while (i < text.length && ' \t\n\r'.includes(text[i])) i++; };
  const fail = (): never => { throw i; };
  const literal = (word: string): void => { if (text.startsWith(word, i)) i += word.length; else fail(); };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= text.length || text.charCodeAt(i) < 0x20) fail();
      const ch = text[i++];
      if (ch === '"') return;
      if (ch === '\\') {
        if (text[i] === 'u') { if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail(); i += 5; } else if ('"\\/bfnrt'.includes(text[i] ?? 'x')) i++; else fail();
      }
    }
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const list = (close: string, item: () => void): void => {
    i++; ws();
    if (text[i] === close) { i++; return; }
    for (;;) {
      item(); ws();
      if (text[i] === close) { i++; return; }
      if (text[i] !== ',') fail();
      i++; ws();
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') list('}', () => { if (text[i] !== '"') fail(); string(); ws(); if (text[i] !== ':') fail(); i++; value(); });
    else if (ch === '[') list(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  try {
    value(); ws();
    return i < text.length ? i : text.length;
  } catch (offset) {
    return Math.min(offset as number, text.length);
  }
}
