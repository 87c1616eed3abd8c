import { error, fail } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { db, batches, tastingNotes, attachments } from '$lib/server/db';
import { requireMembership } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

// ok: missing-auth
export const load: PageServerLoad = async ({ locals, params }) => {
  await requireMembership(locals.user!.id, params.orgId);
  // ok: unscoped-tenant-query
  const batch = await db.query.batches.findFirst({
    where: and(eq(batches.id, params.batchId), eq(batches.orgId, params.orgId)),
  });
  if (!batch) error(404, 'Batch not found');
  const notes = await db.select().from(tastingNotes).where(eq(tastingNotes.batchId, batch.id));
  // ok: unscoped-tenant-query
  const files = await db.select().from(attachments).where(and(eq(attachments.batchId, batch.id), eq(attachments.orgId, params.orgId)));
  return { batch, notes, files };
};

export const actions: Actions = {
  // expect: missing-input-validation
  // ok: missing-auth
  addNote: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId);
    const data = await request.formData();
    await db.insert(tastingNotes).values({
      id: crypto.randomUUID(),
      batchId: params.batchId,
      authorId: locals.user!.id,
      score: Number(data.get('score')),
      body: String(data.get('body')),
    });
    return { ok: true };
  },

  // ok: missing-auth, missing-input-validation
  deleteNote: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId);
    const noteId = String((await request.formData()).get('noteId'));
    // expect: unscoped-tenant-query
    await db.delete(tastingNotes).where(eq(tastingNotes.id, noteId));
    return { ok: true };
  },

  // the client's file name goes into the stored key unchecked (the type and size are unrestricted-upload's)
  // expect: missing-rate-limit, missing-input-validation
  // ok: missing-auth
  uploadLabel: async ({ request, locals, params }) => {
    await requireMembership(locals.user!.id, params.orgId, ['owner', 'brewer']);
    // expect: unrestricted-upload
    const data = await request.formData();
    const file = data.get('label') as File | null;
    if (!file) return fail(400, { error: 'Choose a file' });
    const storageKey = `${params.orgId}/labels/${crypto.randomUUID()}-${file.name}`;
    await saveToBucket(storageKey, new Uint8Array(await file.arrayBuffer()), file.type);
    await db.insert(attachments).values({
      id: crypto.randomUUID(),
      orgId: params.orgId,
      batchId: params.batchId,
      storageKey,
      contentType: file.type,
      sizeBytes: file.size,
    });
    return { storageKey };
  },
};

async function saveToBucket(key: string, bytes: Uint8Array, contentType: string) {
  const { S3Client, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({});
  await s3.send(new PutObjectCommand({ Bucket: 'brewlog-files', Key: key, Body: bytes, ContentType: contentType }));
}
