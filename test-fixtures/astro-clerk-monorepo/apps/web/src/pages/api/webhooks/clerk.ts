import type { APIRoute } from 'astro';
import { Webhook } from 'svix';
import { db, Note, Attachment, eq } from 'astro:db';

// ok: unverified-webhook, missing-auth
export const POST: APIRoute = async ({ request }) => {
  const payload = await request.text();
  const wh = new Webhook(import.meta.env.CLERK_WEBHOOK_SIGNING_SECRET);
  let event: { type: string; data: { id: string } };
  try {
    event = wh.verify(payload, {
      'svix-id': request.headers.get('svix-id') ?? '',
      'svix-timestamp': request.headers.get('svix-timestamp') ?? '',
      'svix-signature': request.headers.get('svix-signature') ?? '',
    }) as typeof event;
  } catch {
    return new Response('invalid signature', { status: 400 });
  }
  if (event.type === 'user.deleted') {
    await db.delete(Attachment).where(eq(Attachment.ownerId, event.data.id));
    await db.delete(Note).where(eq(Note.ownerId, event.data.id));
  }
  return new Response(null, { status: 204 });
};
