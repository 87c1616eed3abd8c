/**
 * The text prefilter (facts/inert.ts) may only save parsing, never change a result: a file it
 * calls inert must have nothing in the lists linking scans every file for, its lazily extracted
 * facts must be what extraction gives, and audits with and without it must agree.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkspace, AnalysisResult } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';
import { discoverFiles } from '../server/src/engine/discover/discover';
import { extractFacts, factsOf } from '../server/src/engine/facts/extractFile';
import { inertText, isUnread } from '../server/src/engine/facts/inert';
import type { FileFacts } from '../server/src/engine/types';

const FIXTURES = path.resolve(__dirname, '../../test-fixtures');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require('../../bench/generate-workspace.js') as { generate: (n: number, dir: string) => void };

/** What linking reads from every file: extraction must leave all of it empty for an inert file. */
function scanned(f: FileFacts): string[] {
  const lists: (keyof FileFacts)[] = ['routerCalls', 'envReads', 'envDefinitions', 'cors', 'prismaModels', 'sqlTables', 'ormModels', 'routeMatchers', 'cookieSets', 'jwtUses', 'errorLeaks', 'storageWrites', 'uploads', 'secretLiterals', 'nestSetup', 'secretFallbacks', 'sessionSecretRefs'];
  const out = lists.filter((k) => ((f[k] as unknown[] | undefined) ?? []).length > 0) as string[];
  if ((f.classes ?? []).some((c) => c.decorators.length)) out.push('decorated classes');
  if (Object.keys(f.loggerRedactions).length) out.push('loggerRedactions');
  if (f.useServer) out.push('useServer');
  if (f.matcher) out.push('matcher');
  for (const k of ['logs', 'queries', 'useServer'] as const) if (f.functionIndex?.[k].length) out.push(`functions with ${k}`);
  if (Object.values(f.imports).some((i) => /trpc/i.test(i.source))) out.push('a tRPC import');
  if (f.parseError) out.push('a parse error');
  return out;
}

const summary = (r: AnalysisResult) => ({
  findings: r.findings.map((f) => `${f.ruleId} ${f.loc.file}:${f.loc.line}:${f.loc.column} ${f.fingerprint} ${f.message}`),
  routes: r.model.routes.map((x) => `${x.method} ${x.path} ${x.loc.file}:${x.loc.line} auth=${x.auth} roles=${x.roles.join(',')} tenant=${x.tenantScoping} rate=${x.rateLimited} valid=${x.validated}`),
  skipped: r.model.skipped.map((s) => `${s.file}: ${s.reason}`),
});

async function auditBothWays(root: string, extra: Partial<Parameters<typeof analyzeWorkspace>[1]> = {}) {
  const config = loadConfig(root).config;
  const withPrefilter = await analyzeWorkspace(root, { config, ...extra });
  process.env.ROUTEGUARD_PREFILTER = '0';
  try {
    const without = await analyzeWorkspace(root, { config, ...extra });
    return { withPrefilter, without };
  } finally {
    delete process.env.ROUTEGUARD_PREFILTER;
  }
}

/** Writes files of a scratch app under `dir`. */
const writer = (dir: string) => (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};

