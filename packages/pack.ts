/**
 * `npm run pack`: the two installable packages, as tarballs in dist/packages/ (or --out DIR):
 * gtm-sandbox-<version>.tgz (the emulator's CLI and API) and pinterest-gtm-<version>.tgz (the
 * verification CLI). Each holds its bundle (dist/index.js), a bin shim (dist/cli.js), type
 * declarations (types/), its README, the LICENSE, and a package.json whose dependencies are the
 * packages the bundle imports. How they are released: README, "Packages".
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundle, ROOT } from './bundle';
import { writeDeclarations } from './declarations';

export const PACKAGES = ['gtm-sandbox', 'pinterest-gtm'] as const;
export type PackageName = (typeof PACKAGES)[number];

/** The API entry each package's types are declared from. */
const TYPES_ENTRY: Record<PackageName, string> = { 'gtm-sandbox': 'gtm-sandbox/index.ts', 'pinterest-gtm': 'packages/pinterest-gtm/index.ts' };

const CLI_SHIM = `#!/usr/bin/env node
'use strict';
require('./index.js').main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
`;

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Stages one package in `stage` and packs it into `out`; answers the tarball's path. */
export async function packOne(name: PackageName, stage: string, out: string): Promise<string> {
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(path.join(stage, 'dist'), { recursive: true });
  const manifest = readJson(path.join(ROOT, 'packages', name, 'package.json'));
  const built = await bundle(name, readJson(path.join(ROOT, 'package.json')));
  fs.writeFileSync(path.join(stage, 'dist', 'index.js'), built.code);
  fs.writeFileSync(path.join(stage, 'dist', 'cli.js'), CLI_SHIM, { mode: 0o755 });
  writeDeclarations(TYPES_ENTRY[name], path.join(stage, 'types'));
  const declared = path.join(stage, String(manifest.types));
  if (!fs.existsSync(declared)) throw new Error(`${name}: the types entry ${String(manifest.types)} was not written`);
  fs.copyFileSync(path.join(ROOT, 'packages', name, 'README.md'), path.join(stage, 'README.md'));
  fs.copyFileSync(path.join(ROOT, 'LICENSE'), path.join(stage, 'LICENSE'));
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify({ ...manifest, dependencies: built.dependencies }, null, 2)}\n`);
  fs.mkdirSync(out, { recursive: true });
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: stage, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  if (packed.status !== 0) throw new Error(`npm pack of ${name} failed:\n${packed.stderr}`);
  const [{ filename }] = JSON.parse(packed.stdout) as { filename: string }[];
  return path.join(out, filename);
}

export async function packAll(out = path.join(ROOT, 'dist', 'packages')): Promise<string[]> {
  const tarballs: string[] = [];
  for (const name of PACKAGES) tarballs.push(await packOne(name, path.join(out, '.stage', name), out));
  fs.rmSync(path.join(out, '.stage'), { recursive: true, force: true });
  return tarballs;
}

if (require.main === module) {
  const at = process.argv.indexOf('--out');
  packAll(at === -1 ? undefined : path.resolve(process.argv[at + 1])).then((tarballs) => {
    for (const t of tarballs) console.log(`✓ ${path.relative(process.cwd(), t)}`);
  }, (error: unknown) => {
    console.error(`pack: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
