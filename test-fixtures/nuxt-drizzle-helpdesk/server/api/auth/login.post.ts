import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { eq } from 'drizzle-orm';
import { z } from 'zod';

const Login = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth
// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const { email, password } = await readValidatedBody(event, Login.parse);
  const agent = await db.query.agents.findFirst({ where: eq(tables.agents.email, email) });
  if (!agent || !(await bcrypt.compare(password, agent.passwordHash))) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid credentials' });
  }
  const token = jwt.sign({ sub: agent.id, wid: agent.workspaceId, role: agent.role, email: agent.email }, useRuntimeConfig(event).jwtSecret, { expiresIn: '8h' });
  // ok: insecure-cookie
  setCookie(event, 'hd_session', token, { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 60 * 60 * 8 });
  return { ok: true };
});
