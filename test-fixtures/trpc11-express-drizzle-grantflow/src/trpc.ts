import { initTRPC, TRPCError } from '@trpc/server';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Context } from './context.js';
import { assertWithinLimit } from './lib/rate-limit.js';
import { db, memberships } from './db/index.js';

const t = initTRPC.context<Context>().create();

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const publicProcedure = t.procedure;

const isAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const protectedProcedure = t.procedure.use(isAuthed);

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.user.role !== 'admin') {
    throw new TRPCError({ code: 'FORBIDDEN' });
  }
  return next();
});

// Procedures acting inside an organization the caller is a member of.
export const orgProcedure = protectedProcedure
  .input(z.object({ orgId: z.string().uuid() }))
  .use(async ({ ctx, input, next }) => {
    const membership = await db.query.memberships.findFirst({
      where: and(eq(memberships.orgId, input.orgId), eq(memberships.userId, ctx.user.sub)),
    });
    if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
    return next({ ctx: { ...ctx, membership } });
  });

// Anonymous endpoints that must not be hammered (password reset, sign-up).
export const limitedProcedure = t.procedure.use(({ ctx, path, next }) => {
  assertWithinLimit(`${path}:${ctx.req.ip}`);
  return next();
});
