import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '../../../db';
import { userFromCookies } from '../../../lib/cookie-session';

const Prefs = z.object({ name: z.string().min(1).max(120) });

// ok: missing-auth, missing-input-validation
export const PUT: APIRoute = async ({ cookies, request }) => {
  const user = await userFromCookies(cookies);
  if (!user) return new Response(null, { status: 401 });
  const { name } = Prefs.parse(await request.json());
  await db.update(users).set({ name }).where(eq(users.id, user.id));
  return new Response(null, { status: 204 });
};
