import { eq } from 'drizzle-orm';

// Synced calendar pushes moved appointments.
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const body = await readBody<{ inspectionId: string; start: string }>(event);
  await db
    .update(tables.inspections)
    .set({ scheduledFor: new Date(body.start) })
    .where(eq(tables.inspections.id, body.inspectionId));
  return { ok: true };
});
