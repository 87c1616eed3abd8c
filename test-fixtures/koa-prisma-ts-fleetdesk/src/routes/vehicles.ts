import Router from '@koa/router';
import { prisma } from '../lib/prisma';
import { currentUser } from '../middleware/auth';
import { validate, vehicleSchema } from '../validation/schemas';
import { documentsRouter } from './documents';

export const vehiclesRouter = new Router();

// ok: missing-auth, unscoped-tenant-query
vehiclesRouter.get('/', async (ctx) => {
  const { companyId } = currentUser(ctx);
  ctx.body = await prisma.vehicle.findMany({ where: { companyId }, orderBy: { plate: 'asc' } });
});

vehiclesRouter.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const vehicle = await prisma.vehicle.findUnique({
    where: { id: ctx.params.id },
    include: { workOrders: true },
  });
  if (!vehicle) ctx.throw(404);
  ctx.body = vehicle;
});

// ok: missing-input-validation
vehiclesRouter.post('/', validate(vehicleSchema), async (ctx) => {
  const { companyId } = currentUser(ctx);
  ctx.status = 201;
  ctx.body = await prisma.vehicle.create({ data: { ...ctx.state.body, companyId } });
});

// expect: missing-input-validation
vehiclesRouter.patch('/:id', async (ctx) => {
  const { companyId } = currentUser(ctx);
  // ok: unscoped-tenant-query
  const result = await prisma.vehicle.updateMany({
    where: { id: ctx.params.id, companyId },
    data: ctx.request.body as any,
  });
  if (result.count === 0) ctx.throw(404);
  ctx.status = 204;
});

vehiclesRouter.delete('/:id', async (ctx) => {
  const user = currentUser(ctx);
  // ok: unscoped-tenant-query
  const vehicle = await prisma.vehicle.findUnique({ where: { id: ctx.params.id } });
  if (!vehicle || vehicle.companyId !== user.companyId) ctx.throw(404);
  // ok: unscoped-tenant-query
  await prisma.vehicle.delete({ where: { id: vehicle.id } });
  ctx.status = 204;
});

// ok: missing-input-validation
vehiclesRouter.post('/:id/share', async (ctx) => {
  const { companyId } = currentUser(ctx);
  // ok: unscoped-tenant-query
  const vehicle = await prisma.vehicle.findFirst({ where: { id: ctx.params.id, companyId } });
  if (!vehicle) ctx.throw(404);
  const link = await prisma.shareLink.create({
    data: { vehicleId: vehicle.id, token: crypto.randomUUID(), expiresAt: new Date(Date.now() + 7 * 864e5) },
  });
  ctx.body = { url: `/share/${link.token}` };
});

vehiclesRouter.use('/:vehicleId/documents', documentsRouter.routes(), documentsRouter.allowedMethods());
