import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';

import { prisma } from './db';
import { getServerAuthSession } from './auth';

export const createTRPCContext = async (opts: { headers: Headers }) => {
  const session = await getServerAuthSession();
  return { prisma, session, headers: opts.headers };
};

const t = initTRPC.context<typeof createTRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? error.cause.flatten() : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

export const publicProcedure = t.procedure;

export const protectedProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.session?.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { session: { ...ctx.session, user: ctx.session.user } } });
});

/**
 * Resolves the active organization from the `x-org-id` header the client sends and
 * makes sure the signed-in user is a member of it.
 */
export const orgProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const requestedOrg = ctx.headers.get('x-org-id');
  if (!requestedOrg) throw new TRPCError({ code: 'BAD_REQUEST', message: 'x-org-id header required' });
  const membership = await ctx.prisma.membership.findUnique({
    where: { orgId_userId: { orgId: requestedOrg, userId: ctx.session.user.id } },
  });
  if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
  return next({ ctx: { orgId: membership.orgId, role: membership.role } });
});

export const adminProcedure = orgProcedure.use(({ ctx, next }) => {
  if (ctx.role !== 'OWNER' && ctx.role !== 'ADMIN') {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Organization admins only' });
  }
  return next();
});
