import { prisma } from './prisma';

/** The caller's membership of an organisation, or null when they are not in it. */
export async function findMembership(userId: string, organisationId: string) {
  return prisma.membership.findUnique({
    where: { userId_organisationId: { userId, organisationId } },
  });
}
