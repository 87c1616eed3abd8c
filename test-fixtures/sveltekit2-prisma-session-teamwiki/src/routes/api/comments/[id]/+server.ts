import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { RequestEvent } from './$types';

// ok: missing-auth
export async function GET({ params, locals }: RequestEvent) {
  if (!locals.user) error(401, 'Sign in first');
  // ok: unscoped-tenant-query
  const comment = await prisma.comment.findFirst({ where: { id: params.id, teamId: locals.user.teamId } });
  return comment ? json(comment) : error(404, 'Not found');
}

// ok: missing-auth
export async function DELETE({ params, locals }: RequestEvent) {
  if (!locals.user) error(401, 'Sign in first');
  try {
    // expect: unscoped-tenant-query
    await prisma.comment.delete({ where: { id: params.id } });
  } catch (e) {
    // expect: error-details-leak
    return json({ error: 'Delete failed', detail: String(e) }, { status: 500 });
  }
  return new Response(null, { status: 204 });
}
