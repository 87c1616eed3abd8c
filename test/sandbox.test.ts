/**
 * routeguard never executes workspace code and never talks to the network. A workspace is planted
 * with files that write a marker if anything runs them (JS configs, lifecycle scripts, a tsconfig
 * `extends` into node_modules, git hooks, and a .git/config naming an fsmonitor hook, a textconv
 * driver, a clean/smudge filter, an external diff, a pager and a gpg program); the CLI (workspace
 * audit with git included) and the language server (indexing, edits, hover, every command) run
 * with a preload that makes every outbound socket, DNS lookup, HTTP request and child process
 * other than `git` fail loudly and records it.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync, execFileSync } from 'child_process';
import { LspTestClient } from './lsp/client';

const BIN = path.resolve(__dirname, '../../bin/routeguard.js');

/** The preload (plain JS, written at test time): record and throw on any way out. */
const PRELOAD = String.raw`
const fs = require('fs');
const LOG = process.env.RG_SANDBOX_LOG;
const record = (what) => { try { fs.appendFileSync(LOG, process.pid + ' ' + what + '\n'); } catch {} };
const refuse = (what) => { record(what); throw new Error('routeguard sandbox: refused ' + what); };
const net = require('net');
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const o = args[0];
  const local = (o && typeof o === 'object' && !Array.isArray(o) && o.path) || typeof o === 'string' || (Array.isArray(o) && o[0] && o[0].path);
  if (!local) refuse('net.Socket.connect ' + JSON.stringify(Array.isArray(o) ? o[0] : o).slice(0, 200));
  return connect.apply(this, args);
};
const dns = require('dns');
for (const k of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) {
  dns[k] = (...a) => refuse('dns.' + k + ' ' + String(a[0]));
  if (dns.promises && dns.promises[k]) dns.promises[k] = async (...a) => refuse('dns.promises.' + k + ' ' + String(a[0]));
}
for (const m of ['http', 'https', 'http2']) {
  const mod = require(m);
  for (const k of ['request', 'get', 'connect']) if (typeof mod[k] === 'function') mod[k] = (...a) => refuse(m + '.' + k);
}
require('tls').connect = (...a) => refuse('tls.connect');
require('dgram').createSocket = (...a) => refuse('dgram.createSocket');
if (typeof globalThis.fetch === 'function') globalThis.fetch = async (u) => refuse('fetch ' + String(u));
if (typeof globalThis.WebSocket === 'function') globalThis.WebSocket = function () { refuse('WebSocket'); };
const cp = require('child_process');
const allowed = (cmd) => /(^|\/)git(\.exe)?$/.test(String(cmd));
for (const k of ['spawn', 'spawnSync', 'execFile', 'execFileSync']) {
  const orig = cp[k];
  cp[k] = function (cmd, ...rest) { if (!allowed(cmd)) refuse('child_process.' + k + ' ' + cmd); else record('git ' + (Array.isArray(rest[0]) ? rest[0].join(' ') : '')); return orig.call(this, cmd, ...rest); };
}
for (const k of ['exec', 'execSync', 'fork']) cp[k] = (cmd) => refuse('child_process.' + k + ' ' + cmd);
`;

