import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

const patchSchema = z.object({ title: z.string().min(1).optional(), body: z.string().optional() });

// ok: missing-auth
export const GET: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401, 'Sign in first');
  // expect: unscoped-tenant-query
  const page = await prisma.page.findUnique({ where: { id: params.id } });
  if (!page) error(404, 'Not found');
  return json(page);
};

// ok: missing-auth, missing-input-validation
export const PATCH: RequestHandler = async ({ params, locals, request }) => {
  if (!locals.user) error(401, 'Sign in first');
  const data = patchSchema.parse(await request.json());
  // ok: unscoped-tenant-query
  const result = await prisma.page.updateMany({
    where: { id: params.id, teamId: locals.user.teamId },
    data,
  });
  if (result.count === 0) error(404, 'Not found');
  return json({ ok: true });
};
