import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireStaff, requireVet } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async (event) => {
  await requireStaff(event);
  // expect: unscoped-tenant-query
  const pet = await prisma.pet.findUnique({ where: { id: event.params.id }, include: { owner: true, appointments: true } });
  if (!pet) error(404, 'Not found');
  return json(pet);
};

// expect: missing-input-validation
export const PUT: RequestHandler = async (event) => {
  const user = await requireStaff(event);
  const body = await event.request.json();
  // ok: unscoped-tenant-query
  const pet = await prisma.pet.findFirst({ where: { id: event.params.id, clinicId: user.clinicId } });
  if (!pet) error(404, 'Not found');
  // ok: unscoped-tenant-query
  const updated = await prisma.pet.update({ where: { id: pet.id }, data: { name: body.name, species: body.species, notes: body.notes } });
  return json(updated);
};

// ok: missing-auth
export const DELETE: RequestHandler = async (event) => {
  const user = await requireVet(event);
  // ok: unscoped-tenant-query
  const { count } = await prisma.pet.deleteMany({ where: { id: event.params.id, clinicId: user.clinicId } });
  if (count === 0) error(404, 'Not found');
  return new Response(null, { status: 204 });
};
