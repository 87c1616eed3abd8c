import type { APIRoute } from 'astro';
import { prisma } from '../../../../lib/db';

// the middleware lets only admins into /api/admin
// ok: missing-role-check
export const DELETE: APIRoute = async ({ params }) => {
  await prisma.session.deleteMany({ where: { userId: params.id } });
  await prisma.user.delete({ where: { id: params.id } });
  return new Response(null, { status: 204 });
};
