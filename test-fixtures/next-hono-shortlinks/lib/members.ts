import { prisma } from './prisma';

export function getMember(memberId: string) {
  // (reported for the PATCH route, which never compares the member's workspace with the caller's)
  // expect: unscoped-tenant-query
  return prisma.workspaceMember.findUnique({ where: { id: memberId } });
}

export function getOwnMembership(userId: string) {
  return prisma.workspaceMember.findFirst({ where: { userId } });
}

export async function removeMember({ memberId }: { memberId: string }) {
  // ok: unscoped-tenant-query
  return prisma.workspaceMember.delete({ where: { id: memberId } });
}

export async function changeMemberRole({ memberId, role }: { memberId: string; role: string }) {
  // expect: unscoped-tenant-query
  return prisma.workspaceMember.update({ where: { id: memberId }, data: { role } });
}
