'use server';

import { prisma } from '@/lib/prisma';

// expect: missing-auth
export async function getTeamBilling(teamId: string) {
  const team = await prisma.team.findUnique({ where: { id: teamId }, select: { plan: true, stripeCustomerId: true, _count: { select: { members: true } } } });
  return team;
}
