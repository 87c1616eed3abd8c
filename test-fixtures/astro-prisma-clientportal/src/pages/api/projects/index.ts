import type { APIRoute } from 'astro';
import { prisma } from '../../../lib/db';
import { json } from '../_lib/respond';

export const GET: APIRoute = async ({ locals, url }) => {
  const status = url.searchParams.get('status') ?? undefined;
  // ok: unscoped-tenant-query
  const projects = await prisma.project.findMany({
    where: { orgId: locals.user!.orgId, status },
    orderBy: { createdAt: 'desc' },
  });
  return json(projects);
};

// expect: missing-input-validation
export const POST: APIRoute = async ({ request, locals }) => {
  const body = await request.json();
  const project = await prisma.project.create({
    data: { name: body.name, budgetCents: body.budgetCents, orgId: locals.user!.orgId },
  });
  return json(project, 201);
};
