/**
 * Quick fixes, checked by their effect: on every fixture app each offered fix is applied to a
 * scratch copy; the edited files must still parse and a fresh analysis must no longer report
 * the finding. Then exact edits on small apps for the checklist fixes.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { analyzeWorkspace, AnalysisResult, FactsCache } from '../server/src/engine/analyze';
import { loadConfig } from '../server/src/engine/config/load';
import { extractFacts } from '../server/src/engine/facts/extractFile';
import { classifyPath } from '../server/src/engine/discover/discover';
import { fixesFor, QuickFix } from '../server/src/fixes';
import { applyEdits } from '../server/src/fixes/apply';
import type { Finding } from '../server/src/engine/findings';

const FIXTURES = path.resolve(__dirname, '../../test-fixtures');

/**
 * (`cache`: facts by relative path and content, shared by an app and its fixed copies, so a copy
 * re-extracts only the files its fix edited, as the language server would; linking and rules run afresh)
 */
async function analyse(dir: string, cache?: FactsCache): Promise<AnalysisResult> {
  return analyzeWorkspace(dir, { config: loadConfig(dir).config, cache });
}

function fixes(dir: string, result: AnalysisResult, f: Finding): QuickFix[] {
  const textOf = (rel: string) => {
    try {
      return fs.readFileSync(path.join(dir, rel), 'utf8');
    } catch {
      return undefined;
    }
  };
  return fixesFor({ finding: f, model: result.model, textOf, factsOf: (rel) => {
    const t = textOf(rel);
    return t === undefined ? undefined : extractFacts(rel, t, classifyPath(rel) ?? 'code');
  } });
}

function parses(file: string, text: string): boolean {
  if (!/\.[cm]?[jt]sx?$/.test(file)) return true;
  const kind = /x$/.test(file) ? ts.ScriptKind.TSX : /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind) as ts.SourceFile & { parseDiagnostics: ts.Diagnostic[] };
  return sf.parseDiagnostics.length === 0;
}

/** Apply a fix to a copy of `dir`; returns the copy. */
function applied(dir: string, fix: QuickFix): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-fixed-'));
  fs.cpSync(dir, copy, { recursive: true });
  for (const [rel, edits] of Object.entries(fix.edits)) {
    const next = applyEdits(fs.readFileSync(path.join(dir, rel), 'utf8'), edits);
    assert.ok(parses(rel, next), `${fix.title}: ${rel} no longer parses`);
    fs.writeFileSync(path.join(copy, rel), next);
  }
  return copy;
}

// (a route with several findings of one rule, two unscoped queries in one action: the one fixed is told from
// the others by its whole message)
const sameFinding = (f: Finding, base: Finding[] = []) => (g: Finding) => !g.suppressed && g.ruleId === f.ruleId && g.loc.file === f.loc.file &&
  (f.route ? g.route === f.route : Math.abs(g.loc.line - f.loc.line) <= 3) && g.message.split(':')[0] === f.message.split(':')[0] &&
  (!f.route || base.filter((h) => !h.suppressed && h.ruleId === f.ruleId && h.route === f.route).length < 2 || g.message === f.message);

describe('quick fixes remove their finding and keep files parsing (every fixture)', function () {
  this.timeout(300000);
  for (const app of fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory())) {
    it(app, async () => {
      const dir = path.join(FIXTURES, app);
      const cache = new FactsCache();
      const base = await analyse(dir, cache);
      const perRule = new Map<string, number>();
      for (const f of base.findings.filter((x) => !x.suppressed)) {
        const fix = fixes(dir, base, f).find((x) => !/^Suppress/.test(x.title));
        if (!fix || (perRule.get(f.ruleId) ?? 0) >= 3) continue;
        perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
        const copy = applied(dir, fix);
        try {
          const after = await analyse(copy, cache);
          assert.ok(!after.findings.some(sameFinding(f, base.findings)), `${app}: "${fix.title}" left ${f.ruleId} at ${f.loc.file}:${f.loc.line}`);
        } finally {
          fs.rmSync(copy, { recursive: true, force: true });
        }
      }
    });
  }
});

