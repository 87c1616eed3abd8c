import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { decode } from 'hono/jwt';
import { and, eq, gte, lt } from 'drizzle-orm';
import { db, appointments, patients } from '../db';

// the waiting-room screen: today's arrivals, first names only. It reads the kiosk token the tablet was paired with.
export const display = new Hono();

// expect: missing-auth
display.get('/today', async (c) => {
  // expect: insecure-jwt
  const { payload } = decode(getCookie(c, 'kiosk_token') ?? '');
  const practiceId = String(payload.practiceId);
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 86_400_000);
  const rows = await db
    .select({ startsAt: appointments.startsAt, status: appointments.status, name: patients.fullName })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .where(and(eq(appointments.practiceId, practiceId), gte(appointments.startsAt, start), lt(appointments.startsAt, end)));
  return c.json(rows.map((r) => ({ ...r, name: r.name.split(' ')[0] })));
});
