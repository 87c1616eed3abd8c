import { z } from 'zod';

const LoginBody = z.object({ email: z.string().email(), password: z.string().min(8) });

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const { email, password } = await readValidatedBody(event, LoginBody.parse);
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' });
  }
  await setUserSession(event, { user: { id: user.id, gymId: user.gymId, role: user.role } });
  return { ok: true };
});
