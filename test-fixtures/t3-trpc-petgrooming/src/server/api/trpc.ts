/**
 * tRPC server setup: context, procedures. Routers live in ./routers and are merged in ./root.ts.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { ZodError } from "zod";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

export const createTRPCContext = async (opts: { headers: Headers }) => {
  const session = await auth();

  return {
    db,
    session,
    ...opts,
  };
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

export const createCallerFactory = t.createCallerFactory;

export const createTRPCRouter = t.router;

const timingMiddleware = t.middleware(async ({ next, path }) => {
  const start = Date.now();
  const result = await next();
  console.log(`[TRPC] ${path} took ${Date.now() - start}ms to execute`);
  return result;
});

export const publicProcedure = t.procedure.use(timingMiddleware);

export const protectedProcedure = t.procedure.use(timingMiddleware).use(({ ctx, next }) => {
  if (!ctx.session?.user) {
    throw new TRPCError({ code: "UNAUTHORIZED" });
  }
  return next({
    ctx: {
      session: { ...ctx.session, user: ctx.session.user },
    },
  });
});

/** A signed-in staff member of a salon; `ctx.orgId` is their salon. */
export const orgProcedure = protectedProcedure.use(({ ctx, next }) => {
  const orgId = ctx.session.user.organizationId;
  if (!orgId) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Join a salon first" });
  }
  return next({ ctx: { orgId } });
});

/** Salon owners and managers. */
export const managerProcedure = orgProcedure.use(({ ctx, next }) => {
  const { role } = ctx.session.user;
  if (role !== "OWNER" && role !== "MANAGER") {
    throw new TRPCError({ code: "FORBIDDEN" });
  }
  return next();
});

/** PawSpa platform staff. */
export const adminProcedure = protectedProcedure.use(({ ctx, next }) => {
  if (ctx.session.user.platformRole !== "SUPERADMIN") {
    throw new TRPCError({ code: "FORBIDDEN" });
  }
  return next();
});
