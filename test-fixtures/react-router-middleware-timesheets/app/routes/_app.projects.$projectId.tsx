import { z } from 'zod';
import { prisma } from '../db.server';
import { userContext } from '../context';
import type { Route } from './+types/_app.projects.$projectId';

export async function loader({ params }: Route.LoaderArgs) {
  // expect: unscoped-tenant-query
  const project = await prisma.project.findUnique({ where: { id: params.projectId }, include: { entries: true } });
  if (!project) throw new Response('Not found', { status: 404 });
  return { project };
}

const Entry = z.object({ minutes: z.coerce.number().int().min(1).max(1440), note: z.string().max(500).optional() });

export async function action({ request, params, context }: Route.ActionArgs) {
  const user = context.get(userContext);
  const entry = Entry.parse(Object.fromEntries(await request.formData()));
  // ok: unscoped-tenant-query
  const project = await prisma.project.findFirst({ where: { id: params.projectId, companyId: user.companyId } });
  if (!project) throw new Response('Not found', { status: 404 });
  await prisma.timeEntry.create({ data: { ...entry, projectId: project.id, userId: user.id, companyId: user.companyId } });
  return { ok: true };
}
