/**
 * The language server's incremental analysis (one file re-extracted, routes reused from the
 * memo when nothing they read changed) must give exactly the findings of a fresh analysis.
 * For every fixture app: edit files that matter (drop a line that mentions auth, a role or a
 * tenant key; touch a middleware; break a file's parse and mend it), compare with
 * analyzeWorkspace on the same overlays, revert, compare again.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workspace } from '../server/src/lsp/workspace';
import { analyzeWorkspace, FactsCache } from '../server/src/engine/analyze';
import type { Finding } from '../server/src/engine/findings';

const FIXTURES = path.resolve(__dirname, '../../test-fixtures');
const summary = (fs: Finding[]) => fs.map((f) => `${f.ruleId} ${f.loc.file}:${f.loc.line}:${f.loc.column} ${f.route ?? ''} ${f.message}`).sort();

describe('incremental analysis equals a fresh analysis', function () {
  this.timeout(120000);
  let earlyChecked = 0;
  let edits = 0;
  // (over all fixtures; a run of one fixture may have no route in the files it edits)
  after(() => assert.ok(earlyChecked > 0 || edits < 100, `early diagnostics were checked on some of ${edits} edits`));
  for (const app of fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory())) {
    it(app, async () => {
      const root = path.join(FIXTURES, app);
      const ws = new Workspace(root);
      // the fresh analyses keep their own facts cache (never the workspace's): extraction is by content,
      // what is compared is linking and rules from nothing against the workspace's incremental ones
      const freshFacts = new FactsCache();
      await ws.index();
      await ws.analyze();
      const candidates = listCode(root).filter((rel) => /auth|role|orgId|tenant|workspaceId|Guard|session|use\(/.test(fs.readFileSync(path.join(root, rel), 'utf8'))).slice(0, 6);
      for (const [k, rel] of candidates.entries()) {
        const text = fs.readFileSync(path.join(root, rel), 'utf8');
        const lines = text.split('\n');
        const i = lines.findIndex((l) => /requireAuth|authenticate|Guard|role|orgId|tenantId|workspaceId|getSession|auth\(\)/.test(l) && !/^\s*(?:import|\/\/)/.test(l));
        const edited = i >= 0 ? [...lines.slice(0, i), '', ...lines.slice(i + 1)].join('\n') : text + '\n// touched\n';
        // half-typed: the file stops parsing (its imports vanish from the model) and parses again
        const broken = `import {\n${text}`;
        for (const version of k < 2 ? [edited, broken, text, broken, text] : [edited, text]) {
          ws.setOverlay(rel, version);
          const before = ws.result!;
          let early: Map<string, Finding[]> | undefined;
          const incremental = await ws.analyze(undefined, false, true, { files: [rel], afterMs: 0, publish: (byFile) => (early = byFile) });
          const fresh = await analyzeWorkspace(root, { config: ws.config, overlays: new Map(ws.overlays), cache: freshFacts });
          const what = `${app}: after editing ${rel}${version === text ? ' and reverting' : version === broken ? ' (not parsing)' : ''}`;
          assert.deepStrictEqual(summary(incremental.findings), summary(fresh.findings), what);
          // the open editor's route findings, published before the whole link ends, are already the
          // final ones (when the context the route rules read is unchanged)
          const context = (r: typeof before) => JSON.stringify([r.model.commonAuth ?? null, r.model.userTenantKeys ?? null]);
          edits++;
          if (early) earlyChecked++;
          if (early && context(before) === context(incremental)) {
            const routeRules = new Set(incremental.rules.filter((r) => r.perRoute).map((r) => r.id));
            const mine = (list: Finding[]) => summary(list.filter((f) => f.loc.file === rel && routeRules.has(f.ruleId) && !f.suppressed));
            assert.deepStrictEqual(mine(early.get(rel) ?? []), mine(incremental.findings), `${what}: early diagnostics`);
          }
        }
        ws.setOverlay(rel, undefined);
      }
    });
  }
});

describe('an edit that changes which tables are tenant-owned', () => {
  it('rebuilds the routes of other files that query the table', async () => {
    // reports.ts starts filtering projects by org_id: projects are tenant-owned, and the lookup
    // by id in projects.ts (a file nobody edited) becomes an unscoped tenant query
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-tenant-edit-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write('package.json', JSON.stringify({ name: 'tenant-edit', dependencies: { express: '^4.19.0', knex: '^3.1.0' } }));
    write('src/db.ts', "import knex from 'knex';\nexport const db = knex({ client: 'pg', connection: process.env.DATABASE_URL });\n");
    write('src/auth.ts', "import type { Request, Response, NextFunction } from 'express';\nexport function requireAuth(req: Request, res: Response, next: NextFunction) {\n  if (!req.user) return res.status(401).json({ error: 'unauthorized' });\n  next();\n}\n");
    const route = (name: string, p: string, query: string) =>
      `import { Router } from 'express';\nimport { db } from '../db';\nimport { requireAuth } from '../auth';\nexport const ${name} = Router();\n${name}.get('${p}', requireAuth, async (req, res) => {\n  res.json(await ${query});\n});\n`;
    write('src/routes/projects.ts', route('projects', '/projects/:id', "db('projects').where({ id: req.params.id }).first()"));
    const reports = route('reports', '/reports', "db('projects').where({ archived: false })");
    write('src/routes/reports.ts', reports);
    write('src/app.ts', "import express from 'express';\nimport { projects } from './routes/projects';\nimport { reports } from './routes/reports';\nconst app = express();\napp.use('/api', projects);\napp.use('/api', reports);\n");
    try {
      const ws = new Workspace(root);
      await ws.index();
      assert.deepStrictEqual(summary((await ws.analyze()).findings), []);
      for (const text of [reports.replace('{ archived: false }', '{ org_id: req.user.orgId, archived: false }'), reports]) {
        ws.setOverlay('src/routes/reports.ts', text);
        const incremental = await ws.analyze();
        const fresh = await analyzeWorkspace(root, { config: ws.config, overlays: new Map(ws.overlays) });
        assert.deepStrictEqual(summary(incremental.findings), summary(fresh.findings));
        assert.strictEqual(incremental.findings.some((f) => f.ruleId === 'unscoped-tenant-query' && f.loc.file === 'src/routes/projects.ts'), text !== reports);
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the early findings of an Express route file (the focused walk)', () => {
  it('walks the edited router from where the last link mounted it, also after lines above it moved it', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-focus-'));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), text);
    };
    write('package.json', JSON.stringify({ name: 'focus', dependencies: { express: '^4.19.0', '@prisma/client': '^5.0.0' } }));
    write('src/db.ts', "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
    write('prisma/schema.prisma', 'model Org {\n  id String @id\n  users User[]\n}\nmodel User {\n  id String @id\n  orgId String\n  org Org @relation(fields: [orgId], references: [id])\n}\nmodel Invoice {\n  id String @id\n  orgId String\n  total Int\n}\n');
    write('src/auth.ts', "import type { Request, Response, NextFunction } from 'express';\nexport function requireAuth(req: Request, res: Response, next: NextFunction) {\n  if (!req.user) return res.status(401).end();\n  next();\n}\n");
    const invoices = "import { Router } from 'express';\nimport { prisma } from '../db';\nimport { requireAuth } from '../auth';\nexport const invoices = Router();\ninvoices.use(requireAuth);\ninvoices.get('/:id', async (req, res) => {\n  res.json(await prisma.invoice.findFirst({ where: { id: req.params.id, orgId: req.user.orgId } }));\n});\n";
    write('src/routes/invoices.ts', invoices);
    write('src/routes/health.ts', "import { Router } from 'express';\nexport const health = Router();\nhealth.get('/health', (_req, res) => res.json({ ok: true }));\n");
    // the invoices router is mounted under /api behind a limiter: the early walk must keep both
    write('src/app.ts', "import express from 'express';\nimport rateLimit from 'express-rate-limit';\nimport { invoices } from './routes/invoices';\nimport { health } from './routes/health';\nconst app = express();\napp.use(health);\napp.use('/api/invoices', rateLimit({ windowMs: 60000, limit: 100 }), invoices);\napp.listen(3000);\n");
    try {
      const ws = new Workspace(root);
      await ws.index();
      await ws.analyze();
      const rel = 'src/routes/invoices.ts';
      const edits = [
        invoices.replace('invoices.use(requireAuth);', '// invoices.use(requireAuth);'),
        // an import above the router moves it (its id is where it is made)
        "import type { Invoice } from '@prisma/client';\n" + invoices.replace('invoices.use(requireAuth);', '// invoices.use(requireAuth);'),
        "import type { Invoice } from '@prisma/client';\n" + invoices,
        invoices,
      ];
      for (const text of edits) {
        ws.setOverlay(rel, text);
        let early: Map<string, Finding[]> | undefined;
        const result = await ws.analyze(undefined, false, true, { files: [rel], afterMs: 0, publish: (byFile) => (early = byFile) });
        assert.ok(early, 'early diagnostics were published');
        const mine = (list: Finding[]) => summary(list.filter((f) => f.loc.file === rel && !f.suppressed));
        assert.deepStrictEqual(mine(early.get(rel) ?? []), mine(result.findings));
        const unguarded = text.includes('// invoices.use');
        assert.strictEqual(result.findings.some((f) => f.ruleId === 'missing-auth' && f.route === 'GET /api/invoices/:id'), unguarded, text.slice(0, 60));
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('opening and closing files', () => {
  it('needs no analysis when the buffer holds the text the facts came from', async () => {
    const root = path.join(FIXTURES, 'express-checklist-shop');
    const ws = new Workspace(root);
    await ws.index();
    await ws.analyze();
    const rel = 'server/app.js';
    const text = fs.readFileSync(path.join(root, rel), 'utf8');
    assert.strictEqual(ws.setOverlay(rel, text), false, 'opening an unchanged file');
    assert.strictEqual(ws.hasPendingChanges(), false);
    assert.strictEqual(ws.setOverlay(rel, text + '\n// typed\n'), true, 'an edit');
    await ws.analyze();
    assert.strictEqual(ws.setOverlay(rel, text), true, 'an edit back to the saved text');
    await ws.analyze();
    assert.strictEqual(ws.setOverlay(rel, undefined), false, 'closing without unsaved changes');
    assert.strictEqual(ws.setOverlay(rel, text + '\n// unsaved\n'), true);
    await ws.analyze();
    // closing discards the unsaved edit: the disk's text is analysed again
    assert.strictEqual(ws.setOverlay(rel, undefined), true, 'closing with unsaved changes');
    await ws.analyze();
    assert.strictEqual(ws.setOverlay(rel, text), false, 'reopening');
  });
});

function listCode(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...listCode(root, rel));
    } else if (/\.[cm]?[jt]sx?$/.test(e.name)) out.push(rel);
  }
  return out.sort();
}
