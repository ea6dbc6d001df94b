/**
 * `npx tsx bench/geo-table-bytes.ts`: what the generated geo tables (pinterest/geo/) cost each built
 * template, in gzip bytes of its template.js: the whole file, and the bytes each table adds (the file
 * gzipped with that table's string emptied, subtracted from the whole). A measurement, not a test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { findTemplates } from '../build/find-templates';
import { GEO_DIR } from '../build/generate-geo-tables';

const ROOT = path.resolve(__dirname, '..');
const gzip = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).length;

const tables = fs.readdirSync(path.join(ROOT, GEO_DIR)).map((file) => /export const (\w+) = /.exec(fs.readFileSync(path.join(ROOT, GEO_DIR, file), 'utf8'))?.[1])
  .filter((name): name is string => name !== undefined).sort();

for (const dir of findTemplates(ROOT)) {
  const js = fs.readFileSync(path.join(dir, 'template.js'), 'utf8');
  const whole = gzip(js);
  const emptied = (names: string[]): string => names.reduce((text, name) => text.replace(new RegExp(`^var ${name} = ".*";$`, 'm'), `var ${name} = "";`), js);
  const costs = tables.filter((name) => new RegExp(`^var ${name} = `, 'm').test(js)).map((name) => `${name} ${whole - gzip(emptied([name]))}`);
  const all = whole - gzip(emptied(tables));
  console.log(`${path.relative(ROOT, dir)}: ${whole} B gzip; geo tables ${all} B${costs.length > 0 ? ` (${costs.join(', ')})` : ''}`);
}
