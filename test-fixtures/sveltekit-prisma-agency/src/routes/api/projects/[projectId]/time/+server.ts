import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
  // ok: unscoped-tenant-query
  const entries = await prisma.timeEntry.findMany({
    where: { projectId: params.projectId, project: { agencyId: locals.user!.agencyId } },
    orderBy: { day: 'desc' },
  });
  return json(entries);
};

const EntryInput = z.object({
  minutes: z.number().int().min(1).max(24 * 60),
  note: z.string().max(500),
  day: z.coerce.date(),
});

// ok: missing-input-validation
export const POST: RequestHandler = async ({ params, locals, request }) => {
  const user = locals.user!;
  const project = await prisma.project.findUnique({ where: { id: params.projectId } });
  if (!project || project.agencyId !== user.agencyId) error(404, 'Not found');
  const input = EntryInput.parse(await request.json());
  const entry = await prisma.timeEntry.create({
    data: { ...input, projectId: project.id, userId: user.id },
  });
  return json(entry, { status: 201 });
};
