import { z } from 'zod';
import { clients } from '../../database/schema';

const clientCreate = z.object({ name: z.string().min(1), phone: z.string().max(40).optional(), address: z.string().max(300).optional() });

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireAgencyUser(event);
  const body = await readBody(event);
  const data = clientCreate.parse(body);
  const [row] = await useDb().insert(clients).values({ ...data, agencyId: user.agencyId }).returning();
  return row;
});
