import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { and, eq } from 'drizzle-orm';
import { articles, db, messages, tickets } from '../db';

export const publicRoutes = new Hono();

// The help-center widget on customers' sites reads articles anonymously.
publicRoutes.use(
  '/articles',
  // ok: cors-wildcard
  cors({ origin: '*', allowMethods: ['GET'] }),
);

// ok: missing-auth
publicRoutes.get('/articles', async (c) => {
  const rows = await db.select({ slug: articles.slug, title: articles.title }).from(articles).where(eq(articles.published, true));
  return c.json(rows);
});

// Customers follow the link in their notification email; the token is a 32-char nanoid.
// ok: missing-auth
publicRoutes.get('/tickets/shared/:shareToken', async (c) => {
  const [ticket] = await db.select().from(tickets).where(eq(tickets.shareToken, c.req.param('shareToken'))).limit(1);
  if (!ticket) return c.json({ error: 'not found' }, 404);
  const thread = await db
    .select({ body: messages.body })
    .from(messages)
    .where(and(eq(messages.ticketId, ticket.id), eq(messages.internal, false)));
  return c.json({ subject: ticket.subject, status: ticket.status, thread });
});

// expect: missing-auth
publicRoutes.get('/tickets/:id/messages', async (c) => {
  const rows = await db.select().from(messages).where(eq(messages.ticketId, c.req.param('id')));
  return c.json(rows);
});
