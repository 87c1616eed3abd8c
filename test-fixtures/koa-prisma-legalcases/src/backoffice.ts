import Koa from 'koa';
import Router from 'koa-router';
import { prisma } from './lib/db';
import { requireRole, requireUser } from './middleware/session';

// LexCase staff back office, mounted at /backoffice
export const backoffice = new Koa();
const router = new Router();

backoffice.use(requireUser);
backoffice.use(requireRole('PARTNER'));

// ok: missing-auth, missing-role-check, unscoped-tenant-query
router.get('/workspaces', async (ctx) => {
  ctx.body = await prisma.workspace.findMany({ include: { _count: { select: { users: true, cases: true } } } });
});

// ok: missing-auth, missing-role-check, unscoped-tenant-query
router.delete('/workspaces/:id', async (ctx) => {
  await prisma.workspace.delete({ where: { id: ctx.params.id } });
  ctx.status = 204;
});

backoffice.use(router.routes());

// support tools: any signed-in user of the firm app can reach these
export const support = new Koa();
const supportRouter = new Router();
support.use(requireUser);

// expect: missing-role-check
supportRouter.post('/users/:id/impersonate', async (ctx) => {
  // expect: unscoped-tenant-query
  const target = await prisma.user.findUnique({ where: { id: ctx.params.id } });
  if (!target) ctx.throw(404);
  ctx.body = { impersonating: target.id };
});

support.use(supportRouter.routes());
