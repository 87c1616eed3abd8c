import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';
import type { AppEnv } from '../lib/env.js';

export const reports = new Hono<AppEnv>();

// expect: missing-auth
reports.get('/backlog', async (c) => {
  const rows = await prisma.ticket.groupBy({
    by: ['assigneeId'],
    where: { organizationId: c.req.query('organizationId'), status: 'open' },
    _count: { _all: true },
  });
  return c.json(rows);
});

// expect: missing-auth
reports.get('/tickets/:id/timeline', async (c) => {
  const replies = await prisma.$queryRaw`SELECT id, body, "createdAt" FROM "Reply" WHERE "ticketId" = ${c.req.param('id')} ORDER BY "createdAt"`;
  return c.json(replies);
});
