import { json, type ActionFunctionArgs } from '@remix-run/node';
import { Webhook } from 'svix';
import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';

type ClerkEvent = { type: string; data: { id: string; email_addresses: { email_address: string }[] } };

// ok: missing-auth, unverified-webhook
export async function action({ request }: ActionFunctionArgs) {
  const payload = await request.text();
  const headers = {
    'svix-id': request.headers.get('svix-id') ?? '',
    'svix-timestamp': request.headers.get('svix-timestamp') ?? '',
    'svix-signature': request.headers.get('svix-signature') ?? '',
  };
  let event: ClerkEvent;
  try {
    event = new Webhook(process.env.CLERK_WEBHOOK_SECRET!).verify(payload, headers) as ClerkEvent;
  } catch {
    return json({ error: 'invalid signature' }, { status: 400 });
  }
  if (event.type === 'user.deleted') {
    // ok: unscoped-tenant-query
    await db.delete(schema.apiKeys).where(eq(schema.apiKeys.label, `clerk:${event.data.id}`));
  }
  return json({ ok: true });
}
