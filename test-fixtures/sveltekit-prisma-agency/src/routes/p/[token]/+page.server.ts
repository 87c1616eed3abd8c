import { error } from '@sveltejs/kit';
import { prisma } from '$lib/server/db';
import type { PageServerLoad } from './$types';

// proposal pages sent to the agency's prospects; the token is a random 32-byte string
// ok: missing-auth
export const load: PageServerLoad = async ({ params }) => {
  const proposal = await prisma.proposal.findUnique({
    where: { shareToken: params.token },
    select: { summary: true, priceCents: true, project: { select: { name: true } } },
  });
  if (!proposal) error(404, 'Proposal not found');
  return { proposal };
};
