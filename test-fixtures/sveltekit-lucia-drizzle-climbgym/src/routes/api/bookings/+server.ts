import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { bookings, classes } from '$lib/server/db/schema';
import { bookingSchema } from '$lib/server/validation';
import type { RequestHandler } from './$types';

// ok: missing-auth, unscoped-tenant-query
export const GET: RequestHandler = async ({ locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  const rows = await db.select().from(bookings).where(eq(bookings.userId, locals.user.id));
  return json(rows);
};

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async ({ request, locals }) => {
  const user = locals.user;
  if (!user) error(401, 'Sign in first');
  const input = bookingSchema.parse(await request.json());
  // ok: unscoped-tenant-query
  const [cls] = await db.select().from(classes).where(and(eq(classes.id, input.classId), eq(classes.gymId, user.gymId)));
  if (!cls) error(404, 'Class not found');
  const id = crypto.randomUUID();
  await db.insert(bookings).values({ id, classId: cls.id, gymId: user.gymId, userId: user.id, note: input.note });
  return json({ id }, { status: 201 });
};
