import { json } from '@sveltejs/kit';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { db, posts } from '$lib/server/db';
import { requireUser } from '$lib/server/auth';
import type { RequestHandler } from './$types';

const Ids = z.object({ ids: z.array(z.string()).max(200) });

// ok: missing-auth, missing-input-validation
export const DELETE: RequestHandler = async (event) => {
  const user = requireUser(event);
  const { ids } = Ids.parse(await event.request.json());
  // ok: unscoped-tenant-query
  await db.delete(posts).where(and(inArray(posts.id, ids), eq(posts.workspaceId, user.workspaceId), eq(posts.authorId, user.id)));
  return new Response(null, { status: 204 });
};

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  requireUser(event);
  const { ids } = Ids.parse(await event.request.json());
  // expect: unscoped-tenant-query
  await db.update(posts).set({ status: 'done' }).where(inArray(posts.id, ids));
  return json({ updated: ids.length });
};
