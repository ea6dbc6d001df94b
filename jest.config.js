/** Jest runs the TypeScript tests through esbuild (type checking is `npm run typecheck`). */
module.exports = {
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
  modulePathIgnorePatterns: ['<rootDir>/tests/.cache/'],
  watchPathIgnorePatterns: ['<rootDir>/tests/.cache/'],
};
