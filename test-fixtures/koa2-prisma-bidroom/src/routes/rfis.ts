import Router from '@koa/router';
import { z } from 'zod';
import { prisma } from '../db';
import { requireMembership } from '../middleware/membership';

// mounted at /orgs/:orgId/projects/:projectId/rfis
export const rfiRouter = new Router();
rfiRouter.use(requireMembership);

const RfiAnswer = z.object({ answer: z.string().min(1).max(5000) });

rfiRouter.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await prisma.rfi.findMany({ where: { orgId: ctx.params.orgId, projectId: ctx.params.projectId }, orderBy: { createdAt: 'desc' } });
});

// ok: missing-input-validation
rfiRouter.post('/', async (ctx) => {
  const { question } = z.object({ question: z.string().min(5).max(2000) }).parse(ctx.request.body);
  ctx.status = 201;
  ctx.body = await prisma.rfi.create({
    data: { orgId: ctx.params.orgId, projectId: ctx.params.projectId, question, askedById: ctx.state.user.sub },
  });
});

// ok: missing-input-validation
rfiRouter.post('/:rfiId/answer', async (ctx) => {
  const { answer } = RfiAnswer.parse(ctx.request.body);
  // expect: unscoped-tenant-query
  ctx.body = await prisma.rfi.update({ where: { id: ctx.params.rfiId }, data: { answer } });
});
