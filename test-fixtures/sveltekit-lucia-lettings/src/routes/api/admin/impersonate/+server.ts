import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { lucia } from '$lib/server/auth';
import { db, users } from '$lib/server/db';
import type { RequestHandler } from './$types';

// support staff sign in as an agent of their own agency to reproduce a problem
// expect: missing-role-check
export const POST: RequestHandler = async ({ request, locals, cookies }) => {
  if (!locals.user) error(401, 'Sign in first');
  const { userId } = await request.json();
  // ok: unscoped-tenant-query
  const [target] = await db.select().from(users).where(and(eq(users.id, userId), eq(users.orgId, locals.user.orgId)));
  if (!target) error(404, 'No such user');
  const session = await lucia.createSession(target.id, {});
  // expect: insecure-cookie
  cookies.set('impersonation_session', session.id, { path: '/', httpOnly: false, sameSite: 'lax' });
  return json({ impersonating: target.email });
};
