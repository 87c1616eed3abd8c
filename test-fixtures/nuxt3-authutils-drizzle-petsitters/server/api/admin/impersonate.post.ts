import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../../database/schema';

const body = z.object({ userId: z.number().int() });

// expect: missing-role-check
// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const me = await requireAgencyUser(event);
  const { userId } = await readValidatedBody(event, body.parse);
  // expect: unscoped-tenant-query
  const target = await useDb().query.users.findFirst({ where: eq(users.id, userId) });
  if (!target) throw createError({ statusCode: 404 });
  await setUserSession(event, { user: { id: target.id, email: target.email, role: target.role, agencyId: target.agencyId }, impersonatedBy: me.id });
  return { ok: true };
});
