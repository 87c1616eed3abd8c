import Router from '@koa/router';
import { AppDataSource, stockItems, orders } from '../data-source';

export const healthRouter = new Router();

// ok: missing-auth
healthRouter.get('/health', async (ctx) => {
  await AppDataSource.query('SELECT 1');
  ctx.body = { ok: true };
});

// expect: missing-auth
healthRouter.get('/metrics/tenants', async (ctx) => {
  ctx.body = await AppDataSource.query(
    'SELECT tenant_id, count(*) AS open_orders, max(created_at) AS last_order FROM orders GROUP BY tenant_id',
  );
});

export const publicRouter = new Router({ prefix: '/public' });

// ok: missing-auth
publicRouter.get('/catalog', async (ctx) => {
  ctx.body = await stockItems().find({ where: { published: true }, select: ['sku', 'name'] });
});

// expect: missing-auth
publicRouter.get('/orders/:id', async (ctx) => {
  const order = await orders().findOneBy({ id: ctx.params.id });
  if (!order) ctx.throw(404);
  ctx.body = { id: order.id, status: order.status, lines: order.lines, customer: order.customerRef };
});
