/** Jest runs the TypeScript tests through esbuild (type checking is `npm run typecheck`). */
const os = require('node:os');

module.exports = {
  // One worker more than the machine has cores. Jest's default is one fewer (a single worker on two
  // cores), which runs the suites one after another although about a third of their time is spent
  // waiting, not computing: for browsers, local servers, child processes and the audit's settle times
  // (measured: 60 of 160 s on an idle 2-core machine). A worker per core plus one keeps the cores busy
  // while some suites wait. `npx jest --maxWorkers=N` overrides it. Figures: README, "`npm test` and CI".
  maxWorkers: os.availableParallelism() + 1,
  testEnvironment: 'node',
  testEnvironmentOptions: {
    // Our code sets nothing on the global object (no `globalThis.x =` anywhere), so Jest's cleanup of
    // globals between test files has nothing of ours to free; left at its default ('soft') it prints
    // the JEST-01 deprecation warning whenever a library's late callback touches a cleaned global.
    // 'off' keeps runs quiet without changing what any test sees
    // (https://jestjs.io/docs/configuration#testenvironmentoptions-object).
    globalsCleanup: 'off',
  },
  // No test may depend on finishing within Jest's default 5 s: `npm test` runs on shared machines where
  // other work can slow it ten times over (measured: a load average of 18 on 2 cores turned the 1 s
  // 100,000-row catalog test into more than 30 s). The limit only catches hangs; speed targets live in
  // `npm run bench`.
  testTimeout: 120_000,
  transform: { '^.+\\.ts$': '<rootDir>/tests/support/esbuild-transform.js' },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // A full run starts one chromium for every browser suite (tests/support/browser-server.js).
  globalSetup: '<rootDir>/tests/support/global-setup.js',
  globalTeardown: '<rootDir>/tests/support/global-teardown.js',
  // packages/pinterest-gtm/package.json names the same module as the root's (a haste collision warning).
  modulePathIgnorePatterns: ['<rootDir>/tests/.cache/', '<rootDir>/packages/[^/]+/package\\.json$'],
  watchPathIgnorePatterns: ['<rootDir>/tests/.cache/'],
};
