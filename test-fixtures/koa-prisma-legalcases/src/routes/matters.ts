import Router from '@koa/router';
import { prisma } from '../lib/db';
import { assertWorkspaceAccess } from '../lib/access';
import type { SessionUser } from '../middleware/session';

export const mattersRouter = new Router();

mattersRouter.param('caseId', async (caseId, ctx, next) => {
  const user = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const found = await prisma.case.findFirst({ where: { id: caseId, workspaceId: user.workspaceId } });
  if (!found) ctx.throw(404, 'Matter not found');
  ctx.state.matter = found;
  await next();
});

// ok: missing-auth
mattersRouter.get('/:caseId/timeline', async (ctx) => {
  // ok: unscoped-tenant-query
  const [docs, entries] = await Promise.all([
    prisma.document.findMany({ where: { caseId: ctx.params.caseId }, orderBy: { id: 'asc' } }),
    prisma.timeEntry.findMany({ where: { caseId: ctx.params.caseId } }),
  ]);
  ctx.body = { matter: ctx.state.matter, docs, entries };
});

// ok: missing-auth
mattersRouter.get('/by-workspace/:workspaceId', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  await assertWorkspaceAccess(user, ctx.params.workspaceId);
  // ok: unscoped-tenant-query
  ctx.body = await prisma.case.findMany({ where: { workspaceId: ctx.params.workspaceId } });
});

// ok: missing-auth
mattersRouter.get('/shared-inbox', async (ctx) => {
  const workspaceId = ctx.get('x-workspace-id');
  // expect: unscoped-tenant-query
  ctx.body = await prisma.document.findMany({ where: { workspaceId, signedAt: null } });
});

// ok: missing-auth
mattersRouter.get('/documents/:documentId', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  // ok: unscoped-tenant-query
  const doc = await prisma.document.findFirst({ where: { id: ctx.params.documentId, case: { workspaceId } } });
  if (!doc) ctx.throw(404);
  ctx.body = doc;
});

// ok: missing-auth, missing-role-check
mattersRouter.delete('/admin/purge-closed', async (ctx) => {
  const user = ctx.state.user as SessionUser;
  if (user.role !== 'PARTNER') ctx.throw(403, 'Partners only');
  // ok: unscoped-tenant-query
  const res = await prisma.case.deleteMany({ where: { workspaceId: user.workspaceId, status: 'closed' } });
  ctx.body = { purged: res.count };
});
