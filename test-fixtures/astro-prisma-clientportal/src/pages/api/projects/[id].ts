import type { APIRoute } from 'astro';
import { z } from 'zod';
import { prisma } from '../../../lib/db';
import { json } from '../_lib/respond';

export const GET: APIRoute = async ({ params }) => {
  // expect: unscoped-tenant-query
  const project = await prisma.project.findUnique({ where: { id: params.id } });
  if (!project) return json({ error: 'Not found' }, 404);
  return json(project);
};

const ProjectUpdate = z.object({
  name: z.string().min(1).max(120).optional(),
  status: z.enum(['active', 'paused', 'done']).optional(),
});

export const PATCH: APIRoute = async ({ params, request, locals }) => {
  const patch = ProjectUpdate.parse(await request.json());
  // ok: unscoped-tenant-query
  const existing = await prisma.project.findFirst({ where: { id: params.id, orgId: locals.user!.orgId } });
  if (!existing) return json({ error: 'Not found' }, 404);
  // ok: unscoped-tenant-query
  const updated = await prisma.project.update({ where: { id: existing.id }, data: patch });
  return json(updated);
};

export const DELETE: APIRoute = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.project.deleteMany({ where: { id: params.id, orgId: locals.user!.orgId } });
  return count ? new Response(null, { status: 204 }) : json({ error: 'Not found' }, 404);
};
