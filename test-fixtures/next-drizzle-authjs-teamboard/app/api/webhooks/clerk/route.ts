import { headers } from 'next/headers';
import { Webhook } from 'svix';
import { eq } from 'drizzle-orm';
import { db, users } from '@/db';

type ClerkEvent = { type: string; data: { id: string; email_addresses: { email_address: string }[] } };

// legacy: accounts created before the Auth.js migration are still mirrored from Clerk
// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const payload = await req.text();
  const h = await headers();
  let evt: ClerkEvent;
  try {
    evt = new Webhook(process.env.CLERK_WEBHOOK_SECRET!).verify(payload, {
      'svix-id': h.get('svix-id')!,
      'svix-timestamp': h.get('svix-timestamp')!,
      'svix-signature': h.get('svix-signature')!,
    }) as ClerkEvent;
  } catch {
    return new Response('invalid signature', { status: 400 });
  }
  if (evt.type === 'user.deleted') {
    const email = evt.data.email_addresses?.[0]?.email_address;
    if (email) await db.update(users).set({ bannedAt: new Date() }).where(eq(users.email, email));
  }
  return new Response('ok');
}
