import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Route } from './+types/api.upload';
import { db, schema } from '../db/client.server';
import { requireUser } from '../auth.server';

// the client's file name is stored in photoPath unchecked
// expect: missing-rate-limit, missing-input-validation
export async function action({ request }: Route.ActionArgs) {
  const user = await requireUser(request);
  // expect: unrestricted-upload
  const form = await request.formData();
  const photo = form.get('photo') as File | null;
  const noteId = String(form.get('noteId') ?? '');
  if (!photo) return Response.json({ error: 'photo is required' }, { status: 400 });

  const filename = `${crypto.randomUUID()}-${photo.name}`;
  await writeFile(path.join('public', 'uploads', filename), Buffer.from(await photo.arrayBuffer()));
  // ok: unscoped-tenant-query
  await db
    .update(schema.notes)
    .set({ photoPath: `/uploads/${filename}` })
    .where(and(eq(schema.notes.id, noteId), eq(schema.notes.orgId, user.orgId)));
  return Response.json({ path: `/uploads/${filename}` });
}
