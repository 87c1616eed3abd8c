import { prisma } from '@/lib/db';

export class AuthorizationError extends Error {}

/** Throws unless the user belongs to the team (a site without a team belongs to nobody's team). */
export async function assertTeamAccess({ userId, teamId }: { userId: string; teamId: string | null }) {
  const membership = teamId ? await prisma.teamUser.findFirst({ where: { teamId, userId } }) : null;
  if (!membership) throw new AuthorizationError('Not authorized');
}
