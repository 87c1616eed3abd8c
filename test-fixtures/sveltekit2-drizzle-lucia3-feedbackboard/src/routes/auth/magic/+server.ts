import { error, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, magicLinks } from '$lib/server/db';
import { lucia } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-rate-limit
export const GET: RequestHandler = async ({ url, cookies }) => {
  const token = url.searchParams.get('token') ?? '';
  const [link] = await db.select().from(magicLinks).where(eq(magicLinks.token, token));
  if (!link || link.expiresAt < new Date()) error(400, 'This sign-in link has expired');
  await db.delete(magicLinks).where(eq(magicLinks.token, token));
  const session = await lucia.createSession(link.userId, {});
  // expect: insecure-cookie
  cookies.set(lucia.sessionCookieName, session.id, { path: '/', httpOnly: true, sameSite: 'lax', secure: false });
  redirect(303, '/app/boards');
};
