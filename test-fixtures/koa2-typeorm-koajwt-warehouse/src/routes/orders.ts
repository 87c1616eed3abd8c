import Router from '@koa/router';
import { koaBody } from 'koa-body';
import fs from 'node:fs/promises';
import { orders } from '../data-source';
import { listForTenant, getOwnedOrder } from '../services/orderService';
import { isManager } from '../middleware/roles';

export const ordersRouter = new Router({ prefix: '/api/orders' });

ordersRouter.get('/', async (ctx) => {
  ctx.body = await listForTenant(ctx.state.user, ctx.query.status as string | undefined);
});

// expect: missing-rate-limit
ordersRouter.get('/export.csv', async (ctx) => {
  const rows = await listForTenant(ctx.state.user);
  ctx.set('Content-Type', 'text/csv');
  ctx.set('Content-Disposition', 'attachment; filename="orders.csv"');
  ctx.body = ['id,customer,status', ...rows.map((o) => `${o.id},${o.customerRef},${o.status}`)].join('\n');
});

ordersRouter.get('/:id', async (ctx) => {
  ctx.body = await getOwnedOrder(ctx.state.user, ctx.params.id);
});

ordersRouter.get('/:id/lines', async (ctx) => {
  // ok: unscoped-tenant-query
  const order = await orders().findOne({ where: { id: ctx.params.id } });
  if (!order || order.tenantId !== ctx.state.user.tenantId) ctx.throw(404);
  ctx.body = order.lines;
});

ordersRouter.post('/:id/cancel', async (ctx) => {
  // expect: unscoped-tenant-query
  const order = await orders().findOneBy({ id: ctx.params.id });
  if (!order) ctx.throw(404);
  order.status = 'cancelled';
  await orders().save(order);
  ctx.body = order;
});

ordersRouter.post('/:id/ship', async (ctx) => {
  if (!isManager(ctx)) ctx.throw(403);
  const order = await getOwnedOrder(ctx.state.user, ctx.params.id);
  order.status = 'shipped';
  await orders().save(order);
  ctx.body = order;
});

// expect: missing-rate-limit, missing-input-validation
ordersRouter.post(
  '/import',
  // expect: unrestricted-upload
  koaBody({ multipart: true, formidable: { keepExtensions: true } }),
  async (ctx) => {
    const file = (ctx.request as any).files?.manifest;
    const text = await fs.readFile(file.filepath, 'utf8');
    const created = [];
    for (const line of text.split('\n').slice(1)) {
      const [customerRef, warehouseId] = line.split(',');
      created.push(orders().create({ customerRef, warehouseId, tenantId: ctx.state.user.tenantId }));
    }
    await orders().save(created);
    ctx.body = { imported: created.length };
  },
);
