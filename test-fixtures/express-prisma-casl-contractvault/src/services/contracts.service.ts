import type { User } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { defineAbilityFor, ForbiddenError, subject } from '../auth/abilities';

export class NotFoundError extends Error {
  status = 404;
}

export async function listContracts(user: User, status?: string) {
  // ok: unscoped-tenant-query
  return prisma.contract.findMany({
    where: { workspaceId: user.workspaceId, ...(status ? { status } : {}) },
    orderBy: { updatedAt: 'desc' },
  });
}

export async function getContract(user: User, id: string) {
  const ability = defineAbilityFor(user);
  // ok: unscoped-tenant-query
  const contract = await prisma.contract.findUnique({ where: { id }, include: { clauses: true } });
  if (!contract) throw new NotFoundError('Contract not found');
  ForbiddenError.from(ability).throwUnlessCan('read', subject('Contract', contract));
  return contract;
}

export async function updateContract(user: User, id: string, data: { title?: string; counterparty?: string; valueCents?: number }) {
  const ability = defineAbilityFor(user);
  // ok: unscoped-tenant-query
  const existing = await prisma.contract.findUnique({ where: { id } });
  if (!existing) throw new NotFoundError('Contract not found');
  if (ability.cannot('update', subject('Contract', existing))) {
    const err = new Error('Forbidden') as Error & { status: number };
    err.status = 403;
    throw err;
  }
  // ok: unscoped-tenant-query
  return prisma.contract.update({ where: { id: existing.id }, data });
}

export async function setContractStatus(id: string, status: string) {
  // expect: unscoped-tenant-query
  return prisma.contract.update({ where: { id }, data: { status } });
}

export async function deleteContract(user: User, id: string) {
  const ability = defineAbilityFor(user);
  // ok: unscoped-tenant-query
  const contract = await prisma.contract.findFirst({ where: { id, workspaceId: user.workspaceId } });
  if (!contract) throw new NotFoundError('Contract not found');
  ForbiddenError.from(ability).throwUnlessCan('delete', subject('Contract', contract));
  // ok: unscoped-tenant-query
  await prisma.contract.delete({ where: { id: contract.id } });
}
