import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

// "client logos" widget for the agency's website; returns far more than logos
// expect: missing-auth
export const GET: RequestHandler = async ({ url }) => {
  const clients = await prisma.client.findMany({
    where: { agencyId: url.searchParams.get('agency') ?? '' },
    select: { id: true, name: true, contact: true },
  });
  return json(clients);
};
