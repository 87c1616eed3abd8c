#!/usr/bin/env node
/**
 * CLI audit benchmark (`npm run bench`). On each workspace, in one run and on the same files:
 *   (a) cold audit: `routeguard audit` with an empty facts cache
 *   (b) warm audit: cache present, nothing changed
 *   (c) warm audit after touching one middleware file
 *   (d) the floor: a typescript-estree parse of the same code files, nothing else
 *   (e) ESLint with eslint-plugin-security, eslint-plugin-sonarjs and @microsoft/eslint-plugin-sdl
 * Each runs as a child process; wall time is measured here, peak RSS is reported by the child
 * (bench/children/reportRss.js). Then the ratios, and a scaling table (time vs N).
 * The machine may be shared: compare ratios within one run, not figures across runs.
 *
 * usage: node bench/audit.js [--files 1000,2000,5000,10000] [--path DIR]... [--no-eslint]
 *                            [--eslint-max N]  (ESLint only on workspaces of at most N files)
 *                            [--no-git-history] (audits skip the history walk, e.g. a clone with missing objects)
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { generate } = require('./generate-workspace');
const { discoverFiles } = require('../out/server/src/engine/discover/discover');
const { defaultConfig } = require('../out/server/src/engine/config/types');

const BIN = path.join(__dirname, '../bin/routeguard.js');
const RSS = path.join(__dirname, 'children/reportRss.js');

function parseCli(argv) {
  const opts = { files: [1000, 2000, 5000, 10000], paths: [], eslint: true, eslintMax: Infinity, auditArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') opts.files = argv[++i].split(',').filter(Boolean).map(Number);
    else if (a === '--path') opts.paths.push(path.resolve(argv[++i]));
    else if (a === '--no-eslint') opts.eslint = false;
    else if (a === '--eslint-max') opts.eslintMax = Number(argv[++i]);
    else if (a === '--no-generated') opts.files = [];
    else if (a === '--no-git-history') opts.auditArgs.push('--no-git-history');
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

/** Run `node [-r reportRss] args` and return wall ms, peak RSS (MB) and stdout. */
function runChild(args, label) {
  const rssFile = path.join(os.tmpdir(), `rg-bench-rss-${process.pid}.json`);
  fs.rmSync(rssFile, { force: true });
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', RSS, ...args], { encoding: 'utf8', env: { ...process.env, RG_BENCH_RSS_FILE: rssFile }, maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status}): ${(r.stderr || '').slice(-2000)}`);
  let rssMb = NaN;
  try {
    rssMb = JSON.parse(fs.readFileSync(rssFile, 'utf8')).maxRssKb / 1024;
  } catch {
    /* reported as n/a */
  }
  fs.rmSync(rssFile, { force: true });
  return { ms, rssMb, stdout: r.stdout, stderr: r.stderr };
}

/** A middleware file to touch: by name, else any code file. */
function middlewareFile(codeFiles) {
  return codeFiles.find((f) => /(?:^|\/)middleware\/auth\.[jt]s$/.test(f.rel)) ?? codeFiles.find((f) => /middleware|auth/i.test(f.rel)) ?? codeFiles[0];
}

function benchWorkspace(dir, label, opts) {
  const discovery = discoverFiles(dir, { ...defaultConfig(), maxFileSize: defaultConfig().maxFileSize });
  const all = discovery.files;
  const code = all.filter((f) => f.kind === 'code');
  const list = path.join(os.tmpdir(), `rg-bench-files-${process.pid}.json`);
  fs.writeFileSync(list, JSON.stringify(code.map((f) => f.abs)));
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-bench-cache-'));
  const out = path.join(os.tmpdir(), `rg-bench-out-${process.pid}.json`);
  const audit = (name) => {
    const r = runChild([BIN, 'audit', dir, '--format', 'json', '--output', out, '--fail-on', 'never', '--cache-dir', cacheDir, ...opts.auditArgs], name);
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    return { ...r, routes: report.stats.routes, findings: report.findings.length, parsed: report.stats.parsed };
  };
  const row = { label, files: all.length, codeFiles: code.length };
  try {
    row.cold = audit('cold audit');
    row.warm = audit('warm audit');
    const touched = middlewareFile(code);
    const original = fs.readFileSync(touched.abs);
    try {
      fs.appendFileSync(touched.abs, '\n// touched by the routeguard benchmark\n');
      row.touched = { ...audit('audit after one change'), file: touched.rel };
    } finally {
      fs.writeFileSync(touched.abs, original);
    }
    row.floor = runChild([path.join(__dirname, 'children/parseFloor.js'), list], 'parse floor');
    if (opts.eslint && all.length <= opts.eslintMax) row.eslint = runChild([path.join(__dirname, 'children/eslintStack.js'), dir, list], 'ESLint stack');
    row.warmSameFindings = row.warm.findings === row.cold.findings && row.warm.routes === row.cold.routes;
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.rmSync(list, { force: true });
    fs.rmSync(out, { force: true });
  }
  return row;
}

