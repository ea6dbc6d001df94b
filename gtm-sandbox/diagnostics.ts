/**
 * One diagnostic shape for the compiler, `gtm-sandbox check` and the emulator's load step, modelled on
 * esbuild's Message (https://esbuild.github.io/api/#message): a stable rule id, a one-line text and a
 * location a template author can jump to.
 */

export type Severity = 'error' | 'warning';

export interface Location {
  /** Path of the file as the author knows it (the TypeScript source when a source map exists). */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 0-based, in characters. */
  readonly column: number;
  /** The source line, for the code frame. */
  readonly lineText: string;
}

export interface Diagnostic {
  readonly id: string;
  readonly severity: Severity;
  readonly text: string;
  readonly location: Location | null;
  readonly notes: readonly string[];
}

export function diagnostic(
  id: string, severity: Severity, text: string, location: Location | null = null, notes: readonly string[] = [],
): Diagnostic {
  return { id, severity, text, location, notes };
}

/** Builds a Location for a position in a text. */
export function locate(file: string, text: string, line: number, column: number): Location {
  const lineText = text.split('\n')[line - 1] ?? '';
  return { file, line, column, lineText };
}

/**
 * `file:line:col: error: text [rule]` followed by a code frame, as compilers print them, so editors
 * and terminals turn the position into a link.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const head = d.location
    ? `${d.location.file}:${d.location.line}:${d.location.column + 1}: ${d.severity}: ${d.text} [${d.id}]`
    : `${d.severity}: ${d.text} [${d.id}]`;
  const lines = [head];
  if (d.location && d.location.lineText) {
    const gutter = String(d.location.line);
    const caretPad = d.location.lineText.slice(0, d.location.column).replace(/[^\t]/g, ' ');
    lines.push(`  ${gutter} | ${d.location.lineText}`);
    lines.push(`  ${' '.repeat(gutter.length)} | ${caretPad}^`);
  }
  for (const note of d.notes) lines.push(`  note: ${note}`);
  return lines.join('\n');
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
