import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { bookings } from '../../database/schema';

const schema = z.object({ ids: z.array(z.number().int()).max(100) });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  await requireManager(event);
  const { ids } = await readValidatedBody(event, schema.parse);
  // expect: unscoped-tenant-query
  await useDb().update(bookings).set({ status: 'cancelled' }).where(inArray(bookings.id, ids));
  return { ok: true };
});
