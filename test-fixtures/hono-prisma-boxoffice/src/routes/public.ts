import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { prisma } from '../lib/db';

export const publicRoutes = new Hono();

// ok: cors-wildcard
publicRoutes.use('*', cors({ origin: '*', allowMethods: ['GET'] }));

// ok: missing-auth
publicRoutes.get('/events', async (c) => {
  // ok: unscoped-tenant-query
  const rows = await prisma.event.findMany({
    where: { published: true, startsAt: { gte: new Date() } },
    select: { slug: true, title: true, venue: true, startsAt: true },
  });
  return c.json(rows);
});

// ok: missing-auth
publicRoutes.get('/events/:slug', async (c) => {
  // ok: unscoped-tenant-query
  const event = await prisma.event.findFirst({
    where: { slug: c.req.param('slug'), published: true },
    include: { ticketTypes: { select: { id: true, name: true, priceCents: true } } },
  });
  return event ? c.json(event) : c.notFound();
});
