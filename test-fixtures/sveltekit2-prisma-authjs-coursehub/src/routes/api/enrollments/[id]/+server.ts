import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, locals }) => {
  const session = await locals.auth();
  if (!session?.user) error(401, 'Sign in first');
  // expect: unscoped-tenant-query
  const enrollment = await prisma.enrollment.findUnique({
    where: { id: params.id },
    include: { course: { include: { lessons: true } } },
  });
  if (!enrollment) error(404, 'Not found');
  return json(enrollment);
};

export const DELETE: RequestHandler = async ({ params, locals }) => {
  const session = await locals.auth();
  if (!session?.user?.id) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  await prisma.enrollment.deleteMany({ where: { id: params.id, userId: session.user.id } });
  return new Response(null, { status: 204 });
};
