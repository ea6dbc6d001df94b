#!/usr/bin/env node
// `npm test`: type-check, lint, check that committed templates are current and within their byte budgets,
// then every test suite.
// Stops at the first failing stage and ends with one "N passed, N failed" line.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'test-results', 'jest.json');

function run(label, command, args) {
  console.log(`\n── ${label}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const stages = [
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['committed templates are current', 'npm', ['run', '--silent', 'build', '--', '--check']],
  // Bytes are deterministic (bench/budget.ts); CPU stays a benchmark figure, never a test.
  ['each template within its byte budget', 'npm', ['run', '--silent', 'bench', '--', '--check']],
];
for (const [label, command, args] of stages) {
  if (!run(label, command, args)) {
    console.log(`\ntests: 0 passed, 1 failed (stage "${label}")`);
    process.exit(1);
  }
}

fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
fs.rmSync(RESULTS, { force: true });
const ok = run('unit, compiler, emulator and template tests', npx, ['jest', '--json', `--outputFile=${RESULTS}`, ...process.argv.slice(2)]);
let passed = 0;
let failed = ok ? 0 : 1;
if (fs.existsSync(RESULTS)) {
  const report = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
  if (!ok && failed === 0) failed = 1;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
