import type { APIRoute } from 'astro';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db, organizations, users } from '../../../db';
import { SESSION_COOKIE, createSessionToken } from '../../../lib/session';

const Registration = z.object({
  company: z.string().min(2).max(120),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  password: z.string().min(10),
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
export const POST: APIRoute = async ({ request, cookies }) => {
  const input = Registration.parse(await request.json());
  const [org] = await db.insert(organizations).values({ name: input.company }).returning();
  const [user] = await db
    .insert(users)
    .values({ email: input.email.toLowerCase(), name: input.name, role: 'admin', organizationId: org.id, passwordHash: await bcrypt.hash(input.password, 12) })
    .returning();
  const token = await createSessionToken({ id: user.id, organizationId: org.id, role: 'admin', name: user.name });
  // expect: insecure-cookie
  cookies.set(SESSION_COOKIE, token, { path: '/', maxAge: 60 * 60 * 12 });
  return Response.json({ ok: true }, { status: 201 });
};
