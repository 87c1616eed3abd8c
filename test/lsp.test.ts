/**
 * Protocol tests: the built server over stdio, driven like an editor would. Each test works on a
 * scratch copy of the sample portal (buffers are overlays; commands may write into the copy).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspTestClient, applyLspEdits, Diag } from './lsp/client';

const FIXTURE = path.resolve(__dirname, '../../test-fixtures/northwind-portal');
const has = (rule: string, line?: number) => (d: Diag[]) => d.some((x) => x.code === rule && (line === undefined || x.range.start.line === line - 1));
const hasNot = (rule: string, line?: number) => (d: Diag[]) => !has(rule, line)(d);

function scratchCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-lsp-'));
  // without a cache an earlier audit of the fixture may have left in its node_modules
  fs.cpSync(FIXTURE, dir, { recursive: true, filter: (src) => !src.split(path.sep).includes('node_modules') });
  return dir;
}

describe('language server over stdio', function () {
  this.timeout(60000);
  let root: string;
  let client: LspTestClient;

  beforeEach(async () => {
    root = scratchCopy();
    client = new LspTestClient(root);
  });
  afterEach(async () => {
    await client.shutdown();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

  it('initializes, indexes in the background and publishes diagnostics for files that are not open', async () => {
    const init = await client.initialize();
    assert.ok(init.capabilities.hoverProvider);
    assert.deepStrictEqual(init.capabilities.codeActionProvider.codeActionKinds, ['quickfix']);
    assert.ok(init.capabilities.executeCommandProvider.commands.includes('routeguard.server.auditWorkspace'));
    const reports = await client.waitFor('api/src/routes/reports.ts', has('missing-auth', 7));
    const d = reports.find((x) => x.code === 'missing-auth')!;
    assert.strictEqual(d.source, 'routeguard');
    assert.strictEqual(d.severity, 1);
    assert.match(d.codeDescription!.href, /rules\/missing-auth\.md$/);
    assert.ok(d.relatedInformation!.some((r) => r.location.uri.endsWith('/api/src/server.ts') && r.location.range.start.line === 34 && /mounted/.test(r.message)), 'the mount is related information');
    // .env files and never a secret in full
    const env = await client.waitFor('web/.env.local', has('public-env-secret'));
    const envText = read('web/.env.local');
    const secret = /NEXT_PUBLIC_STRIPE_SECRET_KEY=(\S+)/.exec(envText)![1];
    assert.ok(env.every((x) => !x.message.includes(secret)), 'the secret is redacted');
  });

  it('a reopened workspace reads the facts cache: nothing parsed, the same diagnostics', async () => {
    fs.mkdirSync(path.join(root, 'node_modules'));
    await client.initialize();
    const first = await client.waitFor('api/src/routes/reports.ts', has('missing-auth', 7));
    const stats = (c: LspTestClient) => c.request('routeguard/serverStats', {}) as Promise<{ index: { files: number; fromCache: number; parsed: number }[] }>;
    assert.equal((await stats(client)).index[0].fromCache, 0);
    assert.ok(fs.readdirSync(path.join(root, 'node_modules/.cache/routeguard')).some((f) => f.endsWith('.lines')), 'cache written');
    await client.shutdown();
    client = new LspTestClient(root);
    await client.initialize();
    const again = await client.waitFor('api/src/routes/reports.ts', has('missing-auth', 7));
    const idx = (await stats(client)).index[0];
    assert.equal(idx.parsed, 0);
    assert.ok(idx.fromCache > 10, JSON.stringify(idx));
    assert.deepEqual(again, first);
  });

  it('re-analyses an edited buffer: adding the middleware clears missing-auth, removing it brings it back', async () => {
    await client.initialize();
    await client.waitFor('api/src/routes/reports.ts', has('missing-auth', 7));
    const rel = 'api/src/server.ts';
    const text = read(rel);
    await client.open(rel, text);
    await client.change(rel, text.replace("app.use('/api/reports', reportsRouter);", "app.use('/api/reports', requireAuth, reportsRouter);"));
    // a change in one file (the mount) changes the findings of another (the routes), which is not open
    await client.waitFor('api/src/routes/reports.ts', hasNot('missing-auth'));
    await client.change(rel, text.replace("app.use('/api/invoices', requireAuth, invoicesRouter);", "app.use('/api/invoices', invoicesRouter);"));
    await client.waitFor('api/src/routes/invoices.ts', has('missing-auth'));
    await client.waitFor('api/src/routes/reports.ts', has('missing-auth', 7));
  });

  it('someone typing without a pause still gets diagnostics (edits cancel analyses for about a second at most)', async () => {
    await client.initialize();
    await client.waitFor('api/src/routes/reports.ts', has('missing-auth', 7));
    const rel = 'api/src/server.ts';
    const text = read(rel);
    await client.open(rel, text);
    const guarded = text.replace("app.use('/api/reports', reportsRouter);", "app.use('/api/reports', requireAuth, reportsRouter);");
    const start = Date.now();
    let typed = 0;
    let seen = false;
    // a keystroke every 5 ms for 4 s, each one a new text (a comment grows): every analysis started is cancelled by the next
    while (Date.now() - start < 4000) {
      await client.change(rel, `${guarded}\n// ${'x'.repeat(++typed)}\n`);
      await new Promise((r) => setTimeout(r, 5));
      const d = client.diagnostics.get(client.uri('api/src/routes/reports.ts'));
      if (d && !d.some((x) => x.code === 'missing-auth')) seen = true;
    }
    assert.ok(seen, `the guard typed in server.ts showed while typing (${typed} keystrokes)`);
  });

  it('a middleware edit re-evaluates every route mounted behind it', async () => {
    await client.initialize();
    await client.waitFor('api/src/routes/invoices.ts', hasNot('missing-auth'));
    const rel = 'api/src/auth/middleware.ts';
    const text = read(rel);
    await client.open(rel, text);
    // requireAuth now lets every path through before checking the token
    await client.change(rel, text.replace("const header = req.headers.authorization ?? '';", "if (req.path.startsWith('/')) return next();\n  const header = req.headers.authorization ?? '';"));
    await client.waitFor('api/src/routes/invoices.ts', has('missing-auth'));
    await client.change(rel, text);
    await client.waitFor('api/src/routes/invoices.ts', hasNot('missing-auth'));
  });

  it('the open editors are published first, the other files follow (from the same analysis)', async () => {
    await client.shutdown();
    // (the sample portal has a few routes: the early publish is on whatever the workspace's size)
    client = new LspTestClient(root, { env: { ...process.env, ROUTEGUARD_EARLY_AFTER_MS: '0' } });
    await client.initialize();
    await client.waitFor('api/src/routes/invoices.ts', hasNot('missing-auth'));
    const mw = 'api/src/auth/middleware.ts';
    const routes = 'api/src/routes/invoices.ts';
    const text = read(mw);
    await client.open(mw, text);
    await client.open(routes, read(routes));
    for (const gated of [true, false]) {
      const early = (await client.request<{ earlyPublishes: number }>('routeguard/serverStats', {})).earlyPublishes;
      await client.change(mw, gated ? text.replace("const header = req.headers.authorization ?? '';", "if (req.path.startsWith('/')) return next();\n  const header = req.headers.authorization ?? '';") : text);
      await client.waitFor(routes, gated ? has('missing-auth') : hasNot('missing-auth'));
      // a file that is not open, behind the same middleware
      await client.waitFor('api/src/routes/documents.ts', gated ? has('missing-auth') : hasNot('missing-auth'));
      assert.ok(client.publishedAt.get(client.uri(routes))! <= client.publishedAt.get(client.uri('api/src/routes/documents.ts'))!, 'the open file was published no later than the closed one');
      assert.ok((await client.request<{ earlyPublishes: number }>('routeguard/serverStats', {})).earlyPublishes > early, 'the open editors were published ahead of the rest');
    }
  });

  async function actionsFor(rel: string, rule: string, line?: number) {
    const diags = await client.waitFor(rel, has(rule, line));
    const d = diags.find((x) => x.code === rule && (line === undefined || x.range.start.line === line - 1))!;
    return { d, actions: await client.request<any[]>('textDocument/codeAction', { textDocument: { uri: client.uri(rel) }, range: d.range, context: { diagnostics: [d] } }) };
  }

  async function applyAction(action: any) {
    for (const [uri, edits] of Object.entries(action.edit.changes as Record<string, any[]>)) {
      const rel = path.relative(root, new URL(uri).pathname).split(path.sep).join('/');
      const next = applyLspEdits(read(rel), edits);
      await client.open(rel, read(rel), rel.includes('.env') ? 'dotenv' : 'typescript');
      await client.change(rel, next);
      fs.writeFileSync(path.join(root, rel), next);
    }
  }

  it('missing-auth quick fix inserts the project middleware and its import; the finding goes away', async () => {
    await client.initialize();
    const rel = 'api/src/routes/reports.ts';
    const { actions } = await actionsFor(rel, 'missing-auth', 7);
    const fix = actions.find((a) => /Require authentication/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    assert.strictEqual(fix.isPreferred, true);
    await applyAction(fix);
    const text = read(rel);
    assert.match(text, /reportsRouter\.get\('\/revenue', requireAuth, async \(req, res\) => \{/);
    assert.match(text, /^import \{ requireAuth \} from '@api\/auth\/middleware';$/m);
    await client.waitFor(rel, hasNot('missing-auth', 7));
  });

  it('unscoped-tenant-query quick fix adds the tenant condition from the session', async () => {
    await client.initialize();
    const rel = 'api/src/routes/invoices.ts';
    const { actions } = await actionsFor(rel, 'unscoped-tenant-query', 16);
    const fix = actions.find((a) => /Scope the query/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    await applyAction(fix);
    assert.match(read(rel), /prisma\.invoice\.findUnique\(\{ where: \{ id: req\.params\.id, organizationId: req\.user!?\.organizationId \} \}\)/);
    await client.waitFor(rel, hasNot('unscoped-tenant-query', 16));
  });

  it('public-env-secret quick fix renames across .env files and every reference (one workspace edit)', async () => {
    await client.initialize();
    const rel = 'web/.env.local';
    const { actions } = await actionsFor(rel, 'public-env-secret', 9);
    const fix = actions.find((a) => /Rename NEXT_PUBLIC_STRIPE_SECRET_KEY/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const uris = Object.keys(fix.edit.changes);
    assert.ok(uris.some((u) => u.endsWith('/web/.env.local')) && uris.some((u) => u.endsWith('/PayButton.tsx')), uris.join(' '));
    await applyAction(fix);
    assert.match(read(rel), /^STRIPE_SECRET_KEY=/m);
    assert.match(read('web/src/components/PayButton.tsx'), /process\.env\.STRIPE_SECRET_KEY/);
    await client.waitFor(rel, hasNot('public-env-secret', 9));
  });

  it('cors-wildcard and token-logging quick fixes', async () => {
    await client.initialize();
    const cors = await actionsFor('api/src/server.ts', 'cors-wildcard');
    await applyAction(cors.actions.find((a) => /ALLOWED_ORIGINS/.test(a.title)));
    assert.match(read('api/src/server.ts'), /origin: \(process\.env\.ALLOWED_ORIGINS \?\? ''\)\.split\(','\),/);
    await client.waitFor('api/src/server.ts', hasNot('cors-wildcard'));
    const log = await actionsFor('api/src/auth/middleware.ts', 'token-logging', 21);
    await applyAction(log.actions.find((a) => /redacted/.test(a.title)));
    assert.match(read('api/src/auth/middleware.ts'), /console\.log\('verifying token', '\[redacted\]'\);/);
    await client.waitFor('api/src/auth/middleware.ts', hasNot('token-logging', 21));
  });

  it('every finding can be suppressed with a reason; the cursor lands on the reason', async () => {
    await client.initialize();
    const rel = 'api/src/routes/reports.ts';
    const { actions } = await actionsFor(rel, 'missing-auth', 7);
    const s = actions.find((a) => /^Suppress missing-auth/.test(a.title));
    assert.ok(s);
    assert.strictEqual(s.command.command, 'routeguard.placeCursor');
    const edits = Object.values(s.edit.changes as Record<string, any[]>)[0];
    assert.strictEqual(edits[0].newText, '// routeguard-ignore missing-auth -- \n');
    assert.deepStrictEqual(s.command.arguments.slice(1), [6, '// routeguard-ignore missing-auth -- '.length]);
    // with a reason written, the finding is suppressed
    const text = applyLspEdits(read(rel), edits).replace('missing-auth -- \n', 'missing-auth -- internal dashboard behind the VPN\n');
    await client.open(rel, read(rel));
    await client.change(rel, text);
    await client.waitFor(rel, (d) => !d.some((x) => x.code === 'missing-auth' && x.range.start.line === 7));
  });

  it('hover on a route shows its chain, auth, roles and tenant scoping; commands answer', async () => {
    await client.initialize();
    await client.waitFor('api/src/routes/invoices.ts', has('unscoped-tenant-query'));
    const hover = await client.request<any>('textDocument/hover', { textDocument: { uri: client.uri('api/src/routes/invoices.ts') }, position: { line: 13, character: 5 } });
    const md: string = hover.contents.value;
    assert.match(md, /\*\*GET `\/api\/invoices\/:id`\*\* \(express\)/);
    assert.match(md, /`requireAuth`: auth, registered at api\/src\/server\.ts:31/);
    assert.match(md, /Tenant scoping:\*\* \*\*unscoped query\*\*/);
    assert.match(md, /prisma `invoice\.findUnique` \(read\) at api\/src\/routes\/invoices\.ts:16: \*\*unscoped\*\*/);
    const none = await client.request<any>('textDocument/hover', { textDocument: { uri: client.uri('api/src/routes/invoices.ts') }, position: { line: 2, character: 3 } });
    assert.strictEqual(none, null);
    const details = await client.request<any>('workspace/executeCommand', { command: 'routeguard.server.showRouteDetails', arguments: [client.uri('api/src/routes/invoices.ts'), { line: 16, character: 4 }] });
    assert.match(details.markdown, /GET `\/api\/invoices\/:id`/);
    const matrix = await client.request<any>('workspace/executeCommand', { command: 'routeguard.server.generateAccessMatrix', arguments: [] });
    assert.ok(matrix.uri.endsWith('/access-matrix.md'));
    assert.match(read('access-matrix.md'), /\| GET \| `\/api\/invoices\/:id` \|/);
    const audit = await client.request<any>('workspace/executeCommand', { command: 'routeguard.server.auditWorkspace', arguments: [] });
    assert.ok(audit.findings >= 15 && audit.routes === 20, JSON.stringify({ ...audit, report: undefined }));
    assert.match(audit.report, /^# routeguard audit/);
    assert.match(audit.report, /### `GET \/api\/reports\/revenue`/);
    assert.match(audit.report, /\*\*error\*\* `missing-auth` at \[api\/src\/routes\/reports\.ts:7\]\(file:\/\/.*api\/src\/routes\/reports\.ts#L7\)/);
  });

  it('a broken config file is reported and the analysis goes on with defaults', async () => {
    fs.writeFileSync(path.join(root, 'routeguard.config.json'), '{ "rules": { "missing-auth": "loud" ');
    await client.initialize();
    await client.waitFor('api/src/routes/reports.ts', has('missing-auth', 7));
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(client.logs.some((l) => /routeguard\.config\.json: not valid JSON/.test(l)), client.logs.join('\n'));
  });

  it('settings: a rule severity override applies; enable=false clears diagnostics', async () => {
    client.settings = { enable: true, rules: { 'missing-auth': 'off', 'unscoped-tenant-query': 'info' } };
    await client.initialize();
    const inv = await client.waitFor('api/src/routes/invoices.ts', has('unscoped-tenant-query'));
    assert.strictEqual(inv.find((d) => d.code === 'unscoped-tenant-query')!.severity, 3);
    const reports = await client.waitFor('api/src/routes/reports.ts', () => true);
    assert.ok(!reports.some((d) => d.code === 'missing-auth'));
    client.settings = { enable: false, rules: {} };
    await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('api/src/routes/invoices.ts', (d) => d.length === 0);
  });
});
