'use strict';
const Router = require('@koa/router');
const Joi = require('joi');
const { requireAuth, requireRole } = require('../middleware/auth');
const { vehicles, drivers } = require('../repositories');

const router = new Router({ prefix: '/api/vehicles' });
router.use(requireAuth);

const odometerSchema = Joi.object({ odometerKm: Joi.number().integer().min(0).required() });

router.get('/', async (ctx) => {
  ctx.body = await vehicles.fleetOf(ctx.state.user.companyId);
});

router.get('/lookup', async (ctx) => {
  ctx.body = await vehicles.byPlate(String(ctx.query.plate));
});

router.get('/:id', async (ctx) => {
  const vehicle = await vehicles.oneWhere({ id: ctx.params.id, companyId: ctx.state.user.companyId });
  if (!vehicle) ctx.throw(404);
  ctx.body = vehicle;
});

router.get('/:id/raw', async (ctx) => {
  ctx.body = await vehicles.byPk(ctx.params.id);
});

// ok: missing-input-validation
router.put('/:id/odometer', async (ctx) => {
  const { odometerKm } = await odometerSchema.validateAsync(ctx.request.body);
  await vehicles.patch(ctx.params.id, { odometerKm });
  ctx.status = 204;
});

// ok: missing-role-check
router.delete('/:id', requireRole('fleet_admin'), async (ctx) => {
  await vehicles.destroy(ctx.state.user.companyId, ctx.params.id);
  ctx.status = 204;
});

router.get('/drivers/all', async (ctx) => {
  ctx.body = await drivers.all({ companyId: ctx.state.user.companyId });
});

module.exports = router;
