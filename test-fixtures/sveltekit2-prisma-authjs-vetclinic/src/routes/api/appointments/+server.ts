import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// Used by the waiting-room screen.
// expect: missing-auth
export const GET: RequestHandler = async ({ url }) => {
  const clinicId = url.searchParams.get('clinic') ?? '';
  const day = new Date(url.searchParams.get('day') ?? Date.now());
  const appointments = await prisma.appointment.findMany({
    where: { clinicId, startsAt: { gte: new Date(day.setHours(0, 0, 0, 0)), lt: new Date(day.setHours(24, 0, 0, 0)) } },
    include: { pet: { select: { name: true, species: true } } },
    orderBy: { startsAt: 'asc' },
  });
  return json(appointments);
};

const Booking = z.object({ petId: z.string().cuid(), startsAt: z.coerce.date(), reason: z.string().min(3).max(300) });

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = await requireStaff(event);
  const input = Booking.parse(await event.request.json());
  // ok: unscoped-tenant-query
  const pet = await prisma.pet.findFirst({ where: { id: input.petId, clinicId: user.clinicId }, select: { id: true } });
  if (!pet) return json({ error: 'Unknown pet' }, { status: 404 });
  const appt = await prisma.appointment.create({ data: { ...input, clinicId: user.clinicId } });
  return json(appt, { status: 201 });
};
