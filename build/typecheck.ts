/**
 * `npm run typecheck`: the tooling project, then every template project (each template folder's
 * sources compile against the sandbox's typed APIs and ES5's library only, never Node's or the DOM's),
 * and gtm-sandbox's browser runtime (with the DOM).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './bundle';

const projects = ['.', 'gtm-sandbox/browser', 'web-template', 'server-template', 'tests/fixtures/sample-variable']
  .filter((p) => fs.existsSync(path.join(REPO_ROOT, p, 'tsconfig.json')));
const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = false;
for (const project of projects) {
  const result = spawnSync(process.execPath, [tsc, '-p', project], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