function plant(root: string, markers: string): void {
  const w = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const jsMarker = (name: string) => `require('fs').writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');\nmodule.exports = {};\n`;
  for (const f of ['routeguard.config.js', 'routeguard.config.cjs', 'routeguard.config.mjs', 'next.config.js', 'next.config.mjs', 'postcss.config.js', '.babelrc.js', 'babel.config.js', 'vite.config.js', 'tailwind.config.js', 'jest.config.js', 'eslint.config.js', '.eslintrc.js', 'prettier.config.js', 'webpack.config.js']) {
    w(f, jsMarker(f));
  }
  w('next.config.ts', `import * as fs from 'fs';\nfs.writeFileSync(${JSON.stringify(path.join(markers, 'next.config.ts'))}, 'ran');\nexport default { env: { NEXT_PUBLIC_API: 'x' } };\n`);
  const sh = `node -e "require('fs').writeFileSync('${path.join(markers, 'lifecycle')}','ran')"`;
  w('package.json', JSON.stringify({
    name: 'planted', version: '1.0.0', main: 'index.js',
    scripts: { preinstall: sh, install: sh, postinstall: sh, prepare: sh, prepack: sh, test: sh, start: sh, build: sh, lint: sh },
    dependencies: { express: '4', 'evil-config': '1' },
  }, null, 2));
  w('routeguard.config.json', JSON.stringify({ $schema: './node_modules/evil-config/schema.js', authMiddleware: ['requireAuth'] }));
  w('tsconfig.json', JSON.stringify({ extends: 'evil-config/tsconfig.json', compilerOptions: { baseUrl: '.', plugins: [{ name: 'evil-config' }] } }));
  w('jsconfig.json', JSON.stringify({ extends: './node_modules/evil-config/index.js' }));
  w('node_modules/evil-config/package.json', JSON.stringify({ name: 'evil-config', main: 'index.js', tsconfig: 'tsconfig.json' }));
  w('node_modules/evil-config/index.js', jsMarker('node_modules-index.js'));
  w('node_modules/evil-config/schema.js', jsMarker('node_modules-schema.js'));
  w('node_modules/evil-config/tsconfig.json', JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }));
  w('index.js', jsMarker('index.js'));
  // a vulnerable route, so the analysis has something to do, and an env file for git to see
  w('src/app.js', [
    jsMarker('src-app.js').trimEnd(),
    "const express = require('express');",
    "const evil = require('evil-config');",
    'const app = express();',
    "app.get('/users/:id', async (req, res) => res.json(await db.user.findUnique({ where: { id: req.params.id } })));",
    'module.exports = app;',
    '',
  ].join('\n'));
  w('.env', 'NEXT_PUBLIC_API_URL=https://api.example.invalid\n');
}

/** git init + commit, then arm the repository with commands git could be talked into running. */
function armGit(root: string, markers: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.invalid');
  git('config', 'user.name', 'test');
  git('add', '-A');
  git('commit', '-qm', 'planted');
  const hook = path.join(root, '.git', 'evil-hook.sh');
  fs.writeFileSync(hook, `#!/bin/sh\necho "$0 $*" >> ${path.join(markers, 'git-config-command')}\ncat "$1" 2>/dev/null\nexit 0\n`, { mode: 0o755 });
  for (const [k, v] of [
    ['core.fsmonitor', hook], ['core.pager', hook], ['core.hooksPath', path.join(root, '.git', 'evil-hooks')],
    ['diff.evil.textconv', hook], ['diff.evil.command', hook], ['diff.external', hook],
    ['filter.evil.clean', hook], ['filter.evil.smudge', hook], ['filter.evil.process', hook],
    ['log.showSignature', 'true'], ['gpg.program', hook], ['core.sshCommand', hook], ['core.editor', hook],
  ]) git('config', k, v);
  fs.mkdirSync(path.join(root, '.git', 'evil-hooks'), { recursive: true });
  for (const h of ['pre-commit', 'post-checkout', 'post-merge', 'post-index-change', 'reference-transaction', 'pre-auto-gc']) {
    fs.writeFileSync(path.join(root, '.git', 'evil-hooks', h), `#!/bin/sh\ntouch ${path.join(markers, 'hook-' + h)}\n`, { mode: 0o755 });
    fs.copyFileSync(path.join(root, '.git', 'evil-hooks', h), path.join(root, '.git', 'hooks', h));
    fs.chmodSync(path.join(root, '.git', 'hooks', h), 0o755);
  }
  fs.writeFileSync(path.join(root, '.gitattributes'), '* diff=evil filter=evil\n');
  // an uncommitted change, so index refreshes and diffs have something to look at
  fs.appendFileSync(path.join(root, 'src/app.js'), '// edited\n');
}