const fmtMs = (ms) => (ms === undefined ? 'n/a' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtRate = (files, ms) => (ms === undefined ? 'n/a' : `${Math.round(files / (ms / 1000))}/s`);
const fmtRss = (mb) => (Number.isFinite(mb) ? `${Math.round(mb)} MB` : 'n/a');
const ratio = (a, b) => (a && b ? `${(a.ms / b.ms).toFixed(2)}x` : 'n/a');

function printRow(r) {
  console.log(`\n${r.label}: ${r.files} files (${r.codeFiles} JS/TS), ${r.cold.routes} routes, ${r.cold.findings} findings`);
  console.log('  measurement                         wall        files/s     peak RSS');
  const line = (name, m, files) => console.log(`  ${name.padEnd(35)} ${fmtMs(m?.ms).padEnd(11)} ${fmtRate(files, m?.ms).padEnd(11)} ${m ? fmtRss(m.rssMb) : 'n/a'}`);
  line('(a) cold audit (no cache)', r.cold, r.files);
  line('(b) warm audit (nothing changed)', r.warm, r.files);
  line(`(c) warm audit, 1 file touched`, r.touched, r.files);
  line('(d) typescript-estree parse (floor)', r.floor, r.codeFiles);
  line('(e) ESLint + security/sonarjs/sdl', r.eslint, r.codeFiles);
  console.log(`  touched: ${r.touched.file}; warm findings equal cold: ${r.warmSameFindings ? 'yes' : 'NO'}`);
  console.log(`  ratios: audit/floor ${ratio(r.cold, r.floor)}, audit/ESLint ${ratio(r.cold, r.eslint)} (ESLint/audit ${ratio(r.eslint, r.cold)}), warm/cold ${ratio(r.warm, r.cold)}, one-changed/cold ${ratio(r.touched, r.cold)}`);
}

function printScaling(rows) {
  if (rows.length < 2) return;
  console.log('\nscaling (time vs N):');
  console.log('  files    cold        ms/file   vs first   warm        1-changed   floor       ESLint      cold RSS');
  const base = rows[0].cold.ms / rows[0].files;
  for (const r of rows) {
    const per = r.cold.ms / r.files;
    console.log(`  ${String(r.files).padEnd(8)} ${fmtMs(r.cold.ms).padEnd(11)} ${per.toFixed(2).padEnd(9)} ${(per / base).toFixed(2).padEnd(10)} ${fmtMs(r.warm.ms).padEnd(11)} ${fmtMs(r.touched.ms).padEnd(11)} ${fmtMs(r.floor.ms).padEnd(11)} ${fmtMs(r.eslint?.ms).padEnd(11)} ${fmtRss(r.cold.rssMb)}`);
  }
}

function main() {
  const opts = parseCli(process.argv.slice(2));
  console.log(`routeguard audit benchmark: node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on the machine skews figures; ratios are from the same run)`);
  const generated = [];
  for (const n of opts.files) {
    // a folder of its own: two benchmark runs at once (CI and a developer) must not share one
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rg-bench-audit-${n}-`));
    generate(n, dir);
    try {
      const row = benchWorkspace(dir, `generated Express + Next.js + Prisma app`, opts);
      printRow(row);
      generated.push(row);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  printScaling(generated);
  for (const p of opts.paths) printRow(benchWorkspace(p, p, opts));
  console.log(`\nload average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
}

try {
  main();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
