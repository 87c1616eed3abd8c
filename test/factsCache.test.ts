/**
 * Cold-audit speedups must not change a single finding: the on-disk facts cache (warm, one file
 * changed, corrupted, other build), and extraction in worker threads.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkspace, AnalysisResult } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';
import { readRouteMemo } from '../server/src/engine/facts/diskCache';

const FIXTURES = path.resolve(__dirname, '../../test-fixtures');
const APP = path.join(FIXTURES, 'express-ledger');
const summary = (r: AnalysisResult) => r.findings.map((f) => `${f.ruleId} ${f.loc.file}:${f.loc.line}:${f.loc.column} ${f.fingerprint} ${f.message}`);

/** as written to JSON (a saved route has no keys set to undefined) */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

async function audit(root: string, extra: Partial<Parameters<typeof analyzeWorkspace>[1]> = {}) {
  return analyzeWorkspace(root, { config: loadConfig(root).config, ...extra });
}

describe('facts cache on disk and worker threads', function () {
  this.timeout(300000);
  let dir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cache-app-'));
    fs.cpSync(APP, dir, { recursive: true });
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cache-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('a warm audit parses nothing and reports exactly what the cold one did', async () => {
    const cold = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(cold.stats.cached, 0);
    assert.ok(fs.readdirSync(cacheDir).some((f) => /^facts-[0-9a-f]+\.lines$/.test(f)), 'cache written');
    const warm = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(warm.stats.parsed, 0);
    assert.equal(warm.stats.cached, cold.stats.parsed);
    assert.deepEqual(summary(warm), summary(cold));
  });

  it('reuses saved import resolutions while the file set is the same, and resolves afresh when it changes', async () => {
    const cold = await audit(dir, { diskCache: { dir: cacheDir } });
    const saved = fs.readdirSync(cacheDir).find((f) => f.endsWith('.resolutions.json'));
    assert.ok(saved, 'resolutions written');
    const before = fs.readFileSync(path.join(cacheDir, saved), 'utf8');
    const warm = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.deepEqual(summary(warm), summary(cold));
    assert.equal(fs.readFileSync(path.join(cacheDir, saved), 'utf8'), before, 'nothing resolved again, nothing rewritten');
    // `../middleware/auth` now names a folder's index file: the saved answer (auth.ts) must not be used
    fs.mkdirSync(path.join(dir, 'src/middleware/auth'));
    fs.renameSync(path.join(dir, 'src/middleware/auth.ts'), path.join(dir, 'src/middleware/auth/index.ts'));
    const moved = await audit(dir, { diskCache: { dir: cacheDir } });
    const fresh = await audit(dir);
    assert.deepEqual(summary(moved), summary(fresh));
    assert.deepEqual(moved.model.routes.map((r) => r.auth.via.join('+')), fresh.model.routes.map((r) => r.auth.via.join('+')));
    assert.ok(fresh.model.routes.some((r) => r.auth.required), 'the middleware is still found through the index file');
  });

  it('re-extracts only a changed file, and sees the change', async () => {
    await audit(dir, { diskCache: { dir: cacheDir } });
    const rel = fs.readdirSync(path.join(dir, 'src/routes'))[0];
    const file = path.join(dir, 'src/routes', rel);
    fs.appendFileSync(file, "\nexport const leaked = 'sk_live_' + '0123456789abcdefABCDEF99';\nconst stripeSecret = 'sk_live_0123456789abcdefABCDEF99';\n");
    const changed = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(changed.stats.parsed, 1);
    const fresh = await audit(dir);
    assert.deepEqual(summary(changed), summary(fresh));
    // the change went to the small delta file, and the next audit reads it
    assert.ok(fs.readdirSync(cacheDir).some((f) => f.endsWith('.delta.lines')), 'delta written');
    const again = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(again.stats.parsed, 0);
    assert.deepEqual(summary(again), summary(fresh));
  });

  it('trusts an unchanged file by its stamp without reading it, and reads it again once its size, times or inode differ', async () => {
    // (files modified just now are never stamped: a later write could share their timestamp)
    const hourAgo = new Date(Date.now() - 3600_000);
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    for (const f of walk(dir)) fs.utimesSync(f, hourAgo, hourAgo);
    const cold = await audit(dir, { diskCache: { dir: cacheDir } });
    const stamps = JSON.parse(fs.readFileSync(path.join(cacheDir, 'stamps.json'), 'utf8')).files as Record<string, unknown>;
    assert.equal(Object.keys(stamps).length, cold.stats.files);
    // a warm audit reads no source file: only the cache (and the files its findings are on, for their fingerprints)
    const reads: string[] = [];
    // (the module itself: an `import * as` binding has getters only)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const realFs = require('fs') as { readFileSync: unknown };
    const readFileSync = fs.readFileSync;
    realFs.readFileSync = (p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (typeof p === 'string' && p.startsWith(dir)) reads.push(p);
      return (readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
    };
    let warm: AnalysisResult;
    try {
      warm = await audit(dir, { diskCache: { dir: cacheDir } });
    } finally {
      realFs.readFileSync = readFileSync;
    }
    assert.deepEqual(summary(warm), summary(cold));
    const findingFiles = new Set(cold.findings.map((f) => path.join(dir, f.loc.file)));
    assert.deepEqual(reads.filter((p) => !findingFiles.has(p) && !p.endsWith('.gitignore')), []);
    // the same size, and the old modification time put back: the change time still tells
    const rel = fs.readdirSync(path.join(dir, 'src/routes'))[0];
    const file = path.join(dir, 'src/routes', rel);
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/router\.(get|post)\(/, (m) => m.replace(/\(/, ' (')).replace(/\n$/, ''));
    assert.equal(fs.statSync(file).size, Buffer.byteLength(text));
    fs.utimesSync(file, hourAgo, hourAgo);
    const changed = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(changed.stats.parsed, 1);
    assert.deepEqual(summary(changed), summary(await audit(dir)));
  });

  it('reuses saved routes when what they read is unchanged, and rebuilds those whose files changed', async () => {
    const cold = await audit(dir, { diskCache: { dir: cacheDir } });
    const routes = cold.model.routes.length;
    assert.ok(routes > 5);
    const memo = readRouteMemo(cacheDir);
    const warm = await audit(dir, { diskCache: { dir: cacheDir }, memo });
    assert.equal(memo.hits, routes, 'every route reused');
    assert.deepEqual(summary(warm), summary(cold));
    assert.deepEqual(plain(warm.model.routes), plain(cold.model.routes));
    // a comment changes no fact: nothing is rebuilt, and the findings are a fresh audit's
    // the file holding the fewest handlers (other routes do not read it)
    const perFile = new Map<string, number>();
    for (const r of cold.model.routes) if (r.handlerLoc) perFile.set(r.handlerLoc.file, (perFile.get(r.handlerLoc.file) ?? 0) + 1);
    const handlerFile = [...perFile].sort((a, b) => a[1] - b[1])[0][0];
    fs.appendFileSync(path.join(dir, handlerFile), '\n// reviewed\n');
    const commented = await audit(dir, { diskCache: { dir: cacheDir }, memo });
    assert.equal(memo.hits, routes);
    assert.deepEqual(summary(commented), summary(await audit(dir)));
    // code that moves: the routes of that file are rebuilt, the others reused
    const text = fs.readFileSync(path.join(dir, handlerFile), 'utf8');
    fs.writeFileSync(path.join(dir, handlerFile), `\n\n${text}`);
    const moved = await audit(dir, { diskCache: { dir: cacheDir }, memo });
    assert.ok(memo.misses > 0 && memo.hits > 0, `${memo.hits} reused, ${memo.misses} rebuilt`);
    const fresh = await audit(dir);
    assert.deepEqual(summary(moved), summary(fresh));
    assert.deepEqual(plain(moved.model.routes), plain(fresh.model.routes));
  });

  it('ignores a corrupted cache and a malformed entry', async () => {
    const cold = await audit(dir, { diskCache: { dir: cacheDir } });
    // with nothing changed the saved model answers and the facts are not read: without it, they are
    const forgetModel = () => fs.readdirSync(cacheDir).filter((f) => f.endsWith('.model.keys')).forEach((f) => fs.rmSync(path.join(cacheDir, f)));
    forgetModel();
    // (the main file, not the delta of inert files read since: `src/lib/prisma.ts` is one)
    const file = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.endsWith('.lines') && !f.endsWith('.delta.lines'))!);
    // one line per file: facts, a tab, function summaries
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const first = JSON.parse(lines[1].split('\t')[0]).file;
    lines[1] = `${JSON.stringify({ file: first, hash: 42 })}\t[]`;
    // a damaged summary part: the entry loses its summaries, so it must not be trusted blindly
    fs.writeFileSync(file, lines.join('\n'));
    const partly = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(partly.stats.parsed, 1);
    assert.deepEqual(summary(partly), summary(cold));
    forgetModel();
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 1000));
    // (and the delta's entries, whole: inert files the linking read, written beside it)
    const delta = fs.readdirSync(cacheDir).filter((f) => f.endsWith('.delta.lines')).flatMap((f) => fs.readFileSync(path.join(cacheDir, f), 'utf8').split('\n').filter(Boolean));
    const broken = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.ok(broken.stats.cached <= 1 + delta.length, 'a truncated cache gives at most the entries before the cut');
    assert.deepEqual(summary(broken), summary(cold));
    // the saved routes: damaged, they are built again
    const routesFile = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.endsWith('.routes.json'))!);
    forgetModel();
    fs.writeFileSync(routesFile, '{"signature":"x","entries":[["k",{"deps":5}]');
    assert.deepEqual(summary(await audit(dir, { diskCache: { dir: cacheDir } })), summary(cold));
    // the saved model: damaged, the app is linked again
    const modelFile = path.join(cacheDir, fs.readdirSync(cacheDir).find((f) => f.endsWith('.model.json'))!);
    fs.writeFileSync(modelFile, '{"routes":[{"id":');
    assert.deepEqual(summary(await audit(dir, { diskCache: { dir: cacheDir } })), summary(cold));
  });

  it('an audit where no file changed reuses the saved model; a change that leaves every facts digest equal (a comment) too; any other change links again', async () => {
    const cold = await audit(dir, { diskCache: { dir: cacheDir } });
    const warm = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(warm.stats.parsed, 0);
    assert.deepEqual(summary(warm), summary(cold));
    assert.deepEqual(plain(warm.model.routes), plain(cold.model.routes));
    const code = fs.readdirSync(path.join(dir, 'src'), { recursive: true }).map(String).find((f) => /\.[jt]s$/.test(f))!;
    const abs = path.join(dir, 'src', code);
    fs.appendFileSync(abs, '\n// a comment\n');
    const commented = await audit(dir, { diskCache: { dir: cacheDir } });
    assert.equal(commented.stats.parsed, 1);
    assert.deepEqual(summary(commented), summary(cold));
    // a real change: the route it adds is found (the saved model is not used)
    fs.appendFileSync(abs, "\nimport expressModule from 'express';\nexport const extraRouter = expressModule.Router();\nextraRouter.get('/added-by-test', (req, res) => res.json({ ok: true }));\n");
    const changed = await audit(dir, { diskCache: { dir: cacheDir } });
    const fresh = await audit(dir);
    assert.deepEqual(summary(changed), summary(fresh));
    assert.deepEqual(plain(changed.model.routes), plain(fresh.model.routes));
  });

  it('the CLI keeps the cache where --cache-dir says, and writes none with --no-cache', () => {
    const { spawnSync } = require('child_process') as typeof import('child_process');
    const bin = path.resolve(__dirname, '../../bin/routeguard.js');
    const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'audit', dir, '--format', 'json', '--fail-on', 'never', ...args], { encoding: 'utf8' });
    const none = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-nocache-'));
    const a = run('--no-cache', '--cache-dir', none);
    assert.equal(a.status, 0, a.stderr);
    assert.deepEqual(fs.readdirSync(none), []);
    fs.rmSync(none, { recursive: true, force: true });
    const b = run('--cache-dir', cacheDir);
    assert.equal(b.status, 0, b.stderr);
    const c = run('--cache-dir', cacheDir);
    assert.equal(JSON.parse(c.stdout).stats.parsed, 0);
    assert.deepEqual(JSON.parse(c.stdout).findings, JSON.parse(b.stdout).findings);
  });

  for (const app of ['express-ledger', 'next-clerk-ats', 'nest-prisma-leases', 'env-secrets-monorepo']) {
    it(`worker threads give the main thread's findings (${app})`, async () => {
      const root = path.join(FIXTURES, app);
      const main = await audit(root, { workers: 0 });
      const pooled = await audit(root, { workers: 2 });
      assert.deepEqual(summary(pooled), summary(main));
      assert.deepEqual(pooled.model.skipped, main.model.skipped);
    });
  }
});
