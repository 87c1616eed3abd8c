import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { getServerAuthSession } from '../auth';
import { db } from '../db';

export const createTRPCContext = async (opts: { headers: Headers }) => {
  const session = await getServerAuthSession();
  // expect: token-logging
  console.debug('trpc request', opts.headers.get('authorization'));
  return { db, session, ...opts };
};

const t = initTRPC.context<typeof createTRPCContext>().create({ transformer: superjson });

export const createTRPCRouter = t.router;
export const mergeRouters = t.mergeRouters;
export const publicProcedure = t.procedure;

const enforceUserIsAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session || !ctx.session.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { session: { ...ctx.session, user: ctx.session.user } } });
});

export const protectedProcedure = t.procedure.use(enforceUserIsAuthed);

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.user.role !== 'ADMIN') {
    throw new TRPCError({ code: 'FORBIDDEN' });
  }
  return next();
});

// the contact a procedure is about, looked up among the contacts of the caller's teams and put on the context
export const contactProcedure = protectedProcedure.use(async ({ ctx, next, getRawInput }) => {
  const { contactId } = (await getRawInput()) as { contactId: string };
  const membership = await ctx.db.membership.findFirst({ where: { userId: ctx.session.user.id } });
  if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
  const contact = await ctx.db.contact.findFirst({ where: { id: contactId, teamId: membership.teamId } });
  if (!contact) throw new TRPCError({ code: 'NOT_FOUND' });
  return next({ ctx: { contact } });
});
