/**
 * `npm run bench -- --bytes`: what each TypeScript module costs each template, in gzip bytes of the .tpl
 * code section: the code gzipped without the module's top-level statements, subtracted from the whole
 * (so the figures overlap a little: gzip shares context). Each line of the code section (a top-level
 * statement, build/minify.ts) is matched to the module of the readable template.js line it starts from
 * (the minifier's own map, recomputed: it is deterministic), through the `// path/to/module.ts` markers.
 * The minifier merges neighbouring declarations into one statement: such a line counts for its first module.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findTemplates } from '../build/find-templates';
import { loadDefinition } from '../build/load-definition';
import { minifyForGtm } from '../build/minify';
import { parseTemplate } from '../gtm-sandbox/tpl/read';
import { gzipBytes } from './template-bench';

const ROOT = path.resolve(__dirname, '..');
const TOP = '(top level: requires)';

/** The module of a line of the readable code, by the `// path/to/module.ts` markers before it. */
function moduleOfLine(readable: string): (line: number) => string {
  const markers: { line: number; module: string }[] = [];
  readable.split('\n').forEach((text, i) => {
    const marker = /^\/\/ ([\w./@-]+\.ts)$/.exec(text);
    if (marker) markers.push({ line: i + 1, module: marker[1] });
  });
  return (line) => {
    let module = TOP;
    for (const m of markers) if (m.line < line) module = m.module;
    return module;
  };
}

export function moduleBytes(dir: string): { whole: number; modules: { module: string; gzip: number }[] } {
  const js = fs.readFileSync(path.join(dir, 'template.js'), 'utf8');
  const readable = js.slice(js.indexOf('\n\n') + 2);
  const code = parseTemplate(fs.readFileSync(path.join(dir, 'template.tpl'), 'utf8')).code;
  const minified = minifyForGtm(readable, loadDefinition(dir).internalProperties);
  if (minified.code.trim() !== code.trim()) throw new Error(`${dir}: template.tpl is not the minified template.js: run npm run build`);
  const lines = code.split('\n').filter((l) => l !== '');
  const moduleOf = moduleOfLine(readable);
  const modules = lines.map((_, i) => moduleOf(minified.toReadable(i + 1, 0).line));
  const whole = gzipBytes(lines.join('\n'));
  const names = [...new Set(modules)];
  return {
    whole,
    modules: names.map((module) => ({ module, gzip: whole - gzipBytes(lines.filter((_, i) => modules[i] !== module).join('\n')) }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}

export function printModuleBytes(): void {
  for (const dir of findTemplates(ROOT)) {
    const { whole, modules } = moduleBytes(dir);
    console.log(`\n${path.relative(ROOT, dir)}: ${whole} B gzip`);
    for (const m of modules) console.log(`  ${String(m.gzip).padStart(6)} B  ${m.module}`);
  }
}
