import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireInstructor, requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ params }) => {
  // ok: unscoped-tenant-query
  const course = await prisma.course.findFirst({
    where: { id: params.id, published: true },
    include: { lessons: { select: { id: true, title: true, position: true }, orderBy: { position: 'asc' } } },
  });
  if (!course) error(404, 'Not found');
  return json(course);
};

// expect: missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  await requireInstructor(event);
  const patch = await event.request.json();
  // expect: unscoped-tenant-query
  const course = await prisma.course.update({ where: { id: event.params.id }, data: patch });
  return json(course);
};

// ok: missing-auth, missing-role-check
export const DELETE: RequestHandler = async (event) => {
  const user = await requireUser(event);
  // ok: unscoped-tenant-query
  const { count } = await prisma.course.deleteMany({
    where: { id: event.params.id, schoolId: user.schoolId, instructorId: user.id },
  });
  if (!count) error(404, 'Not found');
  return new Response(null, { status: 204 });
};
