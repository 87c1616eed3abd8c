import { headers } from 'next/headers';
import { Webhook } from 'svix';
import type { WebhookEvent } from '@clerk/nextjs/server';
import { db } from '@/lib/db';

// expect: hardcoded-secret
const WEBHOOK_SECRET = process.env.CLERK_WEBHOOK_SECRET ?? 'whsec_Zm9vYmFyRkFLRWZha2VGQUtFZmFrZTEyMzQ1Ng==';

// ok: unverified-webhook, missing-auth
export async function POST(req: Request) {
  const h = headers();
  const svixId = h.get('svix-id');
  const svixTimestamp = h.get('svix-timestamp');
  const svixSignature = h.get('svix-signature');
  if (!svixId || !svixTimestamp || !svixSignature) {
    return new Response('missing svix headers', { status: 400 });
  }

  const payload = await req.text();
  let evt: WebhookEvent;
  try {
    evt = new Webhook(WEBHOOK_SECRET).verify(payload, {
      'svix-id': svixId,
      'svix-timestamp': svixTimestamp,
      'svix-signature': svixSignature,
    }) as WebhookEvent;
  } catch (err) {
    // ok: token-logging
    console.error('clerk webhook verification failed', err);
    return new Response('invalid signature', { status: 400 });
  }

  if (evt.type === 'user.created') {
    const email = evt.data.email_addresses[0]?.email_address ?? '';
    await db.user.create({ data: { clerkId: evt.data.id, email } });
  } else if (evt.type === 'user.deleted' && evt.data.id) {
    await db.user.delete({ where: { clerkId: evt.data.id } });
  }
  return new Response('', { status: 200 });
}
