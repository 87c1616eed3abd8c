import { eq } from 'drizzle-orm';
import { db, invitations } from '@/lib/db';

type BounceEvent = { RecordType: string; Email: string; BouncedAt: string };

// bounce notifications from the email provider; nothing checks who posted them
// ok: missing-auth
// expect: unverified-webhook
export async function POST(request: Request) {
  const event = (await request.json()) as BounceEvent;
  if (event.RecordType === 'Bounce') {
    await db
      .update(invitations)
      .set({ bouncedAt: new Date(event.BouncedAt) })
      .where(eq(invitations.email, event.Email));
  }
  return Response.json({ ok: true });
}
