import { z } from 'zod';

const bodySchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  await enforceRateLimit(event, 'login');
  const { email, password } = await readValidatedBody(event, bodySchema.parse);

  // ok: unscoped-tenant-query
  const user = await prisma.user.findUnique({ where: { email: email.toLowerCase() } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    // ok: token-logging
    console.warn('login failed', { email });
    throw createError({ statusCode: 401, statusMessage: 'Invalid email or password' });
  }

  await setUserSession(event, { user: { id: user.id, name: user.name, email: user.email, role: user.role } });
  return { ok: true };
});
