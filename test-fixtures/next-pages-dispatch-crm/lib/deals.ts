import { prisma } from './prisma';

/** A deal with its contact, by id (callers decide who may see it). */
export async function loadDeal(dealId: string) {
  // ok: unscoped-tenant-query
  const deal = await prisma.deal.findUnique({ where: { id: dealId }, include: { contact: true } });
  return deal;
}

/** The same lookup for the copy route (its caller checks the wrong thing). */
export async function findDealById(dealId: string) {
  // expect: unscoped-tenant-query
  return prisma.deal.findUnique({ where: { id: dealId } });
}
