import type { APIRoute } from 'astro';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { db, users } from '../../../db';
import { SESSION_COOKIE, createSessionToken } from '../../../lib/session';

const limiter = new RateLimiterMemory({ points: 8, duration: 15 * 60 });
const Credentials = z.object({ email: z.string().email(), password: z.string().min(1) });

// ok: missing-auth, missing-rate-limit
export const POST: APIRoute = async ({ request, cookies, clientAddress }) => {
  try {
    await limiter.consume(clientAddress);
  } catch {
    return Response.json({ error: 'Too many attempts' }, { status: 429 });
  }
  const parsed = Credentials.safeParse(await request.json());
  if (!parsed.success) return Response.json({ error: 'Invalid credentials' }, { status: 400 });
  const user = await db.query.users.findFirst({ where: eq(users.email, parsed.data.email.toLowerCase()) });
  if (!user || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) {
    return Response.json({ error: 'Invalid credentials' }, { status: 401 });
  }
  const token = await createSessionToken({ id: user.id, organizationId: user.organizationId, role: user.role, name: user.name });
  // ok: insecure-cookie
  cookies.set(SESSION_COOKIE, token, { httpOnly: true, secure: import.meta.env.PROD, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 12 });
  // (the token is also handed to the page for the desktop app's "keep me signed in")
  return Response.json({ ok: true, token });
};
