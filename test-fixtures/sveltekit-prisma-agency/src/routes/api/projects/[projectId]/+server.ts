import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import { requireManager } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// used by the project board's client-side refresh
export const GET: RequestHandler = async ({ params }) => {
  // expect: unscoped-tenant-query
  const project = await prisma.project.findUnique({
    where: { id: params.projectId },
    include: { client: { select: { name: true } } },
  });
  if (!project) error(404, 'Not found');
  return json(project);
};

export const DELETE: RequestHandler = async ({ params, locals }) => {
  const user = requireManager(locals.user);
  // ok: unscoped-tenant-query
  const { count } = await prisma.project.deleteMany({ where: { id: params.projectId, agencyId: user.agencyId } });
  if (count === 0) error(404, 'Not found');
  return new Response(null, { status: 204 });
};
