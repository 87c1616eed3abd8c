import { zValidator } from '@hono/zod-validator';
import { Hono } from 'hono';
import { every } from 'hono/combine';
import { z } from 'zod';
import { prisma } from '../lib/db';
import type { AppEnv } from '../lib/types';
import { caller, requireJwt, requireRole } from '../middleware/auth';

export const team = new Hono<AppEnv>();

// ok: missing-auth
team.get('/', requireJwt, async (c) => {
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({
    where: { accountId: caller(c).accountId },
    select: { id: true, email: true, name: true, role: true },
  });
  return c.json(members);
});

// expect: missing-role-check
// ok: missing-input-validation
team.patch('/:userId/role', requireJwt, zValidator('json', z.object({ role: z.enum(['manager', 'staff']) })), async (c) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.user.updateMany({
    where: { id: c.req.param('userId'), accountId: caller(c).accountId },
    data: { role: c.req.valid('json').role },
  });
  return count ? c.json({ ok: true }) : c.notFound();
});

// ok: missing-role-check
team.delete('/:userId', every(requireJwt, requireRole('owner')), async (c) => {
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: c.req.param('userId'), accountId: caller(c).accountId } });
  return c.body(null, 204);
});
