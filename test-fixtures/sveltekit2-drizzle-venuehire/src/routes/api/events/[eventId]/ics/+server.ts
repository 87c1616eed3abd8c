import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, events } from '$lib/server/db';
import type { RequestHandler } from './$types';

// calendar subscription link handed to coordinators; outside /api/team, so the hook does not guard it
// expect: missing-auth
export const GET: RequestHandler = async ({ params }) => {
  const [ev] = await db.select().from(events).where(eq(events.id, params.eventId));
  if (!ev) error(404);
  const body = [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    `SUMMARY:${ev.title} (${ev.clientName})`,
    `DTSTART:${ev.startsAt.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
    `DTEND:${ev.endsAt.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  return new Response(body, { headers: { 'content-type': 'text/calendar' } });
};
