import { error, json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

// Also called by the browser extension from other origins.
export const GET: RequestHandler = async ({ url, locals, request, setHeaders }) => {
  setHeaders({
    // expect: cors-wildcard
    'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*',
    'Access-Control-Allow-Credentials': 'true',
  });
  if (!locals.user) error(401, 'Sign in first');
  const q = url.searchParams.get('q') ?? '';
  // ok: unscoped-tenant-query
  const hits = await prisma.page.findMany({
    where: { teamId: locals.user.teamId, title: { contains: q, mode: 'insensitive' } },
    take: 20,
  });
  return json(hits);
};
