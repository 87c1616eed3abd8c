import type { Prisma } from '@prisma/client';
import { prisma } from './prisma';

// Thin query helpers: callers hand the Prisma arguments whole.
export async function findShare(criteria: Prisma.ShareFindUniqueArgs) {
  return prisma.share.findUnique(criteria);
}

export async function findBoard(criteria: Prisma.BoardFindFirstArgs) {
  // expect: unscoped-tenant-query
  return prisma.board.findFirst(criteria);
}
