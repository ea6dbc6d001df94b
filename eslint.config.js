// ESLint for the whole repository, plus GTM's sandbox subset on template sources (derived from
// gtm-sandbox/language/subset.ts, the same allowlist the compiler and the emulator use).
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const { require: tsRequire } = require('tsx/cjs/api');

const { restrictedSyntax } = tsRequire('./gtm-sandbox/language/lint-rules.ts', __filename);

const TEMPLATE_SOURCES = ['web-template/*/src/**/*.ts', 'web-template/shared/*.ts', 'server-template/*/src/**/*.ts', 'pinterest/**/*.ts', 'tests/fixtures/*/src/**/*.ts'];

module.exports = tseslint.config(
  // dist/: generated (the CLIs' bundles, npm run pack's and npm run release's output).
  { ignores: ['node_modules/', 'tests/.cache/', '**/template.js', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // ___TESTS___ code and setup: sandboxed JavaScript with the test DSL's globals.
    files: ['web-template/*/tests/*.js', 'server-template/*/tests/*.js', 'tests/fixtures/*/tests/*.js'],
    languageOptions: {
      sourceType: 'script',
      parserOptions: { ecmaFeatures: { globalReturn: true } },
      globals: Object.fromEntries(['require', 'data', 'runCode', 'mock', 'mockObject', 'assertApi', 'assertThat', 'fail'].map((g) => [g, 'readonly'])),
    },
    rules: { 'no-undef': 'off', 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': 'off', 'no-restricted-syntax': ['error', ...restrictedSyntax({ testCode: true })] },
  },
  {
    files: TEMPLATE_SOURCES,
    // Definition-time modules run in Node, not in the sandbox.
    ignores: ['web-template/shared/event-menu.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...restrictedSyntax({ typescriptSource: true })],
      // The sandbox has no Object.prototype.hasOwnProperty.call; obj.hasOwnProperty(key) is GTM's way.
      'no-prototype-builtins': 'off',
    },
  },
);