describe('sandbox: routeguard executes nothing from the workspace and uses no network', function () {
  this.timeout(120000);
  let tmp: string;
  let root: string;
  let markers: string;
  let log: string;
  let env: NodeJS.ProcessEnv;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-sandbox-'));
    root = path.join(tmp, 'ws');
    markers = path.join(tmp, 'markers');
    fs.mkdirSync(markers);
    fs.mkdirSync(root);
    plant(root, markers);
    armGit(root, markers);
    log = path.join(tmp, 'sandbox.log');
    fs.writeFileSync(path.join(tmp, 'preload.js'), PRELOAD);
    env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${path.join(tmp, 'preload.js')}`.trim(), RG_SANDBOX_LOG: log };
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  beforeEach(() => fs.writeFileSync(log, ''));

  const outbound = () => fs.readFileSync(log, 'utf8').split('\n').filter((l) => l && !/^\d+ git /.test(l));
  const gitCalls = () => fs.readFileSync(log, 'utf8').split('\n').filter((l) => /^\d+ git /.test(l));
  const ran = () => fs.readdirSync(markers);

  it('the preload works: a network call, a DNS lookup and a shell are refused and recorded', () => {
    const r = spawnSync(process.execPath, ['-e', "require('http').get('http://example.invalid/'); "], { env, encoding: 'utf8' });
    assert.notEqual(r.status, 0);
    const s = spawnSync(process.execPath, ['-e', "require('net').connect(80, 'example.invalid'); "], { env, encoding: 'utf8' });
    assert.notEqual(s.status, 0);
    const d = spawnSync(process.execPath, ['-e', "require('child_process').execSync('true')"], { env, encoding: 'utf8' });
    assert.notEqual(d.status, 0);
    assert.equal(outbound().length, 3, fs.readFileSync(log, 'utf8'));
    // and the planted hooks really are armed: plain git runs them
    spawnSync('git', ['log', '-p', '-1'], { cwd: root, stdio: 'pipe' });
    const armed = ran();
    for (const m of armed) fs.rmSync(path.join(markers, m));
    assert.ok(armed.includes('git-config-command'), 'the textconv driver is armed');
  });

  it('CLI audit (git included), every format, and matrix: no marker, no socket, nothing spawned but git', () => {
    const runs = [['audit', root, '--format', 'json'], ['audit', root, '--format', 'sarif'], ['audit', root, '--format', 'markdown'], ['audit', root], ['matrix', root, '--format', 'csv']].map((args) => ({
      args, r: spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', cwd: root }),
    }));
    assert.deepEqual(ran(), [], 'workspace code ran');
    assert.deepEqual(outbound(), [], 'outbound connections or child processes');
    for (const { args, r } of runs) assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    const findings = JSON.parse(runs[0].r.stdout).findings as { ruleId: string }[];
    assert.ok(findings.some((f) => f.ruleId === 'missing-auth'), 'the app is analysed');
    assert.ok(findings.some((f) => f.ruleId === 'env-file-committed'), 'git was asked (the .env file is tracked)');
    assert.ok(gitCalls().length > 0, 'the workspace audit ran git');
  });

  it('language server (index, edit, hover, audit command with git, matrix, route details): no marker, no socket', async () => {
    const client = new LspTestClient(root, { env });
    try {
      await client.initialize();
      await client.conn.sendNotification('$/setTrace', { value: 'verbose' });
      await client.waitFor('src/app.js', (d) => d.some((x) => x.code === 'missing-auth'), 60000);
      const text = fs.readFileSync(path.join(root, 'src/app.js'), 'utf8');
      await client.open('src/app.js', text, 'javascript');
      await client.change('src/app.js', text + "\napp.get('/x', (req, res) => res.send(req.query.q));\n");
      await client.request('textDocument/hover', { textDocument: { uri: client.uri('src/app.js') }, position: { line: 5, character: 4 } });
      const audit = await client.request('workspace/executeCommand', { command: 'routeguard.server.auditWorkspace', arguments: [client.uri('')] });
      assert.ok(audit.findings > 0, JSON.stringify(audit).slice(0, 300));
      await client.request('workspace/executeCommand', { command: 'routeguard.server.generateAccessMatrix', arguments: [client.uri('')] });
      await client.request('workspace/executeCommand', { command: 'routeguard.server.showRouteDetails', arguments: [client.uri('src/app.js'), { line: 5, character: 4 }] });
      await client.waitFor('.env', (d) => d.some((x) => x.code === 'env-file-committed'));
    } finally {
      await client.shutdown();
    }
    assert.deepEqual(ran(), [], 'workspace code ran');
    assert.deepEqual(outbound(), [], 'outbound connections or child processes');
    assert.ok(gitCalls().length > 0, 'the audit command ran git');
  });
});
