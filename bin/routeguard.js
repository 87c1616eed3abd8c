#!/usr/bin/env node
'use strict';
// V8's compiled code for routeguard and its dependencies (TypeScript alone takes ~0.4 s to compile)
// is kept in the OS temp folder between runs; a warm audit is mostly start-up otherwise
try {
  require('v8-compile-cache');
} catch {
  /* optional: without it the CLI only starts slower */
}
require('../out/server/src/cli/main.js').run(process.argv.slice(2));
