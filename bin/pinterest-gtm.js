#!/usr/bin/env node
// Entry point of the pinterest-gtm CLI in this repository: runs its built JavaScript (bin/cli-build.js).
require('./cli-build').runCli('pinterest-gtm');
