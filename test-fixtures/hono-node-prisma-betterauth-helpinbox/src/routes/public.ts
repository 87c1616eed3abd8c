import { Hono } from 'hono';
import { prisma } from '../lib/prisma.js';

export const publicRoutes = new Hono();

// ok: missing-auth
publicRoutes.get('/status', (c) => c.json({ ok: true, version: process.env.APP_VERSION ?? 'dev' }));

// expect: missing-auth
publicRoutes.get('/tickets/:id', async (c) => {
  const ticket = await prisma.ticket.findUnique({
    where: { id: c.req.param('id') },
    select: { id: true, subject: true, status: true, replies: { where: { internal: false } } },
  });
  return ticket ? c.json(ticket) : c.json({ error: 'not found' }, 404);
});
