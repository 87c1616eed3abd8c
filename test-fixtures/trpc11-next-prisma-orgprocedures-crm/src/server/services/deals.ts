import type { Prisma } from '@prisma/client';
import type { ServiceContext } from './context';

type Tx = Prisma.TransactionClient;

async function withTransaction<T>(ctx: ServiceContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.prisma.$transaction(fn);
}

/** Archives a deal of the caller's organization; the write itself lives in archiveInOrg. */
export async function archiveDeal(args: { ctx: ServiceContext; input: { dealId: string } }) {
  const { ctx } = args;
  return withTransaction(ctx, async (tx) => {
    const { count } = await archiveInOrg({ tx, ctx, dealId: args.input.dealId });
    return { archived: count > 0, by: ctx.actor.userId };
  });
}

async function archiveInOrg(args: { tx: Tx; ctx: ServiceContext; dealId: string }) {
  const { tx, ctx, dealId } = args;
  // ok: unscoped-tenant-query
  return tx.deal.updateMany({ where: { id: dealId, orgId: ctx.org.id }, data: { stage: 'lost' } });
}

/** Reopens a lost deal. */
export async function reopenDeal(args: { ctx: ServiceContext; input: { dealId: string } }) {
  const { ctx } = args;
  return withTransaction(ctx, (tx) => reopenById({ tx, ctx, dealId: args.input.dealId }));
}

async function reopenById({ tx, dealId }: { tx: Tx; ctx: ServiceContext; dealId: string }) {
  // the organization is handed down but never used: any deal id reopens
  // expect: unscoped-tenant-query
  return tx.deal.update({ where: { id: dealId }, data: { stage: 'lead' } });
}

/** The one place a watcher row is deleted: `unwatchDeal` and the offboarding job both go through it. */
export async function removeWatcherInOrg(args: { tx: Tx; ctx: ServiceContext; dealId: string; userId: string }) {
  const { tx, ctx, dealId, userId } = args;
  // ok: unscoped-tenant-query
  const { count } = await tx.dealWatcher.deleteMany({ where: { orgId: ctx.org.id, dealId, userId } });
  return count > 0;
}

export async function unwatchDeal(args: { ctx: ServiceContext; input: { dealId: string; userId: string } }) {
  const { ctx } = args;
  return withTransaction(ctx, async (tx) => removeWatcherInOrg({ tx, ctx, dealId: args.input.dealId, userId: args.input.userId }));
}
