#!/usr/bin/env node
// Entry point of the pinterest-gtm verification CLI: runs the TypeScript sources through tsx.
require('tsx/cjs');
const { main } = require('../verify/cli.ts');
main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
