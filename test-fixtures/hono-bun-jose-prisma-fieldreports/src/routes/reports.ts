import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { exportLimiter } from '../lib/limits';
import type { AuthEnv } from '../middleware/auth';

const NewReport = z.object({
  siteId: z.string().cuid(),
  title: z.string().min(3).max(140),
  body: z.string().max(20_000),
  severity: z.enum(['low', 'medium', 'high']),
});

export const reports = new Hono<AuthEnv>();

// ok: missing-auth
reports.get('/', async (c) => {
  const { orgId } = c.get('claims');
  // expect: unscoped-tenant-query
  const rows = await prisma.report.findMany({ where: { orgId, ...c.req.query() }, orderBy: { createdAt: 'desc' }, take: 100 });
  return c.json(rows);
});

// ok: missing-auth, missing-input-validation
reports.post('/', zValidator('json', NewReport), async (c) => {
  const claims = c.get('claims');
  const input = c.req.valid('json');
  // ok: unscoped-tenant-query
  const site = await prisma.site.findFirst({ where: { id: input.siteId, orgId: claims.orgId } });
  if (!site) return c.json({ error: 'unknown site' }, 404);
  const report = await prisma.report.create({ data: { ...input, orgId: claims.orgId, authorId: claims.sub } });
  return c.json(report, 201);
});

// ok: missing-rate-limit
reports.get('/export.csv', exportLimiter, async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.report.findMany({ where: { orgId: c.get('claims').orgId }, select: { id: true, title: true, severity: true, status: true } });
  c.header('Content-Type', 'text/csv');
  return c.body(['id,title,severity,status', ...rows.map((r) => `${r.id},${r.title},${r.severity},${r.status}`)].join('\n'));
});

// ok: missing-auth
reports.get('/:id', async (c) => {
  // expect: unscoped-tenant-query
  const report = await prisma.report.findUnique({ where: { id: c.req.param('id') }, include: { photos: true } });
  if (!report) return c.notFound();
  return c.json(report);
});

// expect: missing-input-validation
reports.patch('/:id', async (c) => {
  const body = await c.req.json();
  // ok: unscoped-tenant-query
  const { count } = await prisma.report.updateMany({ where: { id: c.req.param('id'), orgId: c.get('claims').orgId }, data: body });
  if (!count) return c.notFound();
  return c.json({ ok: true });
});

// ok: missing-auth
reports.delete('/:id', async (c) => {
  const claims = c.get('claims');
  // ok: unscoped-tenant-query
  const report = await prisma.report.findUnique({ where: { id: c.req.param('id') } });
  if (!report || report.orgId !== claims.orgId) return c.notFound();
  // ok: unscoped-tenant-query
  await prisma.report.delete({ where: { id: report.id } });
  return c.body(null, 204);
});
