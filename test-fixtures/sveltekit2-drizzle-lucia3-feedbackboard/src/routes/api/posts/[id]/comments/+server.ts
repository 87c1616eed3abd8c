import { json } from '@sveltejs/kit';
import { asc, eq } from 'drizzle-orm';
import { generateIdFromEntropySize } from 'lucia';
import { z } from 'zod';
import { comments, db } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import { assertPostInWorkspace } from '$lib/server/access';
import type { RequestHandler } from './$types';

const NewComment = z.object({ body: z.string().min(1).max(5000) });

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = requireUser(event);
  await assertPostInWorkspace(user, event.params.id);
  // ok: unscoped-tenant-query
  return json(await db.select().from(comments).where(eq(comments.postId, event.params.id)).orderBy(asc(comments.createdAt)));
};

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = requireUser(event);
  const post = await assertPostInWorkspace(user, event.params.id);
  const { body } = NewComment.parse(await event.request.json());
  const [comment] = await db
    .insert(comments)
    .values({ id: generateIdFromEntropySize(10), workspaceId: user.workspaceId, postId: post.id, authorId: user.id, body })
    .returning();
  return json(comment, { status: 201 });
};
