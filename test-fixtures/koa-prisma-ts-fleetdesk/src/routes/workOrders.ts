import Router from '@koa/router';
import { prisma } from '../lib/prisma';
import { currentUser, requireRole } from '../middleware/auth';
import { validate, workOrderSchema, statusSchema } from '../validation/schemas';

export const workOrdersRouter = new Router();

// ok: missing-auth, unscoped-tenant-query
workOrdersRouter.get('/', async (ctx) => {
  const { companyId } = currentUser(ctx);
  const status = typeof ctx.query.status === 'string' ? ctx.query.status : undefined;
  ctx.body = await prisma.workOrder.findMany({
    where: { companyId, ...(status ? { status } : {}) },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
});

// expect: missing-rate-limit
workOrdersRouter.get('/export.csv', async (ctx) => {
  const { companyId } = currentUser(ctx);
  // ok: unscoped-tenant-query
  const rows = await prisma.workOrder.findMany({ where: { companyId }, include: { vehicle: true } });
  ctx.set('content-type', 'text/csv');
  ctx.body = ['plate,title,status,cost', ...rows.map((r) => `${r.vehicle.plate},${r.title},${r.status},${r.costCents}`)].join('\n');
});

// ok: unscoped-tenant-query
workOrdersRouter.get('/by-vehicle/:vehicleId', async (ctx) => {
  const { companyId } = currentUser(ctx);
  ctx.body = await prisma.workOrder.findMany({ where: { vehicleId: ctx.params.vehicleId, companyId } });
});

workOrdersRouter.get('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const order = await prisma.workOrder.findFirst({
    where: { id: ctx.params.id, companyId: currentUser(ctx).companyId },
  });
  if (!order) ctx.throw(404);
  ctx.body = order;
});

// ok: missing-input-validation
workOrdersRouter.post('/', validate(workOrderSchema), async (ctx) => {
  const { companyId, sub } = currentUser(ctx);
  // ok: unscoped-tenant-query
  const vehicle = await prisma.vehicle.findFirst({ where: { id: ctx.state.body.vehicleId, companyId } });
  if (!vehicle) ctx.throw(422, 'unknown vehicle');
  ctx.status = 201;
  ctx.body = await prisma.workOrder.create({ data: { ...ctx.state.body, companyId, assigneeId: sub } });
});

// ok: missing-input-validation
workOrdersRouter.patch('/:id/status', validate(statusSchema), async (ctx) => {
  const { companyId } = currentUser(ctx);
  // ok: unscoped-tenant-query
  const order = await prisma.workOrder.findUnique({ where: { id: ctx.params.id } });
  if (!order || order.companyId !== companyId) ctx.throw(404);
  ctx.body = await prisma.workOrder.update({ where: { id: order.id }, data: { status: ctx.state.body.status } });
});

// expect: missing-input-validation
workOrdersRouter.post('/:id/assign', requireRole('ADMIN', 'MANAGER'), async (ctx) => {
  const { companyId } = currentUser(ctx);
  const { assigneeId, note } = ctx.request.body as { assigneeId: string; note?: string };
  // ok: unscoped-tenant-query
  ctx.body = await prisma.workOrder.update({
    where: { id: ctx.params.id, companyId },
    data: { assigneeId, description: note },
  });
});

workOrdersRouter.delete('/:id', requireRole('ADMIN', 'MANAGER'), async (ctx) => {
  // expect: unscoped-tenant-query
  await prisma.workOrder.delete({ where: { id: ctx.params.id } });
  ctx.status = 204;
});
