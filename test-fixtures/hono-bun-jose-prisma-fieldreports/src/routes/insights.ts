import { Hono } from 'hono';
import { every } from 'hono/combine';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { requireRole, type AuthEnv } from '../middleware/auth';

export const insights = new Hono<AuthEnv>();

// ok: missing-auth
insights.get('/reports', zValidator('query', z.object({ status: z.string().optional(), orgId: z.string().optional() })), async (c) => {
  // expect: unscoped-tenant-query
  const rows = await prisma.report.findMany({ where: { orgId: c.get('claims').orgId, ...c.req.valid('query') } });
  return c.json(rows);
});

// ok: missing-auth
insights.get('/reports/by-severity', zValidator('query', z.object({ severity: z.enum(['low', 'medium', 'high']) })), async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.report.findMany({ where: { orgId: c.get('claims').orgId, ...c.req.valid('query') } });
  return c.json(rows);
});

// ok: missing-role-check, missing-input-validation
insights.post('/users/:userId/role', every(requireRole('owner')), zValidator('json', z.object({ role: z.enum(['admin', 'inspector', 'viewer']) })), async (c) => {
  // ok: unscoped-tenant-query
  await prisma.user.updateMany({ where: { id: c.req.param('userId'), orgId: c.get('claims').orgId }, data: { role: c.req.valid('json').role } });
  return c.json({ ok: true });
});
