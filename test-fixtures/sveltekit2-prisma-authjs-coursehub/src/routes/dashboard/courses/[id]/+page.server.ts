import { error, fail } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
  // expect: unscoped-tenant-query
  const course = await prisma.course.findUnique({
    where: { id: params.id },
    include: { lessons: { orderBy: { position: 'asc' } } },
  });
  if (!course) error(404, 'Not found');
  return { course };
};

export const actions: Actions = {
  leave: async ({ request, locals }) => {
    const session = await locals.auth();
    const form = await request.formData();
    const enrollmentId = String(form.get('enrollmentId'));
    // expect: unscoped-tenant-query
    await prisma.enrollment.delete({ where: { id: enrollmentId } });
    return { left: true, by: session?.user?.id };
  },
  // expect: missing-input-validation
  submit: async ({ request, locals }) => {
    const session = await locals.auth();
    const form = await request.formData();
    const content = String(form.get('content') ?? '');
    if (content.length < 10) return fail(400, { content, tooShort: true });
    // ok: unscoped-tenant-query
    await prisma.submission.create({
      data: { lessonId: String(form.get('lessonId')), userId: session!.user!.id!, content },
    });
    return { submitted: true };
  },
};
