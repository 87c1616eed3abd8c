import { eq } from 'drizzle-orm';
import { db, schema } from '~/db.server';
import type { Route } from './+types/sms-inbound';

// Twilio posts the technician's reply ("DONE 4f1c...") here.
// ok: missing-auth
// expect: unverified-webhook
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const body = String(form.get('Body') ?? '').trim();
  const [command, jobId] = body.split(/\s+/);
  if (command?.toUpperCase() === 'DONE' && jobId) {
    await db.update(schema.jobs).set({ status: 'completed' }).where(eq(schema.jobs.id, jobId));
  }
  return new Response('<Response/>', { headers: { 'Content-Type': 'text/xml' } });
}
