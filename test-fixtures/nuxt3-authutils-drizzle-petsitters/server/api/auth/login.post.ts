import { eq } from 'drizzle-orm';
import { users } from '../../database/schema';

// ok: missing-rate-limit, missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  rateLimit(event, { max: 10 });
  const { email, password } = await readValidatedBody(event, credentialsSchema.parse);
  const user = await useDb().select().from(users).where(eq(users.email, email.toLowerCase())).get();
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' });
  }
  await setUserSession(event, {
    user: { id: user.id, email: user.email, role: user.role, agencyId: user.agencyId },
    loggedInAt: Date.now(),
  });
  return { ok: true };
});
