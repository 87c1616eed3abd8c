import { prisma } from '@/lib/prisma';

export class ForbiddenError extends Error {}

/** Throws unless the user belongs to the project; returns the membership. */
export async function assertProjectMember(projectId: string, userId: string) {
  const membership = await prisma.projectUser.findUnique({ where: { userId_projectId: { userId, projectId } } });
  if (!membership) throw new ForbiddenError('not a project member');
  return membership;
}
