import { error } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { Actions, PageServerLoad } from './$types';

async function ownCourse(locals: App.Locals, id: string) {
  const session = await locals.auth();
  const user = session!.user as any;
  // ok: unscoped-tenant-query
  const course = await prisma.course.findFirst({ where: { id, schoolId: user.schoolId, instructorId: user.id } });
  if (!course) error(404, 'Not found');
  return course;
}

export const load: PageServerLoad = async ({ params, locals }) => {
  const course = await ownCourse(locals, params.id);
  // ok: unscoped-tenant-query
  const submissions = await prisma.submission.findMany({
    where: { lesson: { courseId: course.id }, grade: null },
    include: { user: { select: { name: true } } },
  });
  return { course, submissions };
};

export const actions: Actions = {
  publish: async ({ params, locals }) => {
    const course = await ownCourse(locals, params.id);
    // ok: unscoped-tenant-query
    await prisma.course.update({ where: { id: course.id }, data: { published: true } });
    return { published: true };
  },
};
