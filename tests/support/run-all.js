#!/usr/bin/env node
// `npm test`: type-check, lint, check that committed templates are current and within their byte
// budgets (the four at once: they are independent, and on two cores they take about half the time one
// after another), then every test suite. Stops when a static check fails, naming the first in that order, and ends with one
// "N passed, N failed" line.
const { Buffer } = require('node:buffer');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'test-results', 'jest.json');

/** Runs a stage with its output kept, so that stages running together do not interleave their lines. */
function runQuietly(label, command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (c) => output.push(c));
    child.stderr.on('data', (c) => output.push(c));
    child.on('error', (error) => resolve({ label, ok: false, output: Buffer.from(String(error)) }));
    child.on('close', (code) => resolve({ label, ok: code === 0, output: Buffer.concat(output) }));
  });
}

async function main() {
  const stages = [
    ['type check', 'npm', ['run', '--silent', 'typecheck']],
    ['lint', 'npm', ['run', '--silent', 'lint']],
    ['committed templates are current', 'npm', ['run', '--silent', 'build', '--', '--check']],
    // Bytes are deterministic (bench/budget.ts); CPU stays a benchmark figure, never a test.
    ['each template within its byte budget', 'npm', ['run', '--silent', 'bench', '--', '--check']],
  ];
  const results = await Promise.all(stages.map(([label, command, args]) => runQuietly(label, command, args)));
  for (const { label, output } of results) {
    console.log(`\n── ${label}`);
    process.stdout.write(output);
  }
  const failed = results.find((r) => !r.ok);
  if (failed) {
    console.log(`\ntests: 0 passed, 1 failed (stage "${failed.label}")`);
    process.exit(1);
  }

  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.rmSync(RESULTS, { force: true });
  console.log('\n── unit, compiler, emulator, template, demo and browser tests');
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const ok = spawnSync(npx, ['jest', '--json', `--outputFile=${RESULTS}`, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env: process.env }).status === 0;
  let passed = 0;
  let failures = ok ? 0 : 1;
  if (fs.existsSync(RESULTS)) {
    const report = JSON.parse(fs.readFileSync(RESULTS, 'utf8'));
    passed = report.numPassedTests;
    failures = report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
    if (!ok && failures === 0) failures = 1;
  }
  console.log(`\ntests: ${passed} passed, ${failures} failed`);
  process.exit(ok && failures === 0 ? 0 : 1);
}

main();
