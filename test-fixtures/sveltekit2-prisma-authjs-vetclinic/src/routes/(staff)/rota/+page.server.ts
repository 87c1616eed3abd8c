import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import type { Actions, PageServerLoad } from './$types';

// The (staff) group is gated by the handle hook.
// ok: missing-auth
export const load: PageServerLoad = async ({ locals }) => {
  const session = await locals.auth();
  const clinicId = (session?.user as { clinicId?: string } | undefined)?.clinicId ?? '';
  // ok: unscoped-tenant-query
  const appointments = await prisma.appointment.findMany({ where: { clinicId, startsAt: { gte: new Date() } }, take: 100 });
  return { appointments };
};

const Swap = z.object({ appointmentId: z.string().cuid(), startsAt: z.coerce.date() });

export const actions: Actions = {
  // ok: missing-auth, missing-input-validation
  swap: async ({ request, locals }) => {
    const session = await locals.auth();
    const clinicId = (session?.user as { clinicId?: string } | undefined)?.clinicId ?? '';
    const parsed = Swap.safeParse(Object.fromEntries(await request.formData()));
    if (!parsed.success) return fail(400, { message: 'Invalid input' });
    // ok: unscoped-tenant-query
    await prisma.appointment.updateMany({ where: { id: parsed.data.appointmentId, clinicId }, data: { startsAt: parsed.data.startsAt } });
    return { ok: true };
  },
};
