import { Hono } from 'hono';
import { getAuth } from '@hono/clerk-auth';
import { db } from '../lib/db';

// the signed-in attendee's own views; each handler checks the Clerk session itself
export const me = new Hono();

// ok: missing-auth, unscoped-tenant-query
me.get('/tickets', async (c) => {
  const auth = getAuth(c);
  if (!auth?.userId) return c.json({ error: 'unauthorized' }, 401);
  return c.json(await db.ticket.findMany({ where: { holderUserId: auth.userId } }));
});

// the 401 response is built but never returned
// expect: missing-auth
me.get('/ticket-codes', async (c) => {
  const auth = getAuth(c);
  if (!auth?.userId) {
    c.json({ error: 'unauthorized' }, 401);
  }
  const tickets = await db.ticket.findMany({ where: { holderUserId: auth?.userId }, select: { id: true, code: true, holderEmail: true } });
  return c.json(tickets);
});

// expect: missing-auth
me.get('/upcoming', async (c) => {
  const userId = getAuth(c)?.userId ?? null;
  const tickets = await db.ticket.findMany({
    where: { holderUserId: userId ?? undefined, status: 'valid' },
    include: { event: true },
  });
  return c.json(tickets);
});

// ok: missing-auth, missing-role-check
me.delete('/orgs/:orgId/events/:eventId', async (c) => {
  const auth = getAuth(c);
  if (!auth?.userId) return c.json({ error: 'unauthorized' }, 401);
  if (auth.orgRole !== 'org:admin') return c.json({ error: 'forbidden' }, 403);
  // expect: unscoped-tenant-query
  await db.event.deleteMany({ where: { id: c.req.param('eventId'), orgId: c.req.param('orgId') } });
  return c.body(null, 204);
});
