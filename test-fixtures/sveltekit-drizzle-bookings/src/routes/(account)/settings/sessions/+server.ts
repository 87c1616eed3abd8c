import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { sessions } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// "Sign out everywhere": +server.ts endpoints never run layout loads, so the (account) guard is not here
// expect: missing-auth
export const POST: RequestHandler = async ({ request }) => {
  const { userId } = (await request.json()) as { userId: string };
  await db.delete(sessions).where(eq(sessions.userId, userId));
  return json({ signedOut: true });
};
