import Router from '@koa/router';
import Joi from 'joi';
import { stockItems } from '../data-source';
import { requireRole } from '../middleware/roles';

const createItemSchema = Joi.object({
  warehouseId: Joi.string().uuid().required(),
  sku: Joi.string().max(40).required(),
  name: Joi.string().max(120).required(),
  quantity: Joi.number().integer().min(0).default(0),
});

export const stockRouter = new Router({ prefix: '/api/stock' });

stockRouter.get('/', async (ctx) => {
  const { tenantId } = ctx.state.user;
  const where: Record<string, unknown> = { tenantId };
  if (ctx.query.warehouseId) where.warehouseId = String(ctx.query.warehouseId);
  // ok: unscoped-tenant-query
  ctx.body = await stockItems().find({ where, order: { sku: 'ASC' } });
});

stockRouter.get('/lookup', async (ctx) => {
  // expect: unscoped-tenant-query
  const item = await stockItems()
    .createQueryBuilder('s')
    .where('s.sku = :sku', { sku: String(ctx.query.sku) })
    .getOne();
  if (!item) ctx.throw(404);
  ctx.body = item;
});

stockRouter.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const item = await stockItems().findOneBy({ id: ctx.params.id });
  if (!item) ctx.throw(404);
  ctx.body = item;
});

stockRouter.get('/:id/warehouse', async (ctx) => {
  const tenantId = ctx.state.user.tenantId;
  // ok: unscoped-tenant-query
  const item = await stockItems()
    .createQueryBuilder('s')
    .innerJoinAndSelect('s.warehouse', 'w')
    .where('s.id = :id', { id: ctx.params.id })
    .andWhere('s.tenantId = :tenantId', { tenantId })
    .getOne();
  ctx.body = item?.warehouse ?? null;
});

// ok: missing-input-validation
stockRouter.post('/', requireRole('manager', 'admin'), async (ctx) => {
  const value = await createItemSchema.validateAsync(ctx.request.body);
  const item = stockItems().create({ ...value, tenantId: ctx.state.user.tenantId });
  ctx.status = 201;
  ctx.body = await stockItems().save(item);
});

// expect: missing-input-validation
stockRouter.patch('/:id/quantity', async (ctx) => {
  const { quantity, note } = ctx.request.body as { quantity: number; note?: string };
  // ok: unscoped-tenant-query
  const result = await stockItems().update(
    { id: ctx.params.id, tenantId: ctx.state.user.tenantId },
    { quantity, name: note },
  );
  if (!result.affected) ctx.throw(404);
  ctx.status = 204;
});

stockRouter.delete('/:id', requireRole('manager', 'admin'), async (ctx) => {
  // expect: unscoped-tenant-query
  await stockItems().delete({ id: ctx.params.id });
  ctx.status = 204;
});
