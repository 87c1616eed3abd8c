import type { APIRoute } from 'astro';
import { Webhook } from 'svix';
import { eq } from 'drizzle-orm';
import { db, users } from '../../../db';

type ClerkEvent = { type: string; data: { id: string; email_addresses: { email_address: string }[]; first_name?: string } };

// Directory sync from the identity provider
// ok: missing-auth, unverified-webhook
export const POST: APIRoute = async ({ request }) => {
  const payload = await request.text();
  const headers = {
    'svix-id': request.headers.get('svix-id') ?? '',
    'svix-timestamp': request.headers.get('svix-timestamp') ?? '',
    'svix-signature': request.headers.get('svix-signature') ?? '',
  };
  let event: ClerkEvent;
  try {
    event = new Webhook(import.meta.env.CLERK_WEBHOOK_SECRET).verify(payload, headers) as ClerkEvent;
  } catch {
    return new Response('invalid signature', { status: 400 });
  }
  if (event.type === 'user.deleted') {
    await db.delete(users).where(eq(users.email, event.data.email_addresses[0]?.email_address ?? ''));
  }
  return new Response(null, { status: 204 });
};
