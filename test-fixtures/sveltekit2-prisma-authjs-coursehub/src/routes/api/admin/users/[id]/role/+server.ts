import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/prisma';
import { requireUser } from '$lib/server/guards';
import type { RequestHandler } from './$types';

const RoleBody = z.object({ role: z.enum(['STUDENT', 'INSTRUCTOR', 'ADMIN']) });

// expect: missing-role-check
// ok: missing-input-validation
export const PATCH: RequestHandler = async (event) => {
  await requireUser(event);
  const { role } = RoleBody.parse(await event.request.json());
  // expect: unscoped-tenant-query
  const user = await prisma.user.update({ where: { id: event.params.id }, data: { role } });
  return json({ id: user.id, role: user.role });
};
