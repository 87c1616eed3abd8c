import { prisma } from '../lib/prisma';

export function listUsersInOrg(orgId: string) {
  // ok: unscoped-tenant-query
  return prisma.user.findMany({ where: { orgId }, select: { id: true, email: true, role: true } });
}

export function findUserByEmail(email: string) {
  // ok: unscoped-tenant-query
  return prisma.user.findUnique({ where: { email } });
}

export function setRoleInOrg(orgId: string, userId: string, role: string) {
  // ok: unscoped-tenant-query
  return prisma.user.updateMany({ where: { id: userId, orgId }, data: { role } });
}

export function removeUser(id: string) {
  // expect: unscoped-tenant-query
  return prisma.user.delete({ where: { id } });
}
