import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, users } from '$lib/server/db';
import { lucia, requireAdmin } from '$lib/server/auth';
import type { RequestHandler } from './$types';

// ok: missing-auth, missing-role-check
export const POST: RequestHandler = async (event) => {
  const admin = requireAdmin(event);
  const { userId } = await event.request.json();
  // ok: unscoped-tenant-query
  const [target] = await db.select().from(users).where(and(eq(users.id, String(userId)), eq(users.workspaceId, admin.workspaceId)));
  if (!target) error(404);
  const session = await lucia.createSession(target.id, {});
  // expect: insecure-cookie
  event.cookies.set('fb_impersonation_session', session.id, { path: '/', httpOnly: false, secure: true });
  return json({ impersonating: target.email });
};