describe('checklist quick fixes: exact edits', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-fixapp-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (files: Record<string, string>) => {
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
  };
  async function fixText(rule: string, rel: string, titlePattern: RegExp): Promise<string> {
    const result = await analyse(dir);
    const f = result.findings.find((x) => x.ruleId === rule && x.loc.file === rel);
    assert.ok(f, `no ${rule} in ${rel}: ${result.findings.map((x) => x.ruleId).join(', ')}`);
    const fix = fixes(dir, result, f).find((x) => titlePattern.test(x.title));
    assert.ok(fix, `no fix matching ${titlePattern}`);
    const copy = applied(dir, fix);
    const text = fs.readFileSync(path.join(copy, rel), 'utf8');
    const after = await analyse(copy);
    fs.rmSync(copy, { recursive: true, force: true });
    assert.ok(!after.findings.some(sameFinding(f)), `${rule} still reported after the fix:\n${text}`);
    return text;
  }

  it('insecure-cookie: adds the missing flags to res.cookie and to express-session', async () => {
    write({
      'package.json': '{ "dependencies": { "express": "^4", "express-session": "^1" } }',
      'src/app.ts': `import express from 'express';\nimport session from 'express-session';\n\nconst app = express();\napp.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));\n\napp.post('/login', (req, res) => {\n  res.cookie('session_token', 'abc', { maxAge: 3600_000 });\n  res.json({ ok: true });\n});\n`,
    });
    const text = await fixText('insecure-cookie', 'src/app.ts', /httpOnly/);
    assert.ok(/res\.cookie\('session_token', 'abc', \{ maxAge: 3600_000, httpOnly: true, secure: true, sameSite: 'lax' \}\)/.test(text) || /cookie: \{ httpOnly: true, secure: true, sameSite: 'lax' \}/.test(text), text);
  });

  it('error-details-leak: the debug = true of an AdonisJS exception handler is turned on outside production only', async () => {
    write({
      'package.json': '{ "dependencies": { "@adonisjs/core": "^6" } }',
      'app/exceptions/handler.ts': `import { HttpContext, ExceptionHandler } from '@adonisjs/core/http'\n\nexport default class HttpExceptionHandler extends ExceptionHandler {\n  protected debug = true\n\n  async handle(error: unknown, ctx: HttpContext) {\n    return super.handle(error, ctx)\n  }\n}\n`,
    });
    const text = await fixText('error-details-leak', 'app/exceptions/handler.ts', /outside production/);
    assert.match(text, /^  protected debug = process\.env\.NODE_ENV !== 'production'$/m);
    assert.match(text, /return super\.handle\(error, ctx\)/);
  });

  it('insecure-cookie: a chained res.status().cookie() whose options are a local object gets the flags where the object is written', async () => {
    write({
      'package.json': '{ "dependencies": { "express": "^4" } }',
      'src/auth.js': `const express = require('express');\nconst router = express.Router();\n\nfunction sendToken(token, res) {\n  const options = { expires: new Date(Date.now() + 864e5), httpOnly: true };\n  res.status(200).cookie('token', token, options).json({ ok: true });\n}\n\nrouter.post('/login', (req, res) => sendToken('t', res));\nmodule.exports = router;\n`,
    });
    const text = await fixText('insecure-cookie', 'src/auth.js', /httpOnly/);
    assert.match(text, /const options = \{ expires: new Date\(Date\.now\(\) \+ 864e5\), httpOnly: true, secure: true, sameSite: 'lax' \};/);
    assert.match(text, /\.cookie\('token', token, options\)\.json/);
  });

  it('unscoped-tenant-query: a Drizzle builder query gets and(..., eq(table.tenantKey, caller)) and the imports it needs', async () => {
    write({
      'package.json': '{ "dependencies": { "fastify": "^4", "@fastify/jwt": "^8", "drizzle-orm": "^0.30" } }',
      'src/schema.ts': `import { pgTable, uuid, text } from 'drizzle-orm/pg-core';\nexport const notes = pgTable('notes', { id: uuid('id').primaryKey(), orgId: uuid('org_id').notNull(), body: text('body') });\n`,
      'src/routes.ts': `import type { FastifyInstance } from 'fastify';\nimport { eq } from 'drizzle-orm';\nimport { db } from './db';\nimport { notes } from './schema';\n\nexport default async function routes(fastify: FastifyInstance) {\n  fastify.get('/notes', { onRequest: [fastify.authenticate] }, async (request) => db.select().from(notes).where(eq(notes.orgId, request.user.orgId)));\n  fastify.get<{ Params: { id: string } }>('/notes/:id', { onRequest: [fastify.authenticate] }, async (request) => {\n    const [note] = await db.select().from(notes).where(eq(notes.id, request.params.id));\n    return note;\n  });\n}\n`,
    });
    const text = await fixText('unscoped-tenant-query', 'src/routes.ts', /Scope the query/);
    assert.match(text, /import \{ eq, and \} from 'drizzle-orm';/);
    assert.match(text, /\.where\(and\(eq\(notes\.id, request\.params\.id\), eq\(notes\.orgId, request\.user\.orgId\)\)\)/);
  });

  it('insecure-jwt: an algorithms allowlist, no ignoreExpiration, verify instead of decode', async () => {
    write({
      'package.json': '{ "dependencies": { "express": "^4", "jsonwebtoken": "^9" } }',
      'src/auth.js': `const jwt = require('jsonwebtoken');\n\nfunction kiosk(req, res, next) {\n  req.kiosk = jwt.verify(req.get('x-kiosk'), process.env.KIOSK_SECRET, { ignoreExpiration: true });\n  next();\n}\n\nmodule.exports = { kiosk };\n`,
    });
    const text = await fixText('insecure-jwt', 'src/auth.js', /Harden JWT/);
    assert.match(text, /jwt\.verify\(req\.get\('x-kiosk'\), process\.env\.KIOSK_SECRET, \{ algorithms: \['HS256'\] \}\);/);
  });

  it('error-details-leak: logs the error and answers with a generic message', async () => {
    write({
      'package.json': '{ "dependencies": { "express": "^4" } }',
      'src/app.ts': `import express from 'express';\n\nconst app = express();\n\napp.get('/api/orders', async (req, res) => {\n  try {\n    res.json(await load());\n  } catch (err) {\n    res.status(500).json({ error: err.message });\n  }\n});\n\nasync function load() {\n  return [];\n}\n`,
    });
    const text = await fixText('error-details-leak', 'src/app.ts', /generic message/);
    assert.match(text, /  \} catch \(err\) \{\n    console\.error\(err\);\n    res\.status\(500\)\.json\(\{ error: 'Internal server error' \}\);\n/);
  });

  it('error-details-leak: a client library error renamed on destructuring, sent under a key named error', async () => {
    write({
      'package.json': '{ "dependencies": { "express": "^4", "@supabase/supabase-js": "^2" } }',
      'src/app.ts': `import express from 'express';\nimport { supabase } from './db';\n\nconst app = express();\n\napp.get('/api/notes', async (req, res) => {\n  const { data, error: dbError } = await supabase.from('notes').select('id, title');\n  if (dbError) {\n    return res.status(500).json({ error: dbError.message, hint: dbError.hint });\n  }\n  res.json(data);\n});\n`,
      'src/db.ts': `import { createClient } from '@supabase/supabase-js';\n\nexport const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_ANON_KEY!);\n`,
    });
    const text = await fixText('error-details-leak', 'src/app.ts', /generic message/);
    assert.match(text, /    console\.error\(dbError\);\n    return res\.status\(500\)\.json\(\{ error: 'Internal server error', hint: 'Internal server error' \}\);\n/);
  });

  it('missing-rate-limit: declares an express-rate-limit limiter for the action and uses it', async () => {
    write({
      'package.json': '{ "dependencies": { "express": "^4", "express-rate-limit": "^7" } }',
      'src/app.ts': `import express from 'express';\nimport { login } from './auth';\n\nconst app = express();\napp.use(express.json());\n\napp.post('/api/login', async (req, res) => {\n  res.json(await login(req.body.email, req.body.password));\n});\n`,
      'src/auth.ts': `export async function login(email: string, password: string) {\n  return { email, ok: password.length > 0 };\n}\n`,
    });
    const text = await fixText('missing-rate-limit', 'src/app.ts', /Rate-limit/);
    assert.match(text, /^import rateLimit from 'express-rate-limit';$/m);
    assert.match(text, /^const loginLimiter = rateLimit\(\{ windowMs: 15 \* 60 \* 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false \}\);$/m);
    assert.match(text, /app\.post\('\/api\/login', loginLimiter, async \(req, res\) => \{/);
  });

  it('unverified-webhook: a Stripe constructEvent scaffold over the raw body', async () => {
    write({
      'package.json': '{ "dependencies": { "express": "^4", "stripe": "^16", "@prisma/client": "^5" } }',
      'src/app.ts': `import express from 'express';\nimport Stripe from 'stripe';\nimport { PrismaClient } from '@prisma/client';\n\nconst prisma = new PrismaClient();\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nconst app = express();\n\napp.post('/webhooks/stripe', express.json(), async (req, res) => {\n  const event = req.body;\n  if (event.type === 'invoice.paid') await markPaid(event.data.object.id);\n  res.sendStatus(200);\n});\n\nasync function markPaid(id: string) {\n  await prisma.invoice.update({ where: { stripeId: id }, data: { paid: true } });\n}\n`,
    });
    const text = await fixText('unverified-webhook', 'src/app.ts', /Stripe signature/);
    assert.match(text, /app\.post\('\/webhooks\/stripe', express\.raw\(\{ type: 'application\/json' \}\), async \(req, res\) => \{/);
    assert.match(text, /event = stripe\.webhooks\.constructEvent\(req\.body, req\.headers\['stripe-signature'\] as string, process\.env\.STRIPE_WEBHOOK_SECRET!\);/);
    assert.doesNotMatch(text, /const event = req\.body/);
  });
});
