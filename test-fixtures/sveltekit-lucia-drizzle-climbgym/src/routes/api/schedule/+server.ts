import { json } from '@sveltejs/kit';
import { and, eq, gte } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { bookings, classes } from '$lib/server/db/schema';
// expect: public-env-secret
import { PUBLIC_RESEND_API_KEY } from '$env/static/public';
import type { RequestHandler } from './$types';

// embeddable schedule widget for partner sites; shows "booked" for signed-in climbers
// ok: missing-auth
export const GET: RequestHandler = async ({ url, request, locals }) => {
  const gymId = url.searchParams.get('gym') ?? '';
  // ok: unscoped-tenant-query
  const rows = await db
    .select()
    .from(classes)
    .where(and(eq(classes.gymId, gymId), eq(classes.isPublic, true), gte(classes.startsAt, new Date())));
  const mine = locals.user
    ? await db.select({ classId: bookings.classId }).from(bookings).where(eq(bookings.userId, locals.user.id))
    : [];
  const booked = new Set(mine.map((b) => b.classId));
  return json(
    rows.map((r) => ({ ...r, booked: booked.has(r.id) })),
    {
      headers: {
        // expect: cors-wildcard
        'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
        'Access-Control-Allow-Credentials': 'true',
      },
    },
  );
};

// ok: missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const { email } = (await request.json()) as { email?: string };
  if (!email) return json({ error: 'email required' }, { status: 400 });
  await fetch('https://api.resend.com/audiences/schedule/contacts', {
    method: 'POST',
    headers: { Authorization: `Bearer ${PUBLIC_RESEND_API_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  return json({ subscribed: true });
};
