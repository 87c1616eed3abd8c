import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, events } from '$lib/server/db';
import type { RequestHandler } from './$types';

// pushed by the external calendar sync when an organiser moves an event
// expect: unverified-webhook
// ok: missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const change = (await request.json()) as { calendarEventId: string; start: string; end: string };
  await db
    .update(events)
    .set({ startsAt: new Date(change.start), endsAt: new Date(change.end) })
    .where(eq(events.externalCalendarId, change.calendarEventId));
  return json({ ok: true });
};
