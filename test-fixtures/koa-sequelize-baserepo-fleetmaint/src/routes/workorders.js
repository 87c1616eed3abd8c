'use strict';
const Router = require('@koa/router');
const { requireAuth } = require('../middleware/auth');
const { workOrders, vehicles } = require('../repositories');

const router = new Router({ prefix: '/api/work-orders' });

router.get('/', requireAuth, async (ctx) => {
  ctx.body = await workOrders.all({ companyId: ctx.state.user.companyId, status: ctx.query.status || 'open' });
});

router.get('/:id', requireAuth, async (ctx) => {
  const order = await workOrders.byPk(ctx.params.id);
  if (!order || order.companyId !== ctx.state.user.companyId) ctx.throw(404);
  ctx.body = order;
});

// expect: missing-input-validation
router.post('/', requireAuth, async (ctx) => {
  const vehicle = await vehicles.oneWhere({ id: ctx.request.body.vehicleId, companyId: ctx.state.user.companyId });
  if (!vehicle) ctx.throw(404, 'unknown vehicle');
  ctx.status = 201;
  ctx.body = await workOrders.create({ ...ctx.request.body, companyId: ctx.state.user.companyId });
});

// expect: missing-auth
router.get('/:id/invoice', async (ctx) => {
  ctx.body = await workOrders.oneWhere({ id: ctx.params.id });
});

module.exports = router;
