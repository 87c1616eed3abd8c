import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireInstructor } from '$lib/server/guards';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
  const user = await requireInstructor(event);
  // ok: unscoped-tenant-query
  const course = await prisma.course.findFirst({
    where: { id: event.params.id, schoolId: user.schoolId, instructorId: user.id },
  });
  if (!course) error(404, 'Not found');
  // ok: unscoped-tenant-query
  const roster = await prisma.enrollment.findMany({
    where: { courseId: course.id },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  return json(roster);
};
