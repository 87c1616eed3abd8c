import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import type { Actions } from './$types';

const Invite = z.object({ emails: z.array(z.string().email()).max(50) });

export const actions: Actions = {
  // expect: missing-rate-limit
  invite: async ({ request, params, locals }) => {
    const session = await locals.auth();
    const user = session!.user as any;
    const parsed = Invite.safeParse({ emails: (await request.formData()).getAll('email') });
    if (!parsed.success) return fail(400, { invalid: true });
    // ok: unscoped-tenant-query
    const course = await prisma.course.findFirst({ where: { id: params.id, schoolId: user.schoolId, instructorId: user.id } });
    if (!course) return fail(404, { missing: true });
    // ok: unscoped-tenant-query
    const students = await prisma.user.findMany({ where: { email: { in: parsed.data.emails }, schoolId: user.schoolId } });
    // ok: unscoped-tenant-query
    await prisma.enrollment.createMany({
      data: students.map((s) => ({ courseId: course.id, userId: s.id })),
      skipDuplicates: true,
    });
    return { invited: students.length };
  },
};
