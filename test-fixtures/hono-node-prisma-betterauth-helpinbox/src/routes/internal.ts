import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { prisma } from '../lib/prisma.js';

export const internal = new Hono();

internal.use('/*', bearerAuth({ token: process.env.INTERNAL_API_TOKEN! }));

// ok: missing-role-check, missing-auth
internal.get('/organizations', async (c) => c.json(await prisma.organization.findMany({ select: { id: true, name: true, slug: true } })));

// ok: missing-role-check, missing-auth
internal.get('/tickets/stale', async (c) => {
  const cutoff = new Date(Date.now() - 14 * 86_400_000);
  // ok: unscoped-tenant-query
  const rows = await prisma.ticket.findMany({ where: { status: 'open', createdAt: { lt: cutoff } }, select: { id: true, organizationId: true } });
  return c.json(rows);
});
