'use server';

import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

// The server half of the useTeamRoster() hook: the roster of the caller's own team.
// (a React hooks folder: nothing here receives a third party's webhook)
// ok: unverified-webhook
export async function getTeamRosterAction() {
  const user = await requireUser();
  return prisma.user.findMany({ where: { teamId: user.teamId }, select: { id: true, name: true, role: true } });
}

// The server half of useMemberRole(userId): trusts the ids the component hands it and checks no session.
// ok: unverified-webhook
// expect: missing-auth
export async function getMemberRoleAction(userId: string) {
  const member = await prisma.user.findUnique({ where: { id: userId }, select: { role: true } });
  return member?.role ?? null;
}
