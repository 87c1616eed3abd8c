import { initTRPC, TRPCError } from '@trpc/server';
import type { CreateNextContextOptions } from '@trpc/server/adapters/next';
import superjson from 'superjson';
import { z } from 'zod';

import { getServerAuthSession } from '../auth';
import { prisma } from '../db';

export const createTRPCContext = async ({ req, res }: CreateNextContextOptions) => {
  const session = await getServerAuthSession({ req, res });
  return { session, prisma, headers: req.headers };
};

const t = initTRPC.context<typeof createTRPCContext>().create({ transformer: superjson });

export const createTRPCRouter = t.router;

const enforceSignedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  return next({ ctx: { session: { ...ctx.session, user: ctx.session.user } } });
});

const projectInput = z.object({ projectId: z.string() });

// the procedure's input is read raw (before `.input()` parses it) and the project it names is looked up among the
// projects of the caller's organizations, which the session carries
const enforceProjectMember = t.middleware(async (opts) => {
  const { ctx, next } = opts;
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });

  const rawInput = await opts.getRawInput();
  const parsed = projectInput.safeParse(rawInput);
  if (!parsed.success) throw new TRPCError({ code: 'BAD_REQUEST', message: 'projectId is required' });

  const projectId = parsed.data.projectId;
  const project = ctx.session.user.organizations
    .flatMap((org) => org.projects.map((p) => ({ ...p, orgId: org.id, role: org.role })))
    .find((p) => p.id === projectId);

  if (!project) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Not a member of this project' });
  }

  return next({ ctx: { session: { ...ctx.session, user: ctx.session.user, projectId, projectRole: project.role } } });
});

const orgInput = z.object({ orgId: z.string() });

const enforceOrgMember = t.middleware(async ({ ctx, next, getRawInput }) => {
  if (!ctx.session?.user) throw new TRPCError({ code: 'UNAUTHORIZED' });
  const { data, success } = orgInput.safeParse(await getRawInput());
  if (!success) throw new TRPCError({ code: 'BAD_REQUEST' });

  const membership = ctx.session.user.organizations.find((org) => org.id === data.orgId);
  if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });

  return next({ ctx: { session: { ...ctx.session, orgId: data.orgId, orgRole: membership.role } } });
});

// reads the project id only to tag the request's traces: it checks nothing about it
const tagProject = t.middleware(async ({ next, getRawInput }) => {
  const raw = (await getRawInput()) as { projectId?: string } | undefined;
  console.debug('trpc call for project', raw?.projectId);
  return next();
});

export const publicProcedure = t.procedure;
export const protectedProcedure = t.procedure.use(enforceSignedIn);
export const protectedProjectProcedure = t.procedure.use(enforceProjectMember);
export const protectedOrgProcedure = t.procedure.use(enforceOrgMember);
export const taggedProcedure = t.procedure.use(enforceSignedIn).use(tagProject);
