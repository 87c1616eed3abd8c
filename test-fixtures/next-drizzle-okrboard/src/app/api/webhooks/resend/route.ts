import { eq } from 'drizzle-orm';
import { db, user } from '@/db';

// expect: unverified-webhook
// ok: missing-auth
export async function POST(request: Request) {
  const event = await request.json();
  if (event.type === 'email.bounced') {
    await db.update(user).set({ emailBounced: true }).where(eq(user.email, event.data.to[0]));
  }
  return Response.json({ ok: true });
}
