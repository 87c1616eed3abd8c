import type { APIRoute } from 'astro';
import { eq } from 'drizzle-orm';
import { db } from '../../../db';
import { users } from '../../../db/schema';

// Astro sessions: the onboarding flow keeps its draft there
export const GET: APIRoute = async ({ session }) => {
  const user = await session?.get('user');
  if (!user) return new Response(null, { status: 401 });
  const draft = await session?.get('onboardingDraft');
  // ok: unscoped-tenant-query
  const [me] = await db.select({ email: users.email, role: users.role }).from(users).where(eq(users.id, user.id));
  return Response.json({ ...me, draft });
};

// expect: missing-auth
export const DELETE: APIRoute = async ({ params, url }) => {
  const id = url.searchParams.get('id')!;
  await db.delete(users).where(eq(users.id, id));
  return new Response(null, { status: 204 });
};
