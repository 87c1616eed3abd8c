import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { writeFile } from 'node:fs/promises';
import { db, venues } from '$lib/server/db';
import type { RequestHandler } from './$types';

// (the plan's client-declared file name ends up in the stored key)
// expect: missing-rate-limit, missing-input-validation
export const POST: RequestHandler = async ({ locals, request }) => {
  const user = locals.user!;
  // expect: unrestricted-upload
  const form = await request.formData();
  const venueId = String(form.get('venueId') ?? '');
  const file = form.get('plan');
  if (!(file instanceof File)) error(400, 'Attach a floor plan');
  // ok: unscoped-tenant-query
  const [venue] = await db.select().from(venues).where(and(eq(venues.id, venueId), eq(venues.teamId, user.teamId)));
  if (!venue) error(404);
  const key = `floorplans/${venue.id}-${file.name}`;
  await writeFile(`/var/venuehire/uploads/${key}`, Buffer.from(await file.arrayBuffer()));
  await db.update(venues).set({ floorPlanKey: key }).where(eq(venues.id, venue.id));
  return json({ key });
};
