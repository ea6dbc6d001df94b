/** Maps positions in the bundled output back to the TypeScript an author wrote. */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from '../gtm-sandbox/diagnostics';

export function remapDiagnostics(diagnostics: Diagnostic[], map: string, templateDir: string, outputFile: string): Diagnostic[] {
  const tracer = new TraceMap(map);
  const sourceCache = new Map<string, string[]>();
  return diagnostics.map((d) => {
    if (!d.location) return d;
    const original = originalPositionFor(tracer, { line: d.location.line, column: d.location.column });
    if (!original.source || original.line === null) {
      return { ...d, location: { ...d.location, file: outputFile } };
    }
    const absolute = path.resolve(templateDir, original.source);
    if (!sourceCache.has(absolute)) {
      sourceCache.set(absolute, fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8').split('\n') : []);
    }
    const lines = sourceCache.get(absolute) ?? [];
    return {
      ...d,
      location: {
        file: path.relative(process.cwd(), absolute),
        line: original.line,
        column: original.column ?? 0,
        lineText: lines[original.line - 1] ?? '',
      },
    };
  });
}
