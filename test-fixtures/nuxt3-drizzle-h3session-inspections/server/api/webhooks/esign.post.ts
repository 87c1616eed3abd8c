import { createHmac, timingSafeEqual } from 'node:crypto';
import { eq } from 'drizzle-orm';

// The e-signature provider notifies us when a landlord signs the inspection report.
// ok: unverified-webhook, missing-auth
export default defineEventHandler(async (event) => {
  const raw = (await readRawBody(event)) ?? '';
  const signature = getRequestHeader(event, 'x-esign-signature') ?? '';
  const expected = createHmac('sha256', process.env.ESIGN_WEBHOOK_SECRET!).update(raw).digest('hex');
  if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
    throw createError({ statusCode: 401, statusMessage: 'Bad signature' });
  }
  const payload = JSON.parse(raw) as { event: string; reference: string };
  if (payload.event === 'envelope.completed') {
    await db.update(tables.inspections).set({ status: 'signed' }).where(eq(tables.inspections.id, payload.reference));
  }
  return { ok: true };
});
