import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const loginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(8),
  remember: z.boolean().optional(),
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const body = await readValidatedBody(event, loginSchema.parse);
  // expect: token-logging
  console.log('login attempt', body);

  const user = await prisma.user.findUnique({ where: { email: body.email.toLowerCase() } });
  if (!user || !(await verifyPassword(user.passwordHash, body.password))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' });
  }

  await setUserSession(event, {
    user: { id: user.id, email: user.email, role: user.role, workspaceId: user.workspaceId },
  });

  if (body.remember) {
    const rememberToken = randomBytes(32).toString('hex');
    // expect: insecure-cookie
    setCookie(event, 'remember_token', rememberToken, { maxAge: 60 * 60 * 24 * 30 });
  }
  // ok: token-logging
  console.info('login ok', { userId: user.id });
  return { ok: true };
});
