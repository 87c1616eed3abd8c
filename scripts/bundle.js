#!/usr/bin/env node
/**
 * Bundles (esbuild, one file each):
 *   default: the client and the server for the .vsix (`vscode` stays external), into dist/;
 *   --cli:   the CLI and its facts worker into out/bundle/ (`bin/routeguard.js` runs it while it is
 *            newer than the tsc output): one script instead of ~300 modules to resolve and load
 *            makes start-up, most of a warm audit, shorter: a few percent on a quiet machine, about a quarter
 *            while other work keeps the cores and the disk busy (README, Performance).
 *            TypeScript and ts-morph stay external: they load only when a file must be parsed or fixed.
 */
'use strict';
const esbuild = require('esbuild');
const path = require('path');

const root = path.resolve(__dirname, '..');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify: true, legalComments: 'none', logLevel: 'warning', absWorkingDir: root };

const builds = process.argv.includes('--cli')
  ? [
      esbuild.build({ ...common, minify: false, entryPoints: ['server/src/cli/main.ts'], outfile: 'out/bundle/cli.js', external: ['typescript', 'ts-morph'] }),
      esbuild.build({ ...common, minify: false, entryPoints: ['server/src/engine/facts/extractWorker.ts'], outfile: 'out/bundle/extractWorker.js', external: ['typescript', 'ts-morph'] }),
    ]
  : [
      esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
      esbuild.build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
    ];
Promise.all(builds).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
