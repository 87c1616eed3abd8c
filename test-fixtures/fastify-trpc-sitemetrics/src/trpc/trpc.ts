import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { has } from 'ramda';
import type { Context } from './context';
import { getOrganizationAccess, getProjectAccess } from './access';
import { withRequestScope } from '../lib/scope';

const t = initTRPC.context<Context>().create({ transformer: superjson });

export const createTRPCRouter = t.router;

const requireSignedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.session?.userId) {
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in required' });
  }
  return next({ ctx: { session: ctx.session } });
});

// a procedure whose input names a project or an organization answers only for the caller's own
const requireTenantAccess = t.middleware(async ({ ctx, next, getRawInput }) => {
  return withRequestScope(ctx.session.sessionId, async () => {
    const rawInput = await getRawInput();
    if (has('projectId', rawInput)) {
      const access = await getProjectAccess({ userId: ctx.session.userId!, projectId: rawInput.projectId as string });
      if (!access) {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'No access to this project' });
      }
    }
    if (has('organizationId', rawInput)) {
      const access = await getOrganizationAccess({ userId: ctx.session.userId!, organizationId: rawInput.organizationId as string });
      if (!access) {
        throw new TRPCError({ code: 'FORBIDDEN', message: 'No access to this organization' });
      }
    }
    return next();
  });
});

// runs the procedure inside the request's scope (read-your-writes for the signed-in user); it checks nothing
const userScopeMiddleware = t.middleware(async ({ ctx, next }) => {
  return withRequestScope(ctx.session?.sessionId, async () => {
    return next();
  });
});

export const publicProcedure = t.procedure.use(userScopeMiddleware);

export const protectedProcedure = t.procedure.use(requireSignedIn).use(requireTenantAccess).use(userScopeMiddleware);
