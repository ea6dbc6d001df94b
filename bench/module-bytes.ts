/**
 * `npm run bench -- --bytes`: what each TypeScript module costs each template, in gzip bytes of the .tpl
 * code section: the code gzipped without the module's top-level statements, subtracted from the whole
 * (so the figures overlap a little: gzip shares context). Statements are matched to modules through the
 * `// path/to/module.ts` markers of the readable template.js, whose top-level statements the code
 * section keeps in order, one per line (build/minify.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Node } from 'acorn';
import { findTemplates } from '../build/find-templates';
import { parseSandboxed } from '../gtm-sandbox/language/validate';
import { parseTemplate } from '../gtm-sandbox/tpl/read';
import { gzipBytes } from './template-bench';

const ROOT = path.resolve(__dirname, '..');
const TOP = '(top level: requires)';

/** The module of each top-level statement of the readable code. */
function modulesOfStatements(readable: string): string[] {
  const markers: { line: number; module: string }[] = [];
  readable.split('\n').forEach((line, i) => {
    const marker = /^\/\/ ([\w./@-]+\.ts)$/.exec(line);
    if (marker) markers.push({ line: i + 1, module: marker[1] });
  });
  const statements = (parseSandboxed(readable) as Node & { body: (Node & { loc: { start: { line: number } } })[] }).body;
  return statements.map((s) => {
    let module = TOP;
    for (const m of markers) if (m.line < s.loc.start.line) module = m.module;
    return module;
  });
}

export function moduleBytes(dir: string): { whole: number; modules: { module: string; gzip: number }[] } {
  const js = fs.readFileSync(path.join(dir, 'template.js'), 'utf8');
  const readable = js.slice(js.indexOf('\n\n') + 2);
  const code = parseTemplate(fs.readFileSync(path.join(dir, 'template.tpl'), 'utf8')).code;
  // The minified code's first line may declare the one name it writes for `undefined` (build/minify.ts).
  const all = code.split('\n').filter((l) => l !== '');
  const modules = modulesOfStatements(readable);
  const lines = all.length === modules.length + 1 && /^var \w+;$/.test(all[0]) ? all.slice(1) : all;
  if (modules.length !== lines.length) throw new Error(`${dir}: the code section is not one top-level statement per line (readable ${modules.length}, code ${lines.length})`);
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
