import { prisma } from '../db';

export interface MoveValues {
  accountId: string;
  targetInstitutionId: string;
}

/** Checks the account is the caller's before anything touches it. */
export async function assertOwnAccount(userId: string, accountId: string) {
  // ok: unscoped-tenant-query
  const account = await prisma.account.findFirst({ where: { id: accountId, userId }, select: { id: true } });
  if (!account) throw Object.assign(new Error('account not found'), { status: 404 });
}

export async function moveAccount(values: MoveValues) {
  // ok: unscoped-tenant-query
  return prisma.account.update({ where: { id: values.accountId }, data: { institutionId: values.targetInstitutionId } });
}

export async function archiveAccount(values: { accountId: string }) {
  // expect: unscoped-tenant-query
  return prisma.account.update({ where: { id: values.accountId }, data: { name: '(archived)' } });
}
