import { initTRPC, TRPCError } from '@trpc/server';
import type { CreateNextContextOptions } from '@trpc/server/adapters/next';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { createHash } from 'crypto';
import { getServerAuthSession } from '../auth';
import { db } from '../db';

export const createTRPCContext = async ({ req, res }: CreateNextContextOptions) => {
  const session = await getServerAuthSession({ req, res });
  return { session, db, req, res, ip: req.headers['x-forwarded-for'] as string | undefined };
};

const t = initTRPC.context<typeof createTRPCContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // ok: error-details-leak
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? error.cause.flatten() : null,
        // ok: error-details-leak
        stack: process.env.NODE_ENV === 'development' ? error.stack : undefined,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const mergeRouters = t.mergeRouters;

export const publicProcedure = t.procedure;

const enforceUserIsAuthed = t.middleware(({ ctx, next }) => {
  if (!ctx.session?.user) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return next({ ctx: { session: { ...ctx.session, user: ctx.session.user } } });
});

export const protectedProcedure = t.procedure.use(enforceUserIsAuthed);

export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.user.role !== 'admin') {
    throw new TRPCError({ code: 'FORBIDDEN' });
  }
  return next();
});

/** Machine clients send `x-api-key`; the key's organization becomes the caller. */
export const apiKeyProcedure = t.procedure.use(async ({ ctx, next }) => {
  const raw = ctx.req.headers['x-api-key'];
  if (typeof raw !== 'string' || raw.length < 32) throw new TRPCError({ code: 'UNAUTHORIZED' });
  // ok: unscoped-tenant-query
  const key = await ctx.db.apiKey.findUnique({ where: { hash: createHash('sha256').update(raw).digest('hex') } });
  if (!key || key.revokedAt) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { orgId: key.orgId } });
});
