/** Jest runs the TypeScript tests through esbuild (type checking is `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': '<rootDir>/tests/support/esbuild-transform.js' },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  modulePathIgnorePatterns: ['<rootDir>/tests/.cache/'],
  watchPathIgnorePatterns: ['<rootDir>/tests/.cache/'],
};
