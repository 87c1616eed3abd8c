import { json } from '@sveltejs/kit';
import { and, eq, ilike } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { clients } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// used by the invoice form's autocomplete
// expect: missing-auth
export const GET: RequestHandler = async ({ url }) => {
  const workspaceId = url.searchParams.get('workspace') ?? '';
  const q = url.searchParams.get('q') ?? '';
  const rows = await db
    .select({ id: clients.id, name: clients.name, email: clients.email })
    .from(clients)
    .where(and(eq(clients.workspaceId, workspaceId), ilike(clients.name, `%${q}%`)))
    .limit(10);
  return json(rows);
};
