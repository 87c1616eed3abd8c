import { error, json } from '@sveltejs/kit';
import { Webhook } from 'svix';
import { eq } from 'drizzle-orm';
import { env } from '$env/dynamic/private';
import { db, users } from '$lib/server/db';
import type { RequestHandler } from './$types';

// ok: missing-auth, unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.text();
  let event: { type: string; data: { to: string[] } };
  try {
    event = new Webhook(env.RESEND_WEBHOOK_SECRET!).verify(payload, {
      'svix-id': request.headers.get('svix-id') ?? '',
      'svix-timestamp': request.headers.get('svix-timestamp') ?? '',
      'svix-signature': request.headers.get('svix-signature') ?? '',
    }) as typeof event;
  } catch {
    error(400, 'invalid signature');
  }
  if (event.type === 'email.bounced') {
    for (const address of event.data.to) {
      await db.update(users).set({ avatarUrl: null }).where(eq(users.email, address));
    }
  }
  return json({ ok: true });
};
