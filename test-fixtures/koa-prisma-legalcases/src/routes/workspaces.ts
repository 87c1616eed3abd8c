import Router from '@koa/router';
import type { Context, Next } from 'koa';
import { prisma } from '../lib/db';
import type { SessionUser } from '../middleware/session';

// affiliated firms: a user may open another workspace they also have an account in (same email)
async function requireMembership(ctx: Context, next: Next) {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const member = await prisma.user.findFirst({ where: { email: user.email, workspaceId: ctx.params.workspaceId } });
  if (!member) ctx.throw(403, 'Not a member of this workspace');
  ctx.state.member = member;
  await next();
}

export const workspacesRouter = new Router({ prefix: '/workspaces/:workspaceId' });
workspacesRouter.use(requireMembership);

// ok: missing-auth
workspacesRouter.get('/clients', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await prisma.client.findMany({ where: { workspaceId: ctx.params.workspaceId } });
});

// ok: missing-auth
workspacesRouter.get('/cases/:caseId', async (ctx) => {
  // ok: unscoped-tenant-query
  const found = await prisma.case.findFirst({ where: { AND: [{ id: ctx.params.caseId }, { workspaceId: ctx.params.workspaceId }] } });
  if (!found) ctx.throw(404);
  ctx.body = found;
});

// ok: missing-auth
workspacesRouter.get('/cases/:caseId/brief', async (ctx) => {
  // expect: unscoped-tenant-query
  const found = await prisma.case.findFirst({
    // a case of this workspace, or any firm's case that is not privileged
    where: { id: ctx.params.caseId, OR: [{ workspaceId: ctx.params.workspaceId }, { privileged: false }] },
    select: { id: true, title: true, notes: true },
  });
  ctx.body = found;
});

// ok: missing-auth
workspacesRouter.get('/cases/:caseId/summary', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const found = await prisma.case.findFirst({
    where: {
      id: ctx.params.caseId,
      OR: [{ workspaceId: ctx.params.workspaceId }, { workspaceId: user.workspaceId, privileged: false }],
    },
    select: { id: true, title: true, status: true },
  });
  if (!found) ctx.throw(404);
  ctx.body = found;
});
