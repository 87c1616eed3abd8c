import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const user = await requireUser(event);
  // ok: unscoped-tenant-query
  const mine = await prisma.enrollment.findMany({ where: { userId: user.id }, include: { course: true } });
  return json(mine);
};

// expect: missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = await requireUser(event);
  const { courseId } = await event.request.json();
  // ok: unscoped-tenant-query
  const enrollment = await prisma.enrollment.create({ data: { courseId, userId: user.id } });
  return json(enrollment, { status: 201 });
};