describe('the text prefilter (inert files)', function () {
  this.timeout(600000);
  let gen: string;
  before(() => {
    gen = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-prefilter-gen-'));
    generate(400, gen);
  });
  after(() => fs.rmSync(gen, { recursive: true, force: true }));

  it('calls a file inert only when extraction finds nothing linking scans for, and its facts read later are extraction\'s (every fixture and a generated app)', () => {
    let inert = 0;
    let total = 0;
    for (const root of [FIXTURES, gen]) {
      for (const file of discoverFiles(root, { maxFileSize: 1_000_000 }).files) {
        if (file.kind !== 'code') continue;
        if (root === gen) total++;
        const text = fs.readFileSync(file.abs, 'utf8');
        const verdict = inertText(file.rel, text);
        if (!verdict) continue;
        if (root === gen) inert++;
        const full = extractFacts(file.rel, text, 'code');
        assert.deepEqual(scanned(full), [], `${file.rel} was called inert`);
        assert.equal(verdict.useClient, full.useClient, `${file.rel}: 'use client'`);
        const lazy = factsOf(file.rel, text, 'code');
        assert.ok(isUnread(lazy));
        assert.deepEqual(scanned(lazy), []);
        assert.deepEqual(lazy.suppressions, full.suppressions);
        assert.deepEqual(lazy.annotations, full.annotations);
        for (const k of ['imports', 'exports', 'exportPos', 'exportAll', 'bindings', 'functions', 'digest', 'classes'] as const) assert.deepEqual(lazy[k], full[k], `${file.rel}: ${k}`);
        assert.ok(!isUnread(lazy));
      }
    }
    // the generated app is mostly components, hooks and utilities: most of it needs no parse
    assert.ok(inert > total / 3, `only ${inert} of the generated app's ${total} files inert`);
  });

  it('leaves files with anything linking scans for to the parser', () => {
    const parsed = [
      ['a.ts', "import { Router } from 'express';\nconst r = Router();\nr.get('/x', (q, s) => s.end());"],
      ['b.ts', "export function load(id: string) {\n  return db.query('SELECT * FROM invoices WHERE id = $1', [id]);\n}"],
      ['c.ts', 'export const url = process.env.NEXT_PUBLIC_API_URL;'],
      ['d.ts', 'export function f(x: unknown) {\n  console.log(x);\n}'],
      ['e.ts', `export const k = '${'sk_live_' + 'a1B2c3D4e5F6g7H8i9J0k1L2'}';`],
      ['f.ts', "'use server';\nexport async function save() {}"],
      ['g.ts', 'const m = new Map();\nm.on(\'x\', () => 1);'],
      ['h.tsx', "'use client'\n(function () {})();"],
      ['i.ts', 'export class A {\n  @Get() list() {}\n}'],
      ['next.config.ts', 'export default { env: { A: "1" } };'],
      ['j.ts', "import { audit } from './audit';\nexport function f(x: unknown) {\n  audit.info({ x });\n}"],
      ['k.ts', "const { audit: trail } = require('../lib/audit');\nexports.f = (x) => trail?.warn(x);"],
      ['l.ts', "export const keys = { signingKey: 'abc-123' };"],
    ];
    for (const [rel, text] of parsed) assert.equal(inertText(rel, text), undefined, rel);
    const inert = [
      ['u.ts', "export const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);\nconst m = new Map<string, number>();\nexport const get = (k: string) => m.get(k);"],
      ['w.tsx', "import { toast } from 'sonner';\nimport { helper } from './helper';\nexport const f = (x: string) => { helper.map(x); toast.error(x); };"],
      ['v.tsx', "// a comment\n'use client';\nimport { useState } from 'react';\nexport default function Counter() {\n  const [n, setN] = useState(0);\n  return <button onClick={() => setN(n + 1)}>{n}</button>;\n}"],
    ];
    assert.deepEqual(inertText(inert[0][0], inert[0][1]), { useClient: false });
    assert.deepEqual(inertText(inert[1][0], inert[1][1]), { useClient: false });
    assert.deepEqual(inertText(inert[2][0], inert[2][1]), { useClient: true });
  });

  it('audits with and without it report the same findings, routes and skipped files (a generated app and fixtures)', async () => {
    for (const root of [gen, ...['northwind-portal', 'next-clerk-ats', 'nest-prisma-leases', 'express-ledger', 't3-trpc-clinic', 'remix-prisma-notes'].map((d) => path.join(FIXTURES, d))]) {
      const { withPrefilter, without } = await auditBothWays(root);
      assert.deepEqual(summary(withPrefilter), summary(without), root);
    }
  });

  it('an inert file a route reaches is read when the route is linked (a role constant, a helper), also from the disk cache', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-prefilter-app-'));
    try {
      const put = writer(dir);
      put('package.json', JSON.stringify({ dependencies: { express: '4', '@prisma/client': '5' } }));
      put('src/roles.ts', "export const ADMIN = 'admin';\nexport const ROLES = [ADMIN, 'member'];\n");
      put('src/ids.ts', 'export function toId(raw: string) {\n  return raw.trim();\n}\n');
      put('src/app.ts', [
        "import express from 'express';",
        "import { PrismaClient } from '@prisma/client';",
        "import { ADMIN } from './roles';",
        "import { toId } from './ids';",
        'const prisma = new PrismaClient();',
        'const app = express();',
        'function requireRole(role: string) {',
        '  return (req: any, res: any, next: any) => (req.user?.role === role ? next() : res.status(403).end());',
        '}',
        "app.get('/admin/invoices/:id', requireRole(ADMIN), async (req, res) => {",
        '  res.json(await prisma.invoice.findUnique({ where: { id: toId(req.params.id) } }));',
        '});',
        "app.get('/invoices/:id', async (req, res) => {",
        '  res.json(await prisma.invoice.findFirst({ where: { id: toId(req.params.id), orgId: req.user.orgId } }));',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'));
      assert.ok(inertText('src/roles.ts', fs.readFileSync(path.join(dir, 'src/roles.ts'), 'utf8')));
      assert.ok(inertText('src/ids.ts', fs.readFileSync(path.join(dir, 'src/ids.ts'), 'utf8')));
      const { withPrefilter, without } = await auditBothWays(dir);
      assert.deepEqual(summary(withPrefilter), summary(without));
      const admin = withPrefilter.model.routes.find((r) => r.path === '/admin/invoices/:id');
      assert.ok(admin && admin.roles.includes('admin'), JSON.stringify(admin?.roles));
      // warm, from the disk cache: inert entries come back and are read the same way
      const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-prefilter-cache-'));
      try {
        const config = loadConfig(dir).config;
        const cold = await analyzeWorkspace(dir, { config, diskCache: { dir: cacheDir } });
        const warm = await analyzeWorkspace(dir, { config, diskCache: { dir: cacheDir } });
        assert.equal(warm.stats.cached, cold.stats.files);
        assert.deepEqual(summary(warm), summary(without));
        // what the link read of them was written back: a later link does not parse them again
        const lastEntry = new Map<string, Record<string, unknown>>();
        for (const name of fs.readdirSync(cacheDir).filter((n) => n.endsWith('.lines')).sort((a, b) => a.length - b.length)) {
          for (const line of fs.readFileSync(path.join(cacheDir, name), 'utf8').split('\n')) {
            if (!line.includes('\t')) continue;
            const head = JSON.parse(line.split('\t')[0]) as Record<string, unknown>;
            lastEntry.set(String(head.file), head);
          }
        }
        for (const rel of ['src/roles.ts', 'src/ids.ts']) assert.ok(lastEntry.get(rel)?.imports, `${rel} is cached as read: ${JSON.stringify(lastEntry.get(rel))}`);
      } finally {
        fs.rmSync(cacheDir, { recursive: true, force: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an inert module that hands the app to route modules (directly and through a barrel) is read: their routes are found', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-prefilter-mount-'));
    try {
      const put = writer(dir);
      put('package.json', JSON.stringify({ dependencies: { express: '4', '@prisma/client': '5' } }));
      put('src/db.ts', "import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n");
      put('src/server.ts', "import express from 'express';\nimport mount from './routes';\nconst app = express();\napp.use((req: any, res: any, next: any) => (req.session?.user ? next() : res.status(401).end()));\nmount(app);\napp.listen(3000);\n");
      put('src/routes/index.ts', "import users from './users';\nimport { billing } from './handlers';\n\nexport default function mount(app: any) {\n  users(app);\n  billing(app);\n}\n");
      put('src/routes/handlers/index.ts', "export * from './billing';\n");
      put('src/routes/users.ts', "import { prisma } from '../db';\nexport default function users(app: any) {\n  app.get('/users/:id', async (req: any, res: any) => res.json(await prisma.user.findUnique({ where: { id: req.params.id } })));\n}\n");
      put('src/routes/handlers/billing.ts', "import { prisma } from '../../db';\nexport function billing(app: any) {\n  app.get('/invoices/:id', async (req: any, res: any) => res.json(await prisma.invoice.findUnique({ where: { id: req.params.id } })));\n}\n");
      for (const rel of ['src/routes/index.ts', 'src/routes/handlers/index.ts']) assert.ok(inertText(rel, fs.readFileSync(path.join(dir, rel), 'utf8')), `${rel} should be inert`);
      const { withPrefilter, without } = await auditBothWays(dir);
      assert.deepEqual(summary(withPrefilter), summary(without));
      const paths = withPrefilter.model.routes.map((r) => `${r.method} ${r.path}`);
      assert.ok(paths.includes('GET /users/:id') && paths.includes('GET /invoices/:id'), paths.join(', '));
      // bound through the inert module: the app's middleware runs before them
      for (const r of withPrefilter.model.routes) assert.ok(r.mountKnown && r.chain.length > 0, `${r.path}: ${JSON.stringify(r.chain.map((e) => e.name))} mountKnown=${r.mountKnown}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a warm audit of the generated app from the disk cache equals the cold one', async () => {
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-prefilter-cache-'));
    try {
      const config = loadConfig(gen).config;
      const cold = await analyzeWorkspace(gen, { config, diskCache: { dir: cacheDir } });
      const warm = await analyzeWorkspace(gen, { config, diskCache: { dir: cacheDir } });
      assert.ok(warm.stats.cached > 0);
      assert.deepEqual(summary(warm), summary(cold));
    } finally {
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
