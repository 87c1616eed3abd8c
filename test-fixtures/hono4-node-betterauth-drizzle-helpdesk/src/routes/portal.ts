import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { db, schema } from '../db/index.js';
import { portalLimiter } from '../middleware/limits.js';

// Customer-facing portal: requesters follow the link in their notification email.
export const portalRoutes = new Hono();
portalRoutes.use('*', portalLimiter);

// ok: missing-auth
portalRoutes.get('/t/:portalToken', async (c) => {
  // ok: unscoped-tenant-query
  const ticket = await db.query.tickets.findFirst({
    where: eq(schema.tickets.portalToken, c.req.param('portalToken')),
    columns: { subject: true, status: true, createdAt: true },
  });
  if (!ticket) return c.json({ error: 'not found' }, 404);
  // ok: unscoped-tenant-query
  const thread = await db
    .select({ body: schema.comments.body, createdAt: schema.comments.createdAt })
    .from(schema.comments)
    .innerJoin(schema.tickets, eq(schema.tickets.id, schema.comments.ticketId))
    .where(and(eq(schema.tickets.portalToken, c.req.param('portalToken')), eq(schema.comments.internal, false)));
  return c.json({ ticket, thread });
});

// a public support request form: anyone may open a ticket with an organization (it writes, so the catalog
// reports it unless configured: routeguard.config.json lists it in publicRoutes)
// ok: missing-auth, missing-rate-limit, missing-input-validation
portalRoutes.post('/requests', zValidator('json', z.object({ orgSlug: z.string(), email: z.string().email(), subject: z.string().min(3).max(200) })), async (c) => {
  const input = c.req.valid('json');
  const org = await db.query.organization.findFirst({ where: eq(schema.organization.slug, input.orgSlug) });
  if (!org) return c.json({ error: 'unknown organization' }, 404);
  await db.insert(schema.tickets).values({
    organizationId: org.id,
    requesterEmail: input.email,
    subject: input.subject,
    portalToken: crypto.randomUUID(),
  });
  return c.json({ ok: true }, 202);
});
