#!/usr/bin/env node
/**
 * Generate a synthetic Express + Next.js + Prisma workspace of N files for benchmarks:
 * an Express app that mounts routers (each with a few routes behind shared middleware),
 * services with Prisma queries, Next.js App Router handlers (session checks, tenant-scoped and
 * unscoped queries), and the React components, hooks, utilities, jobs and tests real projects
 * mostly consist of (files of 20-120 lines, like real ones). Deterministic for a given N.
 * usage: node bench/generate-workspace.js <files> <outDir>
 */
'use strict';
const fs = require('fs');
const path = require('path');

function generate(total, out) {
  fs.rmSync(out, { recursive: true, force: true });
  const w = (rel, text) => {
    const abs = path.join(out, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  };
  const routers = Math.max(1, Math.floor(total * 0.1));
  const services = routers;
  w('package.json', JSON.stringify({ name: 'bench-app', dependencies: { express: '^4', '@prisma/client': '^5', 'express-rate-limit': '^7', next: '^14', 'next-auth': '^4', react: '^18', zod: '^3' } }, null, 2));
  w('prisma/schema.prisma', `datasource db { provider = "postgresql" url = env("DATABASE_URL") }\n` +
    Array.from({ length: 20 }, (_, i) => `model Item${i} {\n  id String @id\n  orgId String\n  name String\n}\n`).join('\n'));
  w('.env.example', 'DATABASE_URL=\nSESSION_SECRET=\n');
  w('src/db.ts', `import { PrismaClient } from '@prisma/client';\nexport const prisma = new PrismaClient();\n`);
  w('src/middleware/auth.ts', `import type { Request, Response, NextFunction } from 'express';
export function requireAuth(req: Request, res: Response, next: NextFunction) {
  if (!req.user) return res.status(401).json({ error: 'unauthorized' });
  next();
}
export function requireRole(role: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.user?.role !== role) return res.status(403).end();
    next();
  };
}
`);
  let imports = '';
  let mounts = '';
  for (let i = 0; i < routers; i++) {
    const m = i % 20;
    w(`src/services/service${i}.ts`, `import { prisma } from '../db';
export async function listItems${i}(orgId: string) {
  return prisma.item${m}.findMany({ where: { orgId } });
}
export async function getItem${i}(id: string, orgId: string) {
  return prisma.item${m}.findFirst({ where: { id, orgId } });
}
export async function getItemUnscoped${i}(id: string) {
  return prisma.item${m}.findUnique({ where: { id } });
}
`);
    const guarded = i % 4 !== 0;
    w(`src/routes/router${i}.ts`, `import { Router } from 'express';
import { requireAuth, requireRole } from '../middleware/auth';
import { listItems${i}, getItem${i}, getItemUnscoped${i} } from '../services/service${i}';

export const router${i} = Router();
${guarded ? `router${i}.use(requireAuth);\n` : ''}
router${i}.get('/', async (req, res) => {
  res.json(await listItems${i}(req.user.orgId));
});

router${i}.get('/:id', async (req, res) => {
  res.json(await getItem${i}(req.params.id, req.user.orgId));
});

router${i}.get('/:id/raw', async (req, res) => {
  res.json(await getItemUnscoped${i}(req.params.id));
});

router${i}.delete('/:id', requireRole('admin'), async (req, res) => {
  res.status(204).end();
});
`);
    imports += `import { router${i} } from './routes/router${i}';\n`;
    mounts += `app.use('/api/r${i}', router${i});\n`;
  }
  w('src/app.ts', `import express from 'express';\n${imports}\nexport const app = express();\napp.use(express.json());\n${mounts}\napp.listen(3000);\n`);
  w('tsconfig.json', JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'preserve', strict: true, baseUrl: '.', paths: { '@/*': ['./src/*'] } } }, null, 2));
  w('src/lib/session.ts', SESSION_HELPER);
  const written = 8 + routers * 2;
  // the rest is what real SaaS repos mostly consist of: Next.js route handlers and pages,
  // React components, hooks, utilities, classes, jobs and tests, of realistic length
  const fillers = [nextRouteHandler, reactComponent, utilModule, mapperClass, hookModule, jobModule, reactComponent, utilModule, testFile, typesModule];
  for (let i = 0; written + i < total; i++) {
    const [rel, text] = fillers[i % fillers.length](i);
    w(rel, text);
  }
  return { routers, files: total };
}

