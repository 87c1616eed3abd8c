import type { APIRoute } from 'astro';
import { z } from 'zod';
import { prisma } from '../../../../lib/db';

const RoleChange = z.object({ role: z.enum(['client', 'manager', 'admin']) });

// expect: missing-role-check
export const PATCH: APIRoute = async ({ params, request, locals }) => {
  const { role } = RoleChange.parse(await request.json());
  // ok: unscoped-tenant-query
  const member = await prisma.user.updateMany({
    where: { id: params.id, orgId: locals.user!.orgId },
    data: { role },
  });
  return new Response(JSON.stringify(member), { status: 200 });
};

// ok: missing-role-check
export const DELETE: APIRoute = async ({ params, locals }) => {
  if (locals.user?.role !== 'admin') {
    return new Response('Forbidden', { status: 403 });
  }
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: params.id, orgId: locals.user.orgId } });
  return new Response(null, { status: 204 });
};
