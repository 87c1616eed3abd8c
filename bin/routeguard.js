#!/usr/bin/env node
'use strict';
// V8's compiled code for routeguard and its dependencies (TypeScript alone takes ~0.4 s to compile)
// is kept in the OS temp folder between runs; a warm audit is mostly start-up otherwise
try {
  require('v8-compile-cache');
} catch {
  /* optional: without it the CLI only starts slower */
}
// a cold audit allocates an AST per file and keeps little of it: with V8's default heap growth the
// heap grew to about five times what was live (938 MB peak RSS on a 3,800-file repository, 200 MB
// live); doubling at most keeps the peak near 700 MB at no measurable cost in time
require('v8').setFlagsFromString('--heap-growing-percent=100');
require('../out/server/src/cli/main.js').run(process.argv.slice(2));