const SESSION_HELPER = `import { getServerSession } from 'next-auth';
export async function requireSession() {
  const session = await getServerSession();
  if (!session?.user) throw new Response('unauthorized', { status: 401 });
  return session as { user: { id: string; orgId: string; role: string } };
}
`;

/** A Next.js App Router handler: most check the session and scope by org, some forget. */
function nextRouteHandler(i) {
  const m = i % 20;
  const checked = i % 5 !== 0;
  const scoped = i % 7 !== 0;
  return [`src/app/api/area${i}/[id]/route.ts`, `import { NextResponse } from 'next/server';
import { z } from 'zod';
import { prisma } from '@/db';
import { requireSession } from '@/lib/session';

const Patch${i} = z.object({ name: z.string().min(1).max(200) });

export async function GET(req: Request, { params }: { params: { id: string } }) {
  ${checked ? 'const session = await requireSession();' : '// TODO: auth'}
  const item = await prisma.item${m}.findFirst({ where: { id: params.id${checked && scoped ? ', orgId: session.user.orgId' : ''} } });
  if (!item) return NextResponse.json({ error: 'not found' }, { status: 404 });
  return NextResponse.json(item);
}

export async function PATCH(req: Request, { params }: { params: { id: string } }) {
  const session = await requireSession();
  const body = Patch${i}.parse(await req.json());
  const updated = await prisma.item${m}.updateMany({ where: { id: params.id, orgId: session.user.orgId }, data: { name: body.name } });
  return NextResponse.json({ updated: updated.count });
}
`];
}

function reactComponent(i) {
  const rows = 3 + (i % 6);
  const fields = Array.from({ length: rows }, (_, k) => `        <tr key="f${k}">
          <td className="label">{t('field${k}')}</td>
          <td>{value.field${k} ?? '-'}</td>
          <td><button type="button" onClick={() => onEdit('field${k}')} disabled={busy}>{t('edit')}</button></td>
        </tr>`).join('\n');
  return [`src/components/panel${i}/Panel${i}.tsx`, `'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';

export interface Panel${i}Props {
  id: string;
  title: string;
  onSaved?: (id: string) => void;
}

type Value = Record<string, string | undefined>;

const t = (key: string) => key.replace(/([A-Z])/g, ' $1').toLowerCase();

export default function Panel${i}({ id, title, onSaved }: Panel${i}Props) {
  const [value, setValue] = useState<Value>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    fetch(\`/api/area${i}/\${encodeURIComponent(id)}\`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((v: Value) => !cancelled && setValue(v))
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [id]);

  const onEdit = useCallback(async (field: string) => {
    setBusy(true);
    try {
      const res = await fetch(\`/api/area${i}/\${id}\`, { method: 'PATCH', body: JSON.stringify({ name: value[field] }) });
      if (!res.ok) throw new Error('save failed');
      onSaved?.(id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }, [id, value, onSaved]);

  const heading = useMemo(() => \`\${title} (\${Object.keys(value).length})\`, [title, value]);

  return (
    <section aria-busy={busy}>
      <h2>{heading}</h2>
      {error && <p role="alert">{error}</p>}
      <table>
        <tbody>
${fields}
        </tbody>
      </table>
    </section>
  );
}
`];
}

