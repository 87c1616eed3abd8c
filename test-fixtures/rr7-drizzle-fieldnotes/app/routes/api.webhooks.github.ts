import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Route } from './+types/api.webhooks.github';
import { db, schema } from '../db/client.server';

function verifySignature(payload: string, header: string | null) {
  if (!header) return false;
  const expected = `sha256=${crypto.createHmac('sha256', process.env.GITHUB_WEBHOOK_SECRET!).update(payload).digest('hex')}`;
  const a = Buffer.from(expected);
  const b = Buffer.from(header);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// ok: unverified-webhook, missing-auth
export async function action({ request }: Route.ActionArgs) {
  const payload = await request.text();
  if (!verifySignature(payload, request.headers.get('x-hub-signature-256'))) {
    return new Response('Invalid signature', { status: 401 });
  }
  const event = JSON.parse(payload) as { action: string; repository: { full_name: string } };
  if (event.action === 'archived') {
    await db.update(schema.sites).set({ archived: true }).where(eq(schema.sites.name, event.repository.full_name));
  }
  return new Response(null, { status: 204 });
}
