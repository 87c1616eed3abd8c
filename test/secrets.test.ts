/**
 * Secrets are never printed in full. Fake secrets of every detected kind (generated at run time)
 * are planted where each rule reports them; then every output is searched for every full value:
 * the CLI's audit and matrix formats (a table: formats the CLI does not know yet are skipped, so
 * new ones are covered as soon as they exist), its error messages, and over LSP the diagnostics,
 * hovers, route details, quick-fix titles, command results and the server's log with trace on.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { fakeSecrets, writeSecretWorkspace, FakeSecret } from './robustness/fakeSecrets';
import { LspTestClient, Diag } from './lsp/client';
import { redactSecretsIn } from '../server/src/engine/secrets/redactText';

const BIN = path.resolve(__dirname, '../../bin/routeguard.js');

/** Every format of every command that prints findings or routes. Add new formats here. */
export const OUTPUT_FORMATS: { command: 'audit' | 'matrix'; format: string }[] = [
  ...['text', 'json', 'sarif', 'markdown', 'html'].map((format) => ({ command: 'audit' as const, format })),
  ...['markdown', 'csv', 'json', 'html'].map((format) => ({ command: 'matrix' as const, format })),
];

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** the kinds whose full value (or a must-not-appear part) occurs in the text */
function leaked(text: string, secrets: FakeSecret[]): string[] {
  const flat = text.replace(/\\n/g, '\n');
  return secrets.filter((s) => [s.value, ...s.parts].some((v) => text.includes(v) || flat.includes(v) || text.includes(JSON.stringify(v).slice(1, -1)))).map((s) => s.kind);
}

describe('secrets are never printed in full', function () {
  this.timeout(180000);
  let tmp: string;
  let root: string;
  let secrets: FakeSecret[];

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-secrets-'));
    root = path.join(tmp, 'ws');
    fs.mkdirSync(root);
    secrets = fakeSecrets();
    writeSecretWorkspace(root, secrets);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('free-text redaction: every planted kind in bare and quoted text; paths, hashes and words untouched', () => {
    for (const sec of secrets) {
      for (const text of [`found --> '${sec.value}' <--`, `Unexpected token "${sec.value}"`, `x = \`${sec.value}\`;`]) {
        const red = redactSecretsIn(text);
        assert.ok(![sec.value, ...sec.parts].some((v) => red.includes(v)), `${sec.kind} survives in: ${red.slice(0, 80)}`);
      }
    }
    for (const keep of ['web/src/app/api/v1/invoices/[invoiceId]/route.ts:14', 'commit 3f9a2c71b0d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8', 'GET /api/organizations/:organizationId/members/:memberId', 'prisma.invoiceLineItem.findManyAndCount2024']) {
      assert.equal(redactSecretsIn(keep), keep);
    }
  });

  it('the planted secrets are found (by every secret rule)', () => {
    const r = cli(['audit', root, '--format', 'json']);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string }[];
    for (const rule of ['hardcoded-secret', 'public-env-secret', 'secret-in-git-history', 'env-file-committed', 'token-logging', 'insecure-jwt']) {
      assert.ok(findings.some((f) => f.ruleId === rule), `${rule} reports nothing: the test would prove nothing`);
    }
  });

  for (const { command, format } of OUTPUT_FORMATS) {
    it(`${command} --format ${format}`, function () {
      const r = cli([command, root, '--format', format]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      assert.ok(r.stdout.length > 100);
      assert.deepEqual(leaked(r.stdout + r.stderr, secrets), []);
    });
  }

  it('audit --output and --matrix-output files', () => {
    const out = path.join(tmp, 'report.md');
    for (const m of ['matrix.md', 'matrix.csv', 'matrix.json']) {
      const r = cli(['audit', root, '--format', 'markdown', '--output', out, '--matrix-output', path.join(tmp, m)]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      assert.deepEqual(leaked(fs.readFileSync(out, 'utf8') + fs.readFileSync(path.join(tmp, m), 'utf8') + r.stderr, secrets), []);
    }
  });

  it('error messages: a broken config holding a secret, a secret as a config key', () => {
    const gh = secrets.find((s) => s.kind === 'GitHub token')!.value;
    const configs = [`{ "allowedOrigins": [${gh}] }`, `{ "rules": { "${gh}": "error" } }`, `{ "tenantKeys": "${gh}" }`, `{ "${gh}": 1 }`];
    for (const c of configs) {
      const file = path.join(tmp, 'routeguard.config.json');
      fs.writeFileSync(file, c);
      const r = cli(['audit', root, '--config', file]);
      assert.equal(r.code, 2, r.stderr);
      assert.deepEqual(leaked(r.stdout + r.stderr, secrets), [], r.stderr);
    }
  });

  it('language server: diagnostics, hover, route details, quick-fix titles, commands and the log with trace on', async () => {
    const client = new LspTestClient(root);
    let everything = '';
    try {
      await client.initialize();
      await client.conn.sendNotification('$/setTrace', { value: 'verbose' });
      await client.waitFor('api/src/app.ts', (d) => d.some((x) => x.code === 'missing-auth'), 60000);
      await client.waitFor('api/src/secrets.ts', (d) => d.some((x) => x.code === 'hardcoded-secret'));
      const audit = await client.request('workspace/executeCommand', { command: 'routeguard.server.auditWorkspace', arguments: [client.uri('')] });
      everything += JSON.stringify(audit);
      await client.waitFor('api/src/old.ts', (d) => d.some((x) => x.code === 'secret-in-git-history')).catch(() => undefined);
      const matrix = await client.request('workspace/executeCommand', { command: 'routeguard.server.generateAccessMatrix', arguments: [client.uri('')] });
      everything += JSON.stringify(matrix) + fs.readFileSync(path.join(root, 'access-matrix.md'), 'utf8');
      const lines = fs.readFileSync(path.join(root, 'api/src/app.ts'), 'utf8').split('\n');
      for (let line = 0; line < lines.length; line++) {
        const pos = { line, character: Math.max(0, lines[line].indexOf('app.')) };
        everything += JSON.stringify(await client.request('textDocument/hover', { textDocument: { uri: client.uri('api/src/app.ts') }, position: pos }));
        everything += JSON.stringify(await client.request('workspace/executeCommand', { command: 'routeguard.server.showRouteDetails', arguments: [client.uri('api/src/app.ts'), pos] }));
      }
      for (const [uri, diags] of client.diagnostics) {
        everything += JSON.stringify(diags);
        if (!diags.length) continue;
        const actions = (await client.request('textDocument/codeAction', { textDocument: { uri }, range: diags[0].range, context: { diagnostics: diags as Diag[] } })) as { title: string }[];
        everything += actions.map((a) => a.title).join('\n');
      }
    } finally {
      await client.shutdown();
    }
    everything += client.logs.join('\n');
    assert.ok(everything.includes('hardcoded-secret') && everything.includes('…('), 'redacted values are shown');
    assert.deepEqual(leaked(everything, secrets), []);
  });
});
