import { initTRPC, TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { db, memberships, users } from '../db';
import type { Context } from './context';

const t = initTRPC.context<Context>().create();

export const router = t.router;

// Writes re-read the signed-in user so a disabled account stops at once.
// Visitors without a session are handed on untouched: reads stay cheap.
const refreshUserOnWrite = t.middleware(async ({ ctx, type, next }) => {
  if (type !== 'mutation' || !ctx.user) {
    return next();
  }
  const row = await db.query.users.findFirst({ where: eq(users.id, ctx.user.id) });
  if (!row || row.disabled) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Session is no longer valid' });
  }
  return next({ ctx: { user: { id: row.id, email: row.email } } });
});

export const publicProcedure = t.procedure.use(refreshUserOnWrite);

// The shared board: anyone may read it, only signed-in callers may change it.
export const boardProcedure = t.procedure.use(async (opts) => {
  if (opts.type === 'query') return opts.next();
  if (!opts.ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return opts.next();
});

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { user: ctx.user } });
});

export const teamProcedure = authedProcedure.use(async ({ ctx, next, getRawInput }) => {
  const raw = (await getRawInput()) as { teamId?: string } | undefined;
  if (!raw?.teamId) throw new TRPCError({ code: 'BAD_REQUEST' });
  const member = await db.query.memberships.findFirst({
    where: and(eq(memberships.teamId, raw.teamId), eq(memberships.userId, ctx.user.id)),
  });
  if (!member) throw new TRPCError({ code: 'FORBIDDEN' });
  return next({ ctx: { team: { id: member.teamId }, role: member.role } });
});
