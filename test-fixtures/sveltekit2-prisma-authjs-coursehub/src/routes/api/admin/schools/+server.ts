import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import { requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

// ok: missing-role-check
export const GET: RequestHandler = async (event) => {
  const user = await requireUser(event);
  if (user.role !== 'ADMIN') error(403, 'Admins only');
  // expect: unscoped-tenant-query
  const schools = await prisma.school.findMany({ include: { _count: { select: { users: true, courses: true } } } });
  return json(schools);
};
