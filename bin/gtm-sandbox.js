#!/usr/bin/env node
// Entry point of the gtm-sandbox CLI in this repository: runs its built JavaScript (bin/cli-build.js).
require('./cli-build').runCli('gtm-sandbox');
