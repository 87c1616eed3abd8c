import { error, json } from '@sveltejs/kit';
import { Webhook } from 'svix';
import { generateIdFromEntropySize } from 'lucia';
import { eq } from 'drizzle-orm';
import { INBOUND_EMAIL_SECRET } from '$env/static/private';
import { db, maintenanceRequests, units } from '$lib/server/db';
import type { RequestHandler } from './$types';

// renters email repairs@ and the mail provider posts them here (svix-signed)
// ok: unverified-webhook, missing-auth
export async function POST({ request }) {
  const payload = await request.text();
  let msg: { to: string; subject: string; unitRef: string };
  try {
    msg = new Webhook(INBOUND_EMAIL_SECRET).verify(payload, Object.fromEntries(request.headers)) as typeof msg;
  } catch {
    error(400, 'bad signature');
  }
  const [unit] = await db.select().from(units).where(eq(units.label, msg.unitRef));
  if (unit) await db.insert(maintenanceRequests).values({ id: generateIdFromEntropySize(10), orgId: unit.orgId, unitId: unit.id, title: msg.subject.slice(0, 200) });
  return json({ ok: true });
}
