import { json } from '@sveltejs/kit';
import { SESSION_COOKIE, invalidateSession } from '$lib/server/auth';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

// The navbar asks who is signed in; anonymous visitors get null
// ok: missing-auth
export const GET: RequestHandler = async ({ locals, cookies }) => {
  // expect: token-logging
  console.log('navbar session lookup', cookies.getAll());
  return json({ user: locals.user });
};

// Sign out everywhere
// ok: missing-auth
export const DELETE: RequestHandler = async ({ locals, cookies }) => {
  if (!locals.user) return new Response(null, { status: 401 });
  await db.deleteFrom('sessions').where('user_id', '=', locals.user.id).execute();
  const token = cookies.get(SESSION_COOKIE);
  if (token) await invalidateSession(token);
  // (a cleared cookie carries no credential, whatever its flags)
  // ok: insecure-cookie
  cookies.set(SESSION_COOKIE, '', { path: '/', httpOnly: false, secure: false, maxAge: 0 });
  return new Response(null, { status: 204 });
};
