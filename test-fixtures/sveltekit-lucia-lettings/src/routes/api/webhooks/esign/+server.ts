import { json } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db, leases } from '$lib/server/db';
import type { RequestHandler } from './$types';

// envelope status callbacks from the e-signature provider
// expect: unverified-webhook
export const POST: RequestHandler = async ({ request }) => {
  const payload = await request.json();
  if (payload.event === 'envelope.completed') {
    await db.update(leases).set({ status: 'signed' }).where(eq(leases.envelopeId, payload.envelopeId));
  }
  return json({ ok: true });
};
