import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import { memberOf } from '$lib/server/members';
import type { RequestHandler } from './$types';

// ok: missing-auth
export const GET: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401, 'Unauthorized');
  // expect: unscoped-tenant-query
  const task = await prisma.task.findUnique({ where: { id: params.id } });
  return json(task);
};

// ok: missing-auth
export const DELETE: RequestHandler = async ({ params, locals }) => {
  if (!locals.user) error(401, 'Unauthorized');
  // ok: unscoped-tenant-query
  await prisma.task.deleteMany({ where: { id: params.id, workspaceId: locals.user.workspaceId } });
  return new Response(null, { status: 204 });
};

// ok: missing-auth
// expect: missing-input-validation
export const PATCH: RequestHandler = async ({ params, locals, request }) => {
  const member = memberOf(locals);
  const { done } = (await request.json()) as { done: boolean };
  // ok: unscoped-tenant-query
  await prisma.task.updateMany({ where: { id: params.id, workspaceId: member.workspaceId }, data: { done: done === true } });
  return new Response(null, { status: 204 });
};
