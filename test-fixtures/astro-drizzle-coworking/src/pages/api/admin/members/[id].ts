import type { APIRoute } from 'astro';
import { and, eq } from 'drizzle-orm';
import { db, users } from '../../../../db';

// Admin-only: the middleware rejects non-admins for /api/admin/*

// ok: missing-role-check
export const DELETE: APIRoute = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const removed = await db
    .delete(users)
    .where(and(eq(users.id, params.id!), eq(users.organizationId, locals.user!.organizationId)))
    .returning({ id: users.id });
  return removed.length ? new Response(null, { status: 204 }) : new Response(null, { status: 404 });
};

// ok: missing-role-check
export const GET: APIRoute = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const member = await db.query.users.findFirst({
    where: and(eq(users.id, params.id!), eq(users.organizationId, locals.user!.organizationId)),
    columns: { passwordHash: false },
  });
  return member ? Response.json(member) : new Response(null, { status: 404 });
};
