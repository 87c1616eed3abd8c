import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const Patch = z.object({ status: z.enum(['booked', 'arrived', 'done', 'no_show']), startsAt: z.coerce.date().optional() });

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  await requireStaff(event);
  const data = Patch.parse(await event.request.json());
  // expect: unscoped-tenant-query
  const appt = await prisma.appointment.update({ where: { id: event.params.id }, data });
  return json(appt);
};
