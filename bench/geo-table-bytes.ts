/**
 * `npx tsx bench/geo-table-bytes.ts`: what the generated geo tables (pinterest/geo/) cost each built
 * template, in gzip bytes of its .tpl code section (what ships): the whole code, and the bytes each table
 * adds (the code gzipped with that table's string emptied, subtracted from the whole). A measurement, not a test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findTemplates } from '../build/find-templates';
import { GEO_DIR } from '../build/generate-geo-tables';
import { parseTemplate } from '../gtm-sandbox/tpl/read';

const ROOT = path.resolve(__dirname, '..');
const gzip = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).length;

const tables = fs.readdirSync(path.join(ROOT, GEO_DIR)).map((file) => /export const (\w+) = /.exec(fs.readFileSync(path.join(ROOT, GEO_DIR, file), 'utf8'))?.[1])
  .filter((name): name is string => name !== undefined).sort();

for (const dir of findTemplates(ROOT)) {
  const code = parseTemplate(fs.readFileSync(path.join(dir, 'template.tpl'), 'utf8')).code;
  const whole = gzip(code);
  // Readable (`var NAME = "…";`) or minified (`var NAME="…";`) code: a table is one line either way.
  const line = (name: string): RegExp => new RegExp(`^var ${name} ?= ?".*";$`, 'm');
  const emptied = (names: string[]): string => names.reduce((text, name) => text.replace(line(name), `var ${name}="";`), code);
  const costs = tables.filter((name) => line(name).test(code)).map((name) => `${name} ${whole - gzip(emptied([name]))}`);
  const all = whole - gzip(emptied(tables));
  console.log(`${path.relative(ROOT, dir)}: ${whole} B gzip; geo tables ${all} B${costs.length > 0 ? ` (${costs.join(', ')})` : ''}`);
}
