import type { APIRoute } from 'astro';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db, users } from '../../../../db';

const RoleChange = z.object({ role: z.enum(['member', 'manager', 'admin']) });

// expect: missing-role-check
export const PUT: APIRoute = async ({ params, locals, request }) => {
  const me = locals.user!;
  const { role } = RoleChange.parse(await request.json());
  // ok: unscoped-tenant-query
  await db.update(users).set({ role }).where(and(eq(users.id, params.id!), eq(users.organizationId, me.organizationId)));
  return new Response(null, { status: 204 });
};
