/**
 * Bad input never stops the analysis and never hides other findings. A generated corpus of more
 * than a thousand hostile files (test/robustness/corpus.ts) sits beside copies of known-vulnerable
 * fixture apps; their findings must be exactly those of the apps without the corpus, the CLI must
 * exit 0/1 (2 only for a broken config, one line), and every file not analysed must be listed
 * with a reason, never a stack trace.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { makeCorpus, Corpus, VULNERABLE_APPS, FIXTURES, BROKEN_CONFIGS, listFiles } from './robustness/corpus';
import { analyzeWorkspace, readText, loadFile, AnalysisResult } from '../server/src/engine/analyze';
import { defaultConfig } from '../server/src/engine/config/types';
import { classifyPath, discoverFiles } from '../server/src/engine/discover/discover';
import { withBudget } from '../server/src/engine/facts/budget';
import { extractFacts } from '../server/src/engine/facts/extractFile';
import { formatText } from '../server/src/outputs/text';
import { formatReportMarkdown } from '../server/src/outputs/report';
import type { Finding } from '../server/src/engine/findings';
import { LspTestClient, Diag } from './lsp/client';

const BIN = path.resolve(__dirname, '../../bin/routeguard.js');
const STACK_TRACE = /\n\s+at .+\(.*:\d+:\d+\)|\n\s+at [^\s]+:\d+:\d+/;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** what makes a finding the same finding (the fingerprint too: it depends on the line's text) */
const key = (f: Finding) => [f.ruleId, f.loc.file, f.loc.line, f.loc.column, f.severity, f.message, f.fingerprint, !!f.suppressed].join('|');

