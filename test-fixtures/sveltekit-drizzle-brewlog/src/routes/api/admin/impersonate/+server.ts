import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { db, users } from '$lib/server/db';
import { requireUser } from '$lib/server/guards';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ userId: z.string().min(1) });

// Support tool: sign in as a customer to reproduce a bug.
// expect: missing-role-check
// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const admin = requireUser(event);
  const { userId } = bodySchema.parse(await event.request.json());
  // (no role check, so any user's row, in any organization, is read by the id posted)
  // expect: unscoped-tenant-query
  const target = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!target) error(404, 'User not found');
  const token = generateSessionToken();
  const session = await createSession(token, target.id);
  setSessionTokenCookie(event, token, session.expiresAt);
  // expect: token-logging
  console.info('impersonation started', { by: admin.id, as: target.id, token });
  return json({ ok: true });
};
