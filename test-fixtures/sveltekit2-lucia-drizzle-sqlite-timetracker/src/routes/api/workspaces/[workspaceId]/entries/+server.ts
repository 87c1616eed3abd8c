import { error, json } from '@sveltejs/kit';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db';
import { entries, projects } from '$lib/server/db/schema';
import { requireMember } from '$lib/server/workspace';
import type { RequestHandler } from './$types';

const NewEntry = z.object({
  projectId: z.string().min(1),
  startedAt: z.coerce.date(),
  minutes: z.number().int().min(1).max(24 * 60),
  note: z.string().max(2000).optional(),
});

export const GET: RequestHandler = async ({ locals, params }) => {
  if (!locals.user) error(401, 'Sign in required');
  await requireMember(locals.user.id, params.workspaceId);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(entries).where(eq(entries.workspaceId, params.workspaceId)).orderBy(desc(entries.startedAt)).limit(200);
  return json(rows);
};

// ok: missing-input-validation
export const POST: RequestHandler = async ({ locals, params, request }) => {
  if (!locals.user) error(401, 'Sign in required');
  await requireMember(locals.user.id, params.workspaceId);
  const input = NewEntry.parse(await request.json());
  // ok: unscoped-tenant-query
  const [project] = await db.select().from(projects).where(eq(projects.id, input.projectId)).limit(1);
  if (!project || project.workspaceId !== params.workspaceId) error(404, 'Project not found');
  const id = crypto.randomUUID();
  // ok: unscoped-tenant-query
  await db.insert(entries).values({ id, workspaceId: params.workspaceId, userId: locals.user.id, ...input });
  return json({ id }, { status: 201 });
};