describe('robustness corpus: bad input never stops the analysis or hides findings', function () {
  this.timeout(300000);
  let tmp: string;
  let corpus: Corpus;
  let baseline: Finding[];
  let json: { findings: Finding[]; skipped: { file: string; reason: string }[]; stats: { files: number } };
  let cliRun: ReturnType<typeof cli>;
  let inProcess: AnalysisResult;

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-robust-'));
    corpus = makeCorpus(path.join(tmp, 'corpus'));
    // the same apps, same layout, without the bad input
    const alone = path.join(tmp, 'alone');
    fs.mkdirSync(alone);
    fs.copyFileSync(path.join(corpus.root, 'package.json'), path.join(alone, 'package.json'));
    for (const app of VULNERABLE_APPS) fs.cpSync(path.join(FIXTURES, app), path.join(alone, 'vulnerable', app), { recursive: true });
    const a = cli(['audit', alone, '--format', 'json']);
    assert.equal(a.code, 1, a.stderr);
    baseline = JSON.parse(a.stdout).findings;
    cliRun = cli(['audit', corpus.root, '--format', 'json']);
    json = JSON.parse(cliRun.stdout);
  });
  after(() => {
    fs.chmodSync(path.join(corpus.root, corpus.unreadable), 0o644);
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(corpus.outside, { recursive: true, force: true });
  });

  it('the corpus has more than 1,000 files of every required kind', () => {
    console.log(`      corpus: ${corpus.files} files; ${Object.entries(corpus.kinds).map(([k, n]) => `${n} ${k}`).join(', ')}`);
    assert.ok(corpus.files >= 1000, `only ${corpus.files} files`);
  });

  it('the CLI exits 1 (errors found), with no stack trace and nothing lost from the vulnerable apps', () => {
    assert.equal(cliRun.code, 1, cliRun.stderr);
    assert.doesNotMatch(cliRun.stderr, STACK_TRACE);
    const got = new Set(json.findings.filter((f) => f.loc.file.startsWith('vulnerable/')).map(key));
    const lost = baseline.map(key).filter((k) => !got.has(k));
    const extra = [...got].filter((k) => !baseline.map(key).includes(k));
    console.log(`      findings of the vulnerable apps: ${baseline.length} alone, ${got.size} in the corpus, lost ${lost.length}`);
    assert.deepEqual(lost, [], 'findings lost next to bad input');
    assert.deepEqual(extra, [], 'findings changed next to bad input');
    assert.ok(baseline.length > 50);
  });

  it('files in odd encodings and line ends are analysed, not skipped (their route is found at the same line)', () => {
    for (const enc of ['utf16le', 'utf16be', 'utf8bom', 'crlf', 'cr']) {
      const hit = json.findings.find((f) => f.loc.file === `encodings/${enc}/app.js` && f.ruleId === 'missing-auth');
      assert.ok(hit, `${enc}: missing-auth not reported`);
      assert.equal(hit.loc.line, 3, `${enc}: wrong line`);
    }
    assert.ok(json.findings.some((f) => f.loc.file === 'encodings/invalid-utf8/app.js' && f.ruleId === 'missing-auth'), 'invalid UTF-8 inside a string does not stop the file');
  });

  it('every file not analysed is listed with a one-line reason (JSON), never a stack trace', () => {
    const skipped = new Map(json.skipped.map((s) => [s.file, s.reason]));
    for (const s of json.skipped) {
      assert.ok(s.reason && !s.reason.includes('\n') && !STACK_TRACE.test(s.reason), `${s.file}: ${s.reason}`);
    }
    const expect = (file: string, reason: RegExp) => assert.match(skipped.get(file) ?? '(not skipped)', reason, file);
    expect('big/app.js', /larger than the size cap/);
    expect('big/vendor.js', /minified/);
    for (const d of ['arrays', 'objects', 'calls', 'blocks', 'parens-multiline']) expect(`deep/${d}.js`, /nested more than \d+ brackets deep/);
    for (const d of ['binary', 'members', 'router-chain', 'arrows', 'ternaries']) expect(`deep/${d}.js`, /nested too deeply|nested more than/);
    for (const l of ['links/loop-a.ts', 'links/loop-b.ts', 'links/self', 'links/parent', 'links/outside.js', 'links/outside-dir', 'links/inside.json']) expect(l, /symbolic link \(not followed\)/);
    expect('encodings/nul/app.js', /binary content/);
    expect('broken-prisma/prisma/schema.prisma', /could not be parsed/);
    expect('empty/package.json', /could not be parsed/);
    // the link out of the workspace is not followed: its route never appears
    assert.ok(!json.findings.some((f) => /outside/.test(f.message)), 'a symlink out of the workspace was followed');
    if (isRoot) {
      // root reads a chmod 000 file anyway; the EACCES path is covered in-process below
      assert.ok(!skipped.has(corpus.unreadable), 'root can read it, so it is analysed');
    } else expect(corpus.unreadable, /not readable \(EACCES\)/);
  });

  it('in process: a file deleted while the scan runs is skipped with a reason; text and markdown list every skipped file', async () => {
    let deleted = false;
    inProcess = await analyzeWorkspace(corpus.root, {
      config: defaultConfig(),
      onProgress: () => {
        if (deleted) return;
        fs.rmSync(path.join(corpus.root, corpus.deletedDuringScan));
        deleted = true;
      },
    });
    assert.ok(deleted);
    const reason = inProcess.model.skipped.find((s) => s.file === corpus.deletedDuringScan)?.reason;
    assert.match(reason ?? '(not skipped)', /not readable \(ENOENT\)/);
    const text = formatText(inProcess);
    const md = formatReportMarkdown(inProcess);
    for (const s of inProcess.model.skipped) {
      assert.ok(text.includes(`  ${s.file}: ${s.reason}`), `text output lacks ${s.file}`);
      assert.ok(md.includes(`- ${s.file.replace(/\|/g, '\\|')}: ${s.reason.replace(/\|/g, '\\|')}`), `markdown output lacks ${s.file}`);
    }
    assert.doesNotMatch(text, STACK_TRACE);
    // nothing analysable that was written is unaccounted for: analysed or skipped with a reason
    const analysed = new Set(inProcess.model.files);
    const skipped = new Set(inProcess.model.skipped.map((s) => s.file));
    const missing = listFiles(corpus.root, (r) => !!classifyPath(r.split(path.sep).join('/'))).filter((r) => !analysed.has(r) && !skipped.has(r));
    assert.deepEqual(missing, [], 'files neither analysed nor listed as skipped');
    // the findings of the vulnerable apps are the CLI's (same engine, no git here)
    const got = new Set(inProcess.findings.filter((f) => f.loc.file.startsWith('vulnerable/')).map(key));
    assert.deepEqual(baseline.map(key).filter((k) => !got.has(k)), []);
  });

  it('an unreadable file is skipped with its reason (EACCES simulated in process: root can read chmod 000 files)', () => {
    const file = path.join(corpus.root, 'empty/a.ts');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const realFs = require('fs') as typeof fs;
    const original = realFs.readFileSync;
    realFs.readFileSync = ((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (p === file) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return (original as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readFileSync;
    try {
      assert.deepEqual(readText(file), { skip: 'not readable (EACCES)' });
    } finally {
      realFs.readFileSync = original;
    }
  });

  it('a per-file time budget: no corpus file takes long (the slowest is reported)', async () => {
    const found = discoverFiles(corpus.root, { maxFileSize: defaultConfig().maxFileSize });
    const times: { file: string; ms: number; skip?: string }[] = [];
    for (const f of found.files) {
      const t0 = performance.now();
      const r = await loadFile(f, {});
      times.push({ file: f.rel, ms: performance.now() - t0, skip: r.skip });
    }
    times.sort((a, b) => b.ms - a.ms);
    console.log(`      slowest files: ${times.slice(0, 3).map((t) => `${t.file} ${t.ms.toFixed(0)} ms${t.skip ? ` (${t.skip})` : ''}`).join('; ')}`);
    assert.ok(times[0].ms < 10000, `${times[0].file} took ${times[0].ms} ms`);
  });

  it('a file over its time budget is skipped with that reason (the budget checks every AST walk)', () => {
    const big = Array.from({ length: 1000 }, (_, i) => `export function f${i}(req, res) { if (req.user) return res.json(db.find(req.params.id)); }`).join('\n');
    const facts = withBudget(1, () => extractFacts('slow.js', big, 'code'));
    assert.match(facts.parseError ?? '(parsed)', /took longer than the per-file budget/);
    assert.equal(extractFacts('ok.js', big, 'code').parseError, undefined);
  });

  it("names the prototype answers (`constructor`, `toString`, `valueOf`, `__proto__`) are read as the app's own functions, not as table entries", () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
    const text = [
      "import { Router } from 'express';",
      'export const router = Router();',
      ...names.map((n) => `function ${n === '__proto__' ? 'proto' : n}(x) { return x; }\nrouter.get('/${n}', (req, res) => { if (${n === '__proto__' ? 'proto' : n}(req.query.id)) res.json(db.${n}(req.params.id)); else res.json(lib.${n}.find({ id: req.params.id })); });`),
    ].join('\n');
    const facts = extractFacts('src/routes/odd.ts', text, 'code');
    assert.equal(facts.parseError, undefined);
    assert.equal(facts.routerCalls.filter((c) => c.method === 'get').length, names.length);
  });

  it('a broken or wrongly typed routeguard.config.json: exit 2 with one line saying what to fix', () => {
    for (const [what, text] of Object.entries(BROKEN_CONFIGS)) {
      const cfg = path.join(tmp, 'routeguard.config.json');
      fs.writeFileSync(cfg, text);
      const r = cli(['audit', corpus.root, '--config', cfg]);
      assert.equal(r.code, 2, `${what}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim().split('\n').length, 1, `${what}: ${r.stderr}`);
      assert.match(r.stderr, /^routeguard: .*routeguard\.config\.json/);
      assert.doesNotMatch(r.stderr, STACK_TRACE);
    }
    // found at the root by itself, too
    fs.writeFileSync(path.join(corpus.root, 'routeguard.config.json'), BROKEN_CONFIGS['wrong type']);
    try {
      const r = cli(['matrix', corpus.root]);
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    } finally {
      fs.rmSync(path.join(corpus.root, 'routeguard.config.json'));
    }
  });

  it('the language server says which files it skipped (info diagnostics) and still reports the apps', async function () {
    const client = new LspTestClient(corpus.root);
    try {
      await client.initialize();
      const skippedDiag = (d: Diag[]) => d.some((x) => x.code === 'skipped-file' && x.severity === 3);
      const d = await client.waitFor('deep/blocks.js', skippedDiag, 120000);
      assert.match(d[0].message, /nested more than \d+ brackets deep/);
      await client.waitFor('big/app.js', skippedDiag);
      await client.waitFor('links/outside.js', skippedDiag);
      const app = baseline.find((f) => f.ruleId === 'missing-auth')!;
      await client.waitFor(app.loc.file, (ds) => ds.some((x) => x.code === 'missing-auth' && x.range.start.line === app.loc.line - 1));
      for (const ds of client.diagnostics.values()) for (const x of ds) assert.doesNotMatch(x.message, STACK_TRACE);
    } finally {
      await client.shutdown();
    }
  });
});
