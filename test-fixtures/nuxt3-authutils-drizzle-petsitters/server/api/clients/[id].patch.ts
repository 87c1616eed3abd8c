import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { clients } from '../../database/schema';

const clientUpdate = z.object({
  name: z.string().min(1).optional(),
  phone: z.string().max(40).optional(),
  address: z.string().max(300).optional(),
  keyLockboxCode: z.string().max(12).optional(),
});

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  await requireAgencyUser(event);
  const id = Number(getRouterParam(event, 'id'));
  const body = await readValidatedBody(event, clientUpdate.parse);
  // expect: unscoped-tenant-query
  const [row] = await useDb().update(clients).set(body).where(eq(clients.id, id)).returning();
  return row;
});
