import { Hono } from 'hono';
import { every } from 'hono/combine';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/prisma.js';
import { auth } from '../lib/auth.js';
import type { AppEnv } from '../lib/env.js';
import { requireUser, requireOrgRole, activeOrgId } from '../middleware/session.js';

export const library = new Hono<AppEnv>();

library.use('*', requireUser);

library.get('/macros/:id', async (c) => {
  // expect: unscoped-tenant-query
  const macro = await prisma.macro.findFirst({
    where: { id: c.req.param('id'), OR: [{ organizationId: activeOrgId(c) }, { isTemplate: true }] },
  });
  return macro ? c.json(macro) : c.json({ error: 'not found' }, 404);
});

library.get('/tickets', zValidator('query', z.object({ status: z.string().optional(), organizationId: z.string().optional() })), async (c) => {
  // expect: unscoped-tenant-query
  const rows = await prisma.ticket.findMany({ where: { organizationId: activeOrgId(c), ...c.req.valid('query') } });
  return c.json(rows);
});

const TicketFilter = z.object({ status: z.enum(['open', 'pending', 'closed']).optional(), priority: z.string().optional() });

library.get('/tickets/filtered', zValidator('query', TicketFilter.partial()), async (c) => {
  const filter = c.req.valid('query');
  // ok: unscoped-tenant-query
  const rows = await prisma.ticket.findMany({ where: { organizationId: activeOrgId(c), ...filter } });
  return c.json(rows);
});

library.get('/tickets/:id/replies', async (c) => {
  // expect: unscoped-tenant-query
  const rows = await prisma.$queryRaw`SELECT id, body FROM "Reply" WHERE "ticketId" = ${c.req.param('id')} AND internal = false`;
  return c.json(rows);
});

// ok: missing-role-check, missing-input-validation
library.post('/manage/macros/import', every(requireOrgRole('owner', 'admin')), zValidator('json', z.array(z.object({ title: z.string().max(100), body: z.string().max(5000) })).max(200)), async (c) => {
  const orgId = activeOrgId(c);
  const result = await prisma.macro.createMany({ data: c.req.valid('json').map((m) => ({ ...m, organizationId: orgId })) });
  return c.json(result, 201);
});

// ok: missing-role-check
library.delete('/manage/macros', async (c) => {
  const { success } = await auth.api.hasPermission({ headers: c.req.raw.headers, body: { permissions: { organization: ['update'] } } });
  if (!success) return c.json({ error: 'forbidden' }, 403);
  // ok: unscoped-tenant-query
  const { count } = await prisma.macro.deleteMany({ where: { organizationId: activeOrgId(c), isTemplate: false } });
  return c.json({ deleted: count });
});
