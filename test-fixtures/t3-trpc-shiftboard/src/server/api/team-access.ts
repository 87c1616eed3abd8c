import { TRPCError } from '@trpc/server';
import type { PrismaClient } from '@prisma/client';

export async function requireMembership(db: PrismaClient, userId: string, teamId: string) {
  const membership = await db.membership.findUnique({
    where: { userId_teamId: { userId, teamId } },
  });
  if (!membership) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Not a member of this team' });
  }
  return membership;
}

export async function requireManager(db: PrismaClient, userId: string, teamId: string) {
  const membership = await requireMembership(db, userId, teamId);
  if (membership.role === 'MEMBER') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Managers only' });
  }
  return membership;
}
