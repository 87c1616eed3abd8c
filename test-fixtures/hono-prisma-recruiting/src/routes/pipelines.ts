import { Hono } from 'hono';
import { createFactory } from 'hono/factory';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import { prisma } from '../lib/db';
import { currentUser, requireRole, type AppEnv } from '../middleware/auth';

const factory = createFactory<AppEnv>();

const StageRename = z.object({ name: z.string().min(1).max(60) });

const listStages = factory.createHandlers(async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const stages = await prisma.pipelineStage.findMany({ where: { companyId: user.companyId }, orderBy: { position: 'asc' } });
  return c.json(stages);
});

const renameStage = factory.createHandlers(zValidator('json', StageRename), async (c) => {
  const user = currentUser(c);
  // ok: unscoped-tenant-query
  const { count } = await prisma.pipelineStage.updateMany({ where: { id: c.req.param('id'), companyId: user.companyId }, data: c.req.valid('json') });
  return count ? c.json({ ok: true }) : c.json({ error: 'Not found' }, 404);
});

const deleteStage = factory.createHandlers(requireRole('owner'), async (c) => {
  // expect: unscoped-tenant-query
  await prisma.pipelineStage.delete({ where: { id: c.req.param('id') } });
  return c.body(null, 204);
});

const pipelines = new Hono<AppEnv>();

pipelines.get('/stages', ...listStages);
// ok: missing-input-validation
pipelines.on(['PUT', 'PATCH'], '/stages/:id', ...renameStage);
// ok: missing-role-check
pipelines.delete('/stages/:id', ...deleteStage);
// expect: missing-input-validation
pipelines.on(['PUT', 'PATCH'], '/stages/:id/color', async (c) => {
  const user = currentUser(c);
  const body = await c.req.json();
  // ok: unscoped-tenant-query
  await prisma.pipelineStage.updateMany({ where: { id: c.req.param('id'), companyId: user.companyId }, data: { color: body.color } });
  return c.json({ ok: true });
});

export default pipelines;
