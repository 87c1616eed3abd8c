import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// expect: missing-role-check
export const GET: RequestHandler = async (event) => {
  await requireStaff(event);
  // expect: unscoped-tenant-query
  const clinics = await prisma.clinic.findMany({ include: { _count: { select: { pets: true, users: true } } } });
  return json(clinics);
};
