#!/usr/bin/env node
/**
 * Generate a synthetic Express + Prisma workspace of N files for benchmarks:
 * an app that mounts routers (each with a few routes behind shared middleware),
 * services with Prisma queries, and the utility/UI files real projects mostly consist of.
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
  w('package.json', JSON.stringify({ name: 'bench-app', dependencies: { express: '^4', '@prisma/client': '^5', 'express-rate-limit': '^7' } }, null, 2));
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
  const written = 6 + routers * 2;
  for (let i = 0; written + i < total; i++) {
    const kind = i % 3;
    if (kind === 0) {
      w(`src/utils/util${i}.ts`, `export interface Shape${i} { id: string; label: string; weight: number }
export function format${i}(s: Shape${i}): string {
  const parts = [s.id, s.label.trim(), String(s.weight.toFixed(2))];
  return parts.filter(Boolean).join(' / ');
}
export function sum${i}(xs: Shape${i}[]): number {
  let total = 0;
  for (const x of xs) total += x.weight;
  return total;
}
`);
    } else if (kind === 1) {
      w(`src/lib/mapper${i}.ts`, `type Row = { id: string; created_at: string; payload: Record<string, unknown> };
export class Mapper${i} {
  private readonly cache = new Map<string, Row>();
  put(row: Row) { this.cache.set(row.id, row); }
  get(id: string) { return this.cache.get(id) ?? null; }
  toJSON() { return Array.from(this.cache.values()).map((r) => ({ ...r, created: new Date(r.created_at) })); }
}
`);
    } else {
      w(`src/jobs/job${i}.ts`, `import { format${i - 2} } from '../utils/util${i - 2}';
export async function runJob${i}(items: { id: string; label: string; weight: number }[]) {
  const lines = items.map((it) => format${i - 2}(it));
  await new Promise((r) => setTimeout(r, 0));
  return lines.length;
}
`);
    }
  }
  return { routers, files: total };
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
