import { json } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { RequestHandler } from './$types';

// "our clients" widget embedded on the agency's website; lists contacts too, for any agency id
// expect: missing-auth
export const GET: RequestHandler = async ({ url }) => {
  const clients = await prisma.client.findMany({
    where: { agencyId: url.searchParams.get('agency') ?? '' },
    select: { id: true, name: true, contact: true },
  });
  return json(clients);
};
