#!/usr/bin/env node
/**
 * Language-server benchmark: on generated workspaces of 2,000 and 5,000 files, the time from
 * initialize to the first diagnostics, the time from didChange to publishDiagnostics over edits
 * of route and middleware files (p50/p95), and the server's RSS. Every edit toggles a finding,
 * so each one is answered by a publish. Two latencies per edit: until the open editor's
 * diagnostics show it (the server publishes open files first), and until the whole workspace is
 * published (the server idle again; the next edit waits for it). Reference: a CLI audit of the
 * same workspace in this run.
 * usage: node bench/lsp.js [--files 2000,5000] [--edits 200]   (RG_BENCH_SERVER_ARGS: node flags for the server)
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { generate } = require('./generate-workspace');
const { LspTestClient } = require('../out/test/lsp/client');

const arg = (name, def) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : def;
};
const sizes = arg('--files', '2000,5000').split(',').map(Number);
const edits = Number(arg('--edits', '200'));

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

function rssOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
  } catch {
    return NaN;
  }
}

async function benchOne(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rg-bench-${n}-`));
  const { routers } = generate(n, dir);
  const t0 = Date.now();
  execFileSync(process.execPath, [path.join(__dirname, '../bin/routeguard.js'), 'audit', dir, '--format', 'json', '--output', path.join(os.tmpdir(), 'rg-bench.json'), '--fail-on', 'never', '--no-cache']);
  const cliMs = Date.now() - t0;

  const client = new LspTestClient(dir, { execArgv: process.env.RG_BENCH_SERVER_ARGS ? process.env.RG_BENCH_SERVER_ARGS.split(' ') : [] });
  const t1 = Date.now();
  await client.initialize({ debounceMs: 0 });
  await client.waitFor('src/routes/router0.ts', (d) => d.length > 0, 300000);
  const firstMs = Date.now() - t1;
  const rssAfterIndex = rssOf(client.proc.pid);

  // open editor's diagnostics (published first), and the whole workspace's (the server idle again)
  const routeLat = [];
  const mwLat = [];
  const routeFull = [];
  const mwFull = [];
  const mw = 'src/middleware/auth.ts';
  const mwText = fs.readFileSync(path.join(dir, mw), 'utf8');
  await client.open(mw, mwText);
  for (let i = 0; i < edits; i++) {
    const middlewareEdit = i % 10 === 9;
    if (middlewareEdit) {
      // a path gate in requireAuth makes every guarded route public (and back): findings move in ~75% of route files
      // gate, then restore: both edits are measured
      for (const gated of [true, false]) {
        const text = gated ? mwText.replace("if (!req.user)", "if (req.path.startsWith('/')) return next();\n  if (!req.user)") : mwText;
        const target = 'src/routes/router1.ts';
        const s = Date.now();
        await client.change(mw, text);
        await waitState(client, target, gated);
        mwLat.push(Date.now() - s);
        await waitIdle(client);
        mwFull.push(Date.now() - s);
      }
      continue;
    }
    // a guarded router (index not divisible by 4): drop / restore its router.use(requireAuth)
    let k = (i * 7) % routers;
    if (k % 4 === 0) k = (k + 1) % routers;
    const rel = `src/routes/router${k}.ts`;
    const original = fs.readFileSync(path.join(dir, rel), 'utf8');
    if (!client.opened) client.opened = new Set();
    if (!client.opened.has(rel)) {
      await client.open(rel, original);
      client.opened.add(rel);
      await new Promise((r) => setTimeout(r, 5));
    }
    const s = Date.now();
    await client.change(rel, original.replace(`router${k}.use(requireAuth);`, `// router${k}.use(requireAuth);`));
    await waitState(client, rel, true);
    routeLat.push(Date.now() - s);
    await waitIdle(client);
    routeFull.push(Date.now() - s);
    await client.change(rel, original);
    await waitState(client, rel, false);
    await waitIdle(client);
  }
  const rss = rssOf(client.proc.pid);
  await client.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
  const all = [...routeLat, ...mwLat];
  const full = [...routeFull, ...mwFull];
  return {
    files: n, cliMs, firstMs, rssAfterIndex, rss, p50: pct(all, 50), p95: pct(all, 95), routeP50: pct(routeLat, 50), routeP95: pct(routeLat, 95), mwP50: pct(mwLat, 50), mwP95: pct(mwLat, 95), edits: all.length,
    fullP50: pct(full, 50), fullP95: pct(full, 95), routeFullP95: pct(routeFull, 95), mwFullP50: pct(mwFull, 50), mwFullP95: pct(mwFull, 95),
  };
}

/**
 * Wait until the server has nothing left to analyse or publish (asked every 5 ms: the answer comes
 * between the slices the server analyses in).
 */
async function waitIdle(client) {
  for (;;) {
    const s = await client.request('routeguard/serverStats', {});
    if (s.idle) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/**
 * Wait until the file's published diagnostics show (or no longer show) missing-auth. Event-driven:
 * a polling loop here would take a core from the server it measures (the machine has two).
 */
async function waitState(client, rel, unauthenticated) {
  await client.waitFor(rel, (d) => d.some((x) => x.code === 'missing-auth') === unauthenticated, 120000);
}

(async () => {
  console.log('files  CLI audit (ref)  first diagnostics  open editor p50/p95 (route | middleware)          whole workspace p50/p95 (route p95 | middleware p50/p95)  RSS after index / end');
  for (const n of sizes) {
    const r = await benchOne(n);
    console.log(`${String(r.files).padEnd(6)} ${String(r.cliMs + ' ms').padEnd(16)} ${String(r.firstMs + ' ms').padEnd(18)} ${`${r.p50}/${r.p95} ms (${r.routeP50}/${r.routeP95} | ${r.mwP50}/${r.mwP95}) over ${r.edits}`.padEnd(48)} ${`${r.fullP50}/${r.fullP95} ms (${r.routeFullP95} | ${r.mwFullP50}/${r.mwFullP95})`.padEnd(57)} ${Math.round(r.rssAfterIndex)} / ${Math.round(r.rss)} MB`);
  }
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
