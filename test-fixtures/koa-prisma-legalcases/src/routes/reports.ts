import Router from '@koa/router';
import { prisma } from '../lib/db';

export const reportsRouter = new Router({ prefix: '/reports' });

// expect: missing-auth
reportsRouter.get('/unbilled', async (ctx) => {
  const workspaceId = String(ctx.query.workspaceId ?? '');
  const entries = await prisma.timeEntry.findMany({
    where: { workspaceId, billedAt: null },
    include: { case: { select: { reference: true, title: true } }, user: { select: { name: true } } },
  });
  ctx.body = entries;
});

// ok: missing-auth, unscoped-tenant-query
reportsRouter.get('/firms-count', async (ctx) => {
  ctx.body = { firms: await prisma.workspace.count() };
});
