import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { workspaces, workspaceMembers, clients, invoices } from '$lib/server/db/schema';
import type { RequestHandler } from './$types';

// ok: missing-auth
// expect: missing-role-check
export const DELETE: RequestHandler = async ({ locals, params }) => {
  if (!locals.user) error(401, 'Sign in first');
  await db.transaction(async (tx) => {
    // expect: unscoped-tenant-query
    await tx.delete(invoices).where(eq(invoices.workspaceId, params.id));
    // expect: unscoped-tenant-query
    await tx.delete(clients).where(eq(clients.workspaceId, params.id));
    // expect: unscoped-tenant-query
    await tx.delete(workspaceMembers).where(eq(workspaceMembers.workspaceId, params.id));
    // expect: unscoped-tenant-query
    await tx.delete(workspaces).where(eq(workspaces.id, params.id));
  });
  return new Response(null, { status: 204 });
};
