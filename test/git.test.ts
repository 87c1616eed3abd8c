/**
 * Workspace-audit rules that ask git, and the diff-aware run: committed .env files, secrets in
 * the history of every branch (redacted in every output, cached between audits), --no-git-history
 * and --changed-since, on scratch repositories made here.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkspace } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';

const BIN = path.resolve(__dirname, '../../bin/routeguard.js');
// fake keys in known formats, assembled so this file does not hold them as literals
const FAKE = ['sk', 'live', '51Hq' + 'Z'.repeat(30)].join('_');
const FAKE_BRANCH = ['gh' + 'p', 'B'.repeat(12) + '0123456789abcdefghij'].join('_');
const FAKE_ENV = ['xo' + 'xb', '2' + '1'.repeat(11), 'T'.repeat(24)].join('-');

function gitIn(dir: string) {
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: '2026-03-01T10:00:00Z' };
  return (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env, encoding: 'utf8' });
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const audit = (dir: string, git?: { history?: boolean; cacheDir?: string }) => analyzeWorkspace(dir, { config: loadConfig(dir).config, workspaceAudit: true, git });

describe('git: env-file-committed and secret-in-git-history', () => {
  let dir = '';
  let cacheDir = '';
  let git: ReturnType<typeof gitIn>;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-git-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-git-cache-'));
    git = gitIn(dir);
    git('init', '-q', '-b', 'main');
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"x","dependencies":{"express":"4"}}');
    fs.writeFileSync(path.join(dir, 'billing.js'), `// billing\nconst stripe = require('stripe')('${FAKE}');\nmodule.exports = stripe;\n`);
    fs.writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=postgres://localhost/app\n');
    fs.writeFileSync(path.join(dir, '.env.example'), 'STRIPE_SECRET_KEY=sk_live_xxx\n');
    // tracked, but it documents names only
    fs.writeFileSync(path.join(dir, '.env.test'), 'STRIPE_SECRET_KEY=\nSESSION_SECRET=changeme\n');
    // Cloudflare Wrangler's local secrets: tracked, with a value; its example documents names
    fs.writeFileSync(path.join(dir, '.dev.vars'), 'SESSION_SECRET=local-dev-secret-1\n');
    fs.writeFileSync(path.join(dir, '.dev.vars.example'), 'SESSION_SECRET=abc\n');
    fs.writeFileSync(path.join(dir, '.gitignore'), '.env.production\n');
    git('add', '-A');
    git('commit', '-qm', 'init');
    // the key is moved to the environment in the next commit, but the history keeps it
    fs.writeFileSync(path.join(dir, 'billing.js'), "// billing\nmodule.exports = require('stripe')(process.env.STRIPE_SECRET_KEY);\n");
    fs.writeFileSync(path.join(dir, '.env.local'), 'SESSION_SECRET=abc\n');
    fs.writeFileSync(path.join(dir, '.env.production'), `SLACK_TOKEN=${FAKE_ENV}\n`);
    git('add', 'billing.js');
    git('commit', '-qm', 'move key to env');
    // a key committed on a branch that was never merged
    git('checkout', '-q', '-b', 'experiment');
    fs.writeFileSync(path.join(dir, 'deploy.js'), `\n\nexport const token = "${FAKE_BRANCH}";\n`);
    git('add', 'deploy.js');
    git('commit', '-qm', 'try deploy');
    git('checkout', '-q', 'main');
  });
  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  it('reports the tracked and the unignored .env files (and .dev.vars), not the examples, the ignored or the placeholder-only one', async () => {
    const { findings } = await audit(dir, { cacheDir });
    const envFiles = findings.filter((f) => f.ruleId === 'env-file-committed').map((f) => f.loc.file).sort();
    assert.deepEqual(envFiles, ['.dev.vars', '.env', '.env.local']);
  });

  it('reports a key added in one commit and removed in the next, and one on an unmerged branch, with commit, date and line', async () => {
    const { findings } = await audit(dir, { cacheDir });
    const hist = findings.filter((f) => f.ruleId === 'secret-in-git-history').sort((a, b) => a.loc.file.localeCompare(b.loc.file));
    assert.deepEqual(hist.map((f) => [f.loc.file, f.loc.line]), [['billing.js', 2], ['deploy.js', 3]]);
    const first = git('rev-list', '--max-parents=0', 'HEAD').trim();
    assert.match(hist[0].message, /Stripe secret key \(sk_l…\(42 chars\)\) was committed to billing\.js:2 in /);
    assert.ok(hist[0].message.includes(first.slice(0, 10)), hist[0].message);
    assert.match(hist[0].message, /authored 2026-03-01\)\. Rotate the key/);
    assert.match(hist[1].message, /GitHub token/);
  });

  it('never prints a history secret in full, in any output', () => {
    for (const format of ['text', 'json', 'sarif', 'markdown', 'html']) {
      const r = cli(['audit', dir, '--format', format, '--fail-on', 'never']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /sk_l…\(42 chars\)/, format);
      for (const secret of [FAKE, FAKE_BRANCH, FAKE_ENV]) assert.ok(!r.stdout.includes(secret) && !r.stderr.includes(secret), `${format} prints a secret`);
    }
  });

  it('remembers scanned commits: the next audit reads only new ones', async () => {
    const cold = await analyzeWorkspace(dir, { config: loadConfig(dir).config, workspaceAudit: true, git: { cacheDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rg-git-cache-')) } });
    assert.equal(cold.model.git!.history.commitsRead, 3);
    const first = await audit(dir, { cacheDir });
    const warm = await audit(dir, { cacheDir });
    assert.equal(warm.model.git!.history.commitsRead, 0);
    assert.equal(warm.model.git!.history.commitsCached, 3);
    const ids = (r: typeof warm) => r.findings.filter((f) => f.ruleId === 'secret-in-git-history').map((f) => f.fingerprint).sort();
    assert.deepEqual(ids(warm), ids(first));
    fs.writeFileSync(path.join(dir, 'mail.js'), `module.exports = { key: '${['SG', 'a'.repeat(22), 'b'.repeat(43)].join('.')}' };\n`);
    git('add', 'mail.js');
    git('commit', '-qm', 'mail');
    try {
      const next = await audit(dir, { cacheDir });
      assert.equal(next.model.git!.history.commitsRead, 1);
      assert.equal(ids(next).length, ids(first).length + 1);
    } finally {
      git('reset', '-q', '--hard', 'HEAD~1');
    }
  });

  it('--no-git-history turns the history walk off, not the .env check', () => {
    const r = cli(['audit', dir, '--format', 'json', '--no-git-history', '--fail-on', 'never']);
    const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(!ids.includes('secret-in-git-history'));
    assert.ok(ids.includes('env-file-committed'));
  });

  it('does not walk the history of a partial clone (git would fetch missing objects over the network)', async () => {
    git('config', 'remote.origin.url', 'https://example.invalid/repo.git');
    git('config', 'remote.origin.promisor', 'true');
    try {
      const r = await audit(dir, { cacheDir: fs.mkdtempSync(path.join(os.tmpdir(), 'rg-git-cache-')) });
      assert.equal(r.model.git!.history.scanned, false);
      assert.match(r.model.git!.history.note ?? '', /partial clone/);
      assert.equal(r.findings.filter((f) => f.ruleId === 'secret-in-git-history').length, 0);
      assert.ok(r.findings.some((f) => f.ruleId === 'env-file-committed'), 'the .env check still runs');
    } finally {
      git('config', '--unset', 'remote.origin.promisor');
      git('remote', 'remove', 'origin');
    }
  });

  it('does not ask git outside the workspace audit', async () => {
    const { findings } = await analyzeWorkspace(dir, { config: loadConfig(dir).config });
    assert.equal(findings.filter((f) => f.ruleId === 'env-file-committed' || f.ruleId === 'secret-in-git-history').length, 0);
  });
});

describe('--changed-since', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-changed-'));
    const git = gitIn(dir);
    git('init', '-q', '-b', 'main');
    fs.mkdirSync(path.join(dir, 'src/routes'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"x","dependencies":{"express":"4"}}');
    fs.writeFileSync(path.join(dir, 'src/auth.js'), "exports.requireAuth = (req, res, next) => (req.user ? next() : res.status(401).end());\n");
    fs.writeFileSync(
      path.join(dir, 'src/app.js'),
      "const express = require('express');\nconst { requireAuth } = require('./auth');\nconst app = express();\napp.use('/api', requireAuth);\napp.use('/api/orders', require('./routes/orders'));\napp.use('/api/users', require('./routes/users'));\nmodule.exports = app;\n",
    );
    const router = (table: string) => `const router = require('express').Router();\nconst db = require('../db');\nrouter.get('/', async (req, res) => res.json(await db.query('SELECT * FROM ${table}')));\nmodule.exports = router;\n`;
    fs.writeFileSync(path.join(dir, 'src/db.js'), "const { Pool } = require('pg');\nmodule.exports = new Pool();\n");
    fs.writeFileSync(path.join(dir, 'src/routes/orders.js'), router('orders') + "router.post('/', (req, res) => { console.log('order by', req.headers.authorization); res.end(); });\n");
    fs.writeFileSync(path.join(dir, 'src/routes/users.js'), router('users'));
    git('add', '-A');
    git('commit', '-qm', 'init');
    git('tag', 'base');
    // the pull request: a public route added to users.js, and an unauthenticated export in a new file
    fs.appendFileSync(path.join(dir, 'src/routes/users.js'), "router.delete('/:id', async (req, res) => { await db.query('DELETE FROM users WHERE id = $1', [req.params.id]); res.end(); });\n");
    fs.writeFileSync(
      path.join(dir, 'src/public.js'),
      "const express = require('express');\nconst db = require('./db');\nconst app = require('./app');\napp.get('/export', async (req, res) => res.json(await db.query('SELECT * FROM users')));\n",
    );
    git('add', 'src/routes/users.js');
    git('commit', '-qm', 'delete users');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports only findings in files changed since the ref (committed or not), with cross-file auth still right', () => {
    const all = JSON.parse(cli(['audit', dir, '--format', 'json', '--fail-on', 'never', '--no-git-history']).stdout).findings as { ruleId: string; loc: { file: string } }[];
    const changed = JSON.parse(cli(['audit', dir, '--format', 'json', '--fail-on', 'never', '--no-git-history', '--changed-since', 'base']).stdout);
    const files = [...new Set((changed.findings as { loc: { file: string } }[]).map((f) => f.loc.file))].sort();
    assert.ok(all.some((f) => f.loc.file === 'src/routes/orders.js'), 'the unchanged file has findings of its own: ' + JSON.stringify(all.map((f) => [f.ruleId, f.loc.file])));
    assert.ok(files.length > 0);
    assert.ok(files.every((f) => f === 'src/routes/users.js' || f === 'src/public.js'), files.join(', '));
    // the users router is still known to sit behind app.use('/api', requireAuth) in an unchanged file
    assert.ok(!changed.findings.some((f: { ruleId: string; loc: { file: string } }) => f.ruleId === 'missing-auth' && f.loc.file === 'src/routes/users.js'));
    assert.ok(changed.findings.some((f: { ruleId: string; loc: { file: string } }) => f.ruleId === 'missing-auth' && f.loc.file === 'src/public.js'));
    assert.match(changed.notes.join(' '), /changed since base/);
  });

  it('says in one line when the ref does not exist or the folder is not a repository', () => {
    const r = cli(['audit', dir, '--changed-since', 'no-such-branch']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^routeguard: --changed-since: "no-such-branch" is not a commit/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-nogit-'));
    try {
      const p = cli(['audit', plain, '--changed-since', 'main']);
      assert.equal(p.code, 2);
      assert.match(p.stderr, /needs a git repository/);
    } finally {
      fs.rmSync(plain, { recursive: true, force: true });
    }
  });
});
