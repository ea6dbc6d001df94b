/**
 * A package's type declarations: tsc's declaration emit for the package's entry module and every
 * module it imports (https://www.typescriptlang.org/tsconfig/#emitDeclarationOnly), laid out as the
 * sources are (types/gtm-sandbox/index.d.ts for gtm-sandbox/index.ts).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './bundle';

export function writeDeclarations(entry: string, outDir: string): void {
  const config = path.join(outDir, '..', 'tsconfig.declarations.json');
  fs.writeFileSync(config, JSON.stringify({
    extends: path.join(ROOT, 'tsconfig.json'),
    compilerOptions: { noEmit: false, declaration: true, emitDeclarationOnly: true, outDir, rootDir: ROOT, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')] },
    include: [],
    files: [path.join(ROOT, entry)],
  }));
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', config], { cwd: ROOT, encoding: 'utf8' });
  fs.rmSync(config);
  if (result.status !== 0) throw new Error(`type declarations for ${entry} failed:\n${result.stdout}${result.stderr}`);
}
