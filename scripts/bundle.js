#!/usr/bin/env node
/** Bundle the client and the server for the .vsix (one file each; `vscode` stays external). */
'use strict';
const esbuild = require('esbuild');
const path = require('path');

const root = path.resolve(__dirname, '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: root };

Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
]).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
