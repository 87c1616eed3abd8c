import { Hono } from 'hono';
import { createFactory } from 'hono/factory';
import { setCookie } from 'hono/cookie';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { db, schema } from '../db/index.js';
import { orgOf, requireOrgRole, requireUser } from '../middleware/session.js';
import type { AppEnv } from '../lib/types.js';

const factory = createFactory<AppEnv>();

export const macroRoutes = new Hono<AppEnv>().basePath('/api/macros');
macroRoutes.use('*', requireUser);

// bulk close: admins only
const bulkClose = factory.createHandlers(
  requireOrgRole('owner', 'admin'),
  zValidator('json', z.object({ ids: z.array(z.number().int()).max(200) })),
  async (c) => {
    // ok: unscoped-tenant-query
    const closed = await db
      .update(schema.tickets)
      .set({ status: 'closed' })
      .where(and(inArray(schema.tickets.id, c.req.valid('json').ids), eq(schema.tickets.organizationId, orgOf(c))))
      .returning({ id: schema.tickets.id });
    return c.json({ closed: closed.length });
  },
);
// ok: missing-role-check, missing-input-validation
macroRoutes.post('/bulk-close', ...bulkClose);

// ok: missing-input-validation
macroRoutes.post('/assign-to-me', zValidator('form', z.object({ ticketId: z.coerce.number().int() })), async (c) => {
  const { ticketId } = c.req.valid('form');
  // ok: unscoped-tenant-query
  await db
    .update(schema.tickets)
    .set({ assigneeId: c.get('user')!.id })
    .where(and(eq(schema.tickets.id, ticketId), eq(schema.tickets.organizationId, orgOf(c))));
  return c.redirect('/inbox');
});

macroRoutes.post('/debug/session', async (c) => {
  // expect: token-logging
  console.log('macro debug session', c.get('session'));
  return c.json({ ok: true });
});

macroRoutes.post('/view-as', zValidator('json', z.object({ ticketId: z.number().int() })), async (c) => {
  const session = c.get('session')!;
  // expect: insecure-cookie
  setCookie(c, 'td_view_as_token', session.token, { path: '/', secure: true });
  return c.json({ ok: true });
});
