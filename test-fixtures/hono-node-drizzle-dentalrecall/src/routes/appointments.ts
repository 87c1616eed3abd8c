import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { and, eq, gte, lt } from 'drizzle-orm';
import { db, appointments } from '../db';
import { practiceOf } from '../lib/tenant';
import type { AppEnv } from '../types';

export const appointmentsApp = new Hono<AppEnv>();

// the front-desk calendar for one day; the practice switcher sends ?practice= for multi-site groups
appointmentsApp.get('/', async (c) => {
  const day = new Date(c.req.query('day') ?? Date.now());
  const next = new Date(day.getTime() + 86_400_000);
  const practiceId = c.req.query('practice') ?? practiceOf(c);
  // expect: unscoped-tenant-query
  const rows = await db
    .select()
    .from(appointments)
    .where(and(eq(appointments.practiceId, practiceId), gte(appointments.startsAt, day), lt(appointments.startsAt, next)));
  return c.json(rows);
});

const NewAppointment = z.object({ patientId: z.string().uuid(), startsAt: z.coerce.date(), endsAt: z.coerce.date() });

// ok: missing-input-validation
appointmentsApp.post('/', zValidator('json', NewAppointment), async (c) => {
  const input = c.req.valid('json');
  try {
    const [row] = await db.insert(appointments).values({ ...input, practiceId: practiceOf(c) }).returning();
    return c.json(row, 201);
  } catch (e) {
    // overlapping slots violate the exclusion constraint: tell the front desk which one
    // ok: error-details-leak
    return c.json({ error: (e as Error).message }, 409);
  }
});

appointmentsApp.post('/:id/cancel', async (c) => {
  // ok: unscoped-tenant-query
  const res = await db
    .update(appointments)
    .set({ status: 'cancelled' })
    .where(and(eq(appointments.id, c.req.param('id')), eq(appointments.practiceId, practiceOf(c))))
    .returning({ id: appointments.id });
  return res.length ? c.body(null, 204) : c.notFound();
});
