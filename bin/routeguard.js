#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

/**
 * The CLI bundle (`npm run build` makes it) when it is at least as new as the tsc output, else the
 * tsc output itself: a `tsc` run after the bundle (while developing) is never shadowed by a stale bundle.
 */
function entry() {
  const compiled = path.join(__dirname, '../out/server/src/cli/main.js');
  const bundle = path.join(__dirname, '../out/bundle/cli.js');
  const mtime = (f) => {
    try {
      return fs.statSync(f).mtimeMs;
    } catch {
      return -1;
    }
  };
  const b = mtime(bundle);
  return b >= 0 && b >= mtime(compiled) ? bundle : compiled;
}

const main = entry();
// V8's compiled code for the bundle and TypeScript (TypeScript alone takes ~0.4 s to compile) is kept in the OS
// temp folder between runs; a warm audit is mostly start-up otherwise. Only for the bundle: v8-compile-cache
// compiles each module as a vm.Script, in which a dynamic `import()` fails, and the tsc output loads its ESM
// dependencies (secretlint) that way (the bundle has them inlined); with it, secretlint went silently unused.
if (main.endsWith(path.join('bundle', 'cli.js'))) {
  try {
    require('v8-compile-cache');
  } catch {
    /* optional: without it the CLI only starts slower */
  }
}
require(main).run(process.argv.slice(2));
