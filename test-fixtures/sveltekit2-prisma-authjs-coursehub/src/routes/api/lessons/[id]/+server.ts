import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/prisma';
import type { RequestHandler } from './$types';

// expect: missing-auth, missing-input-validation
export const PUT: RequestHandler = async ({ params, request, locals }) => {
  const session = await locals.auth();
  if (!session?.user) {
    json({ error: 'unauthorized' }, { status: 401 });
  }
  const { title, body } = await request.json();
  const lesson = await prisma.lesson.update({ where: { id: params.id }, data: { title, body } });
  return json(lesson);
};
