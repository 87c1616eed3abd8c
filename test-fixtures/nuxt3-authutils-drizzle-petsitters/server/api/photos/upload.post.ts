import { writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { bookings, photos } from '../../database/schema';

// Sitters upload visit photos for the pet owner
// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  // expect: unrestricted-upload
  const parts = await readMultipartFormData(event);
  const bookingId = Number(parts?.find((p) => p.name === 'bookingId')?.data.toString());
  const file = parts?.find((p) => p.name === 'photo');
  if (!file) throw createError({ statusCode: 400, statusMessage: 'photo is required' });
  // ok: unscoped-tenant-query
  const booking = await useDb().select().from(bookings).where(and(eq(bookings.id, bookingId), eq(bookings.agencyId, user.agencyId))).get();
  if (!booking) throw createError({ statusCode: 404 });
  const path = `.data/photos/${randomUUID()}-${file.filename}`;
  await writeFile(path, file.data);
  await useDb().insert(photos).values({ agencyId: user.agencyId, bookingId, path });
  return { ok: true };
});
