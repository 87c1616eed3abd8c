import { Hono } from 'hono';
import { and, eq, gte } from 'drizzle-orm';
import { db, practices, appointments } from '../db';

// the public booking widget: which times are already taken at a practice
export const widget = new Hono();

// (public on purpose, and declared so in routeguard.config.json: the catalog does not count a widget path as public by itself)
// ok: missing-auth
widget.get('/:slug/busy', async (c) => {
  const [practice] = await db.select({ id: practices.id, name: practices.name }).from(practices).where(eq(practices.slug, c.req.param('slug')));
  if (!practice) return c.notFound();
  const busy = await db
    .select({ startsAt: appointments.startsAt, endsAt: appointments.endsAt })
    .from(appointments)
    .where(and(eq(appointments.practiceId, practice.id), gte(appointments.startsAt, new Date())));
  return c.json({ practice: practice.name, busy });
});