function utilModule(i) {
  return [`src/utils/util${i}.ts`, `export interface Shape${i} { id: string; label: string; weight: number; tags?: string[] }

export function format${i}(s: Shape${i}): string {
  const parts = [s.id, s.label.trim(), String(s.weight.toFixed(2))];
  return parts.filter(Boolean).join(' / ');
}

export function sum${i}(xs: Shape${i}[]): number {
  let total = 0;
  for (const x of xs) total += x.weight;
  return total;
}

export function groupByTag${i}(xs: Shape${i}[]): Map<string, Shape${i}[]> {
  const out = new Map<string, Shape${i}[]>();
  for (const x of xs) {
    for (const tag of x.tags ?? ['untagged']) {
      const list = out.get(tag) ?? [];
      list.push(x);
      out.set(tag, list);
    }
  }
  return out;
}

export function clamp${i}(n: number, min = 0, max = 100): number {
  return Math.min(max, Math.max(min, Number.isFinite(n) ? n : min));
}

export const DEFAULTS_${i} = Object.freeze({ pageSize: 25, maxPageSize: 200, locale: 'en-US' });
`];
}

function mapperClass(i) {
  return [`src/lib/mapper${i}.ts`, `type Row = { id: string; created_at: string; payload: Record<string, unknown> };

export class Mapper${i} {
  private readonly cache = new Map<string, Row>();
  private hits = 0;

  put(row: Row) {
    this.cache.set(row.id, row);
  }

  get(id: string) {
    const r = this.cache.get(id) ?? null;
    if (r) this.hits++;
    return r;
  }

  stats() {
    return { size: this.cache.size, hits: this.hits };
  }

  toJSON() {
    return Array.from(this.cache.values()).map((r) => ({ ...r, created: new Date(r.created_at) }));
  }
}
`];
}

function hookModule(i) {
  return [`src/hooks/useResource${i}.ts`, `import { useEffect, useState } from 'react';

export function useResource${i}<T>(url: string, initial: T) {
  const [data, setData] = useState<T>(initial);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    const ctrl = new AbortController();
    setLoading(true);
    fetch(url, { signal: ctrl.signal, credentials: 'include' })
      .then((r) => r.json() as Promise<T>)
      .then(setData)
      .catch(() => undefined)
      .finally(() => setLoading(false));
    return () => ctrl.abort();
  }, [url]);
  return { data, loading };
}
`];
}

function jobModule(i) {
  return [`src/jobs/job${i}.ts`, `import { prisma } from '../db';

export async function runJob${i}(batch = 100) {
  const items = await prisma.item${i % 20}.findMany({ take: batch, orderBy: { id: 'asc' } });
  const lines = items.map((it) => \`\${it.id}: \${it.name}\`);
  await new Promise((r) => setTimeout(r, 0));
  console.info('job${i} processed', lines.length);
  return lines.length;
}
`];
}

function testFile(i) {
  return [`src/__tests__/util${i - 1}.test.ts`, `import { format${i - 1}, sum${i - 1}, clamp${i - 1} } from '../utils/util${i - 1}';

describe('util${i - 1}', () => {
  it('formats', () => {
    expect(format${i - 1}({ id: 'a', label: ' b ', weight: 1 })).toBe('a / b / 1.00');
  });
  it('sums', () => {
    expect(sum${i - 1}([{ id: 'a', label: 'b', weight: 1 }, { id: 'c', label: 'd', weight: 2 }])).toBe(3);
  });
  it('clamps', () => {
    expect(clamp${i - 1}(500)).toBe(100);
    expect(clamp${i - 1}(Number.NaN)).toBe(0);
  });
});
`];
}

function typesModule(i) {
  return [`src/types/model${i}.ts`, `export type Id${i} = string & { readonly brand: 'Id${i}' };

export interface Entity${i} {
  id: Id${i};
  orgId: string;
  name: string;
  status: 'draft' | 'active' | 'archived';
  createdAt: Date;
  updatedAt: Date;
}

export type Entity${i}Patch = Partial<Pick<Entity${i}, 'name' | 'status'>>;

export const isActive${i} = (e: Entity${i}) => e.status === 'active';
`];
}

module.exports = { generate };
if (require.main === module) {
  const [n, out] = process.argv.slice(2);
  if (!n || !out) {
    console.error('usage: node bench/generate-workspace.js <files> <outDir>');
    process.exit(2);
  }
  console.log(JSON.stringify(generate(Number(n), path.resolve(out))));
}
