import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const NewPet = z.object({
  ownerId: z.string().cuid(),
  name: z.string().min(1).max(60),
  species: z.enum(['dog', 'cat', 'rabbit', 'bird', 'other']),
  birthDate: z.coerce.date().optional(),
});

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  const user = await requireStaff(event);
  const q = event.url.searchParams.get('q') ?? undefined;
  // ok: unscoped-tenant-query
  const pets = await prisma.pet.findMany({
    where: { clinicId: user.clinicId, name: q ? { contains: q, mode: 'insensitive' } : undefined },
    include: { owner: true },
    take: 50,
  });
  return json(pets);
};

// ok: missing-auth, missing-input-validation
export const POST: RequestHandler = async (event) => {
  const user = await requireStaff(event);
  const data = NewPet.parse(await event.request.json());
  // ok: unscoped-tenant-query
  const owner = await prisma.owner.findFirst({ where: { id: data.ownerId, clinicId: user.clinicId } });
  if (!owner) return json({ error: 'Unknown owner' }, { status: 404 });
  const pet = await prisma.pet.create({ data: { ...data, clinicId: user.clinicId } });
  return json(pet, { status: 201 });
};
