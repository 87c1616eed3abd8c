import Router from '@koa/router';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { requireRole, type SessionUser } from '../middleware/session';

// firm management area, mounted at /api/manage
export const manageRouter = new Router();
manageRouter.use('/users', requireRole('PARTNER'));

// ok: missing-auth, missing-role-check, unscoped-tenant-query
manageRouter.get('/users', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  ctx.body = await prisma.user.findMany({ where: { workspaceId }, select: { id: true, email: true, role: true } });
});

// expect: missing-role-check
manageRouter.put('/settings', async (ctx) => {
  const { workspaceId } = ctx.state.user as SessionUser;
  const { name } = z.object({ name: z.string().min(2).max(120) }).parse(ctx.request.body);
  // ok: unscoped-tenant-query
  await prisma.workspace.update({ where: { id: workspaceId }, data: { name } });
  ctx.status = 204;
});

// under /manage like the settings: no role check either
// expect: missing-role-check
manageRouter.get('/my-cases', async (ctx) => {
  const { user } = ctx.state as { user: SessionUser };
  // ok: unscoped-tenant-query
  ctx.body = await prisma.case.findMany({ where: { workspaceId: user['workspaceId'], status: 'open' } });
});
