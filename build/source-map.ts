/** Maps positions in the bundled output back to the TypeScript an author wrote. */
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Location } from '../gtm-sandbox/diagnostics';

/** An output position (1-based line, 0-based column) → the source Location, or the output file's. */
export type LocationMapper = (line: number, column: number) => Location;

export function createLocationMapper(map: string, templateDir: string, outputFile: string, outputCode: string): LocationMapper {
  const tracer = new TraceMap(map);
  const sourceCache = new Map<string, string[]>();
  const outputLines = outputCode.split('\n');
  return (line, column) => {
    const original = originalPositionFor(tracer, { line, column });
    if (!original.source || original.line === null) {
      return { file: outputFile, line, column, lineText: outputLines[line - 1] ?? '' };
    }
    const absolute = path.resolve(templateDir, original.source);
    if (!sourceCache.has(absolute)) {
      sourceCache.set(absolute, fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8').split('\n') : []);
    }
    return {
      file: path.relative(process.cwd(), absolute),
      line: original.line,
      column: original.column ?? 0,
      lineText: sourceCache.get(absolute)?.[original.line - 1] ?? '',
    };
  };
}

export function remapDiagnostics(diagnostics: Diagnostic[], mapper: LocationMapper): Diagnostic[] {
  return diagnostics.map((d) => (d.location ? { ...d, location: mapper(d.location.line, d.location.column) } : d));
}
