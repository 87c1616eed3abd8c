import Router from '@koa/router';
import { prisma } from '../db';

// Public tender board: open calls for bids that general contractors publish.
export const tendersRouter = new Router();

// ok: missing-auth
tendersRouter.get('/', async (ctx) => {
  ctx.body = await prisma.project.findMany({
    where: { isPublicTender: true },
    select: { id: true, name: true, siteAddress: true, closesAt: true },
    orderBy: { closesAt: 'asc' },
  });
});

// ok: missing-auth
tendersRouter.get('/:projectId', async (ctx) => {
  const project = await prisma.project.findFirst({
    where: { id: ctx.params.projectId, isPublicTender: true },
    select: { id: true, name: true, siteAddress: true, closesAt: true },
  });
  if (!project) ctx.throw(404);
  ctx.body = project;
});

// the bid leaderboard was meant for the owning org only
// expect: missing-auth
tendersRouter.get('/:projectId/bids', async (ctx) => {
  ctx.body = await prisma.bid.findMany({
    where: { projectId: ctx.params.projectId },
    include: { subcontractor: true },
    orderBy: { amountCents: 'asc' },
  });
});
