import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { db, labResults, appointments } from '../db';
import { env, LAB_SIGNATURE_HEADER } from '../env';
import { verifyLabSignature } from '../lib/signature';

export const webhooks = new Hono();

// ok: unverified-webhook, missing-auth
webhooks.post('/lab-results', async (c) => {
  const raw = await c.req.text();
  if (!verifyLabSignature(raw, c.req.header(LAB_SIGNATURE_HEADER), env.LAB_WEBHOOK_SECRET)) {
    return c.json({ error: 'bad signature' }, 401);
  }
  const event = JSON.parse(raw) as { practiceId: string; patientId: string; caseRef: string; status: string };
  await db.insert(labResults).values({ practiceId: event.practiceId, patientId: event.patientId, labCaseRef: event.caseRef, status: event.status });
  return c.body(null, 204);
});

// replies to the "reply C to confirm" recall texts, posted by the SMS gateway
// expect: unverified-webhook
// ok: missing-auth
webhooks.post('/sms-replies', async (c) => {
  const form = await c.req.parseBody();
  const ref = String(form['MessageRef'] ?? '');
  const reply = String(form['Body'] ?? '').trim().toUpperCase();
  const status = reply === 'C' ? 'confirmed' : reply === 'X' ? 'cancelled' : null;
  if (status) {
    await db.update(appointments).set({ status }).where(and(eq(appointments.smsRef, ref), eq(appointments.status, 'booked')));
  }
  return c.text('<Response/>', 200, { 'content-type': 'text/xml' });
});
