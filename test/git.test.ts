/** Workspace-audit rules that ask git: committed .env files and secrets in history (never printed in full). */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkspace } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';

// a fake key in a known format, assembled so this file does not hold it as one literal
const FAKE = ['sk', 'live', '51Hq' + 'Z'.repeat(30)].join('_');

describe('git: env-file-committed and secret-in-git-history', () => {
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-git-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    git('init', '-q');
    fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"x","dependencies":{"express":"4"}}');
    fs.writeFileSync(path.join(dir, 'billing.js'), `const stripe = require('stripe')('${FAKE}');\nmodule.exports = stripe;\n`);
    fs.writeFileSync(path.join(dir, '.env'), 'DATABASE_URL=postgres://localhost/app\n');
    fs.writeFileSync(path.join(dir, '.env.example'), 'STRIPE_SECRET_KEY=sk_live_xxx\n');
    git('add', '-A');
    git('commit', '-qm', 'init');
    // the key is moved to the environment, but the history keeps it
    fs.writeFileSync(path.join(dir, 'billing.js'), "module.exports = require('stripe')(process.env.STRIPE_SECRET_KEY);\n");
    fs.writeFileSync(path.join(dir, '.env.local'), 'SESSION_SECRET=abc\n');
    git('add', 'billing.js');
    git('commit', '-qm', 'move key to env');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports the tracked and the unignored .env files, not the example', async () => {
    const { findings } = await analyzeWorkspace(dir, { config: loadConfig(dir).config, workspaceAudit: true });
    const envFiles = findings.filter((f) => f.ruleId === 'env-file-committed').map((f) => f.loc.file).sort();
    assert.deepEqual(envFiles, ['.env', '.env.local']);
  });

  it('reports the key removed from the tree, redacted', async () => {
    const { findings } = await analyzeWorkspace(dir, { config: loadConfig(dir).config, workspaceAudit: true });
    const hist = findings.filter((f) => f.ruleId === 'secret-in-git-history');
    assert.equal(hist.length, 1);
    assert.equal(hist[0].loc.file, 'billing.js');
    assert.match(hist[0].message, /Stripe secret key/);
    assert.ok(!JSON.stringify(findings).includes(FAKE), 'the key must never be printed in full');
  });

  it('does not ask git outside the workspace audit', async () => {
    const { findings } = await analyzeWorkspace(dir, { config: loadConfig(dir).config });
    assert.equal(findings.filter((f) => f.ruleId === 'env-file-committed' || f.ruleId === 'secret-in-git-history').length, 0);
  });
});
