#!/usr/bin/env node
/**
 * The full soak (10,000 random edits with cancellations against the language server) with its
 * figures: time, heap after indexing and at the end (after a collection), equality with a fresh
 * server, exit. Build first (npm run build). Usage: node scripts/soak.js [EDITS] [SEED]
 */
'use strict';
const { soak } = require('../out/test/robustness/soak.js');

const edits = Number(process.argv[2] ?? 10000);
const seed = Number(process.argv[3] ?? 9);
const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
soak({ edits, seed, log: (s) => console.error(`soak: ${s}`) }).then(
  (f) => {
    console.log(`edits: ${f.edits} across ${f.files} files, ${f.cancelled} requests cancelled in flight, ${(f.ms / 1000).toFixed(1)} s`);
    console.log(`heap after indexing: ${mb(f.heapAfterIndex)}; at the end: ${mb(f.heapAtEnd)}; growth: ${mb(f.heapGrowth)}; rss at the end: ${mb(f.rssAtEnd)}`);
    console.log(`diagnostics equal to a fresh server on the final texts: ${f.mismatches.length ? `NO (${f.mismatches.join(', ')})` : 'yes'}`);
    console.log(`server errors logged: ${f.serverErrors.length}; exit code after shutdown/exit: ${f.exitCode}; orphan processes: ${f.orphans.length}`);
    process.exitCode = f.mismatches.length || f.serverErrors.length || f.exitCode !== 0 || f.orphans.length ? 1 : 0;
  },
  (e) => {
    console.error(e);
    process.exitCode = 1;
  },
);
