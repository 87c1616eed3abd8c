import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { z } from 'zod';

const Login = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  await assertRateLimit(event, 'login');
  const { email, password } = await readValidatedBody(event, Login.parse);
  const user = await db.query.users.findFirst({ where: eq(tables.users.email, email.toLowerCase()) });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' });
  }
  const session = await useAppSession(event);
  await session.update({ userId: user.id });
  return { id: user.id, name: user.name, role: user.role };
});
