import { error, json } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { attachments, db, posts } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import { storeFile } from '$lib/server/storage';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-rate-limit, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  // expect: unrestricted-upload
  const form = await event.request.formData();
  const file = form.get('file') as File;
  const postId = String(form.get('postId'));
  // ok: unscoped-tenant-query
  const [post] = await db.select().from(posts).where(and(eq(posts.id, postId), eq(posts.workspaceId, user.workspaceId)));
  if (!post) error(404);
  const storageKey = await storeFile(`${user.workspaceId}/${generateIdFromEntropySize(10)}`, file);
  await db.insert(attachments).values({
    id: generateIdFromEntropySize(10),
    workspaceId: user.workspaceId,
    postId: post.id,
    fileName: file.name,
    contentType: file.type,
    sizeBytes: file.size,
    storageKey,
  });
  return json({ storageKey }, { status: 201 });
};
