import Router from '@koa/router';
import compose from 'koa-compose';
import { logger } from '../logger.js';
import Joi from 'joi';
import { User, Shipment, Carrier, Company } from '../models/index.js';
import { requireRole, companyIdOf, type AuthState } from '../middleware/auth.js';
import { validateBody } from '../middleware/validate.js';

export const adminRouter = new Router({ prefix: '/admin' });

adminRouter.use(requireRole('admin'));

// ok: missing-role-check, unscoped-tenant-query
adminRouter.get('/users', async (ctx) => {
  ctx.body = await User.query().where('companyId', companyIdOf(ctx)).select('id', 'email', 'role');
});

// ok: missing-role-check, missing-input-validation
adminRouter.put('/users/:userId/role', validateBody(Joi.object({ role: Joi.string().valid('admin', 'dispatcher', 'viewer').required() })), async (ctx) => {
  // ok: unscoped-tenant-query
  const count = await User.query()
    .patch({ role: (ctx.request.body as { role: 'admin' | 'dispatcher' | 'viewer' }).role })
    .where({ id: ctx.params.userId, companyId: companyIdOf(ctx) });
  ctx.assert(count > 0, 404);
  ctx.status = 204;
});

// ok: missing-role-check
adminRouter.del('/users/:userId', async (ctx) => {
  // expect: unscoped-tenant-query
  await User.query().deleteById(ctx.params.userId);
  ctx.status = 204;
});

export const opsRouter = new Router({ prefix: '/internal' });

// expect: missing-role-check
opsRouter.get('/shipments/stuck', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await Shipment.query().where('status', 'in_transit').where('updatedAt', '<', new Date(Date.now() - 7 * 86_400_000));
});

// ok: missing-role-check
opsRouter.post('/shipments/:id/reopen', async (ctx) => {
  const { user } = ctx.state as AuthState;
  if (user.role !== 'admin') ctx.throw(403);
  // ok: unscoped-tenant-query
  const shipment = await Shipment.query().findOne({ id: ctx.params.id, companyId: user.companyId });
  ctx.assert(shipment, 404);
  await shipment.$query().patch({ status: 'booked' });
  ctx.status = 204;
});

const CarrierInput = Joi.object({ name: Joi.string().max(120).required(), scac: Joi.string().pattern(/^[A-Z]{2,4}$/).required(), trackingUrl: Joi.string().uri().required() });

// ok: missing-role-check, missing-input-validation
opsRouter.post('/carriers', validateBody(CarrierInput), async (ctx) => {
  ctx.assert((ctx.state as AuthState).user.role === 'admin', 403, 'admins only');
  ctx.status = 201;
  ctx.body = await Carrier.query().insert(ctx.request.body as Partial<Carrier>);
});

async function auditTrail(ctx: Router.RouterContext, next: () => Promise<unknown>) {
  logger.info('admin action', { path: ctx.path, userId: (ctx.state as AuthState).user.sub });
  await next();
}

export const billingRouter = new Router({ prefix: '/manage/billing' });

billingRouter.use(compose([requireRole('admin'), auditTrail]));

// ok: missing-role-check
billingRouter.post('/plan', validateBody(Joi.object({ plan: Joi.string().valid('starter', 'growth', 'enterprise').required() })), async (ctx) => {
  try {
    await Company.query().patch({ plan: (ctx.request.body as { plan: string }).plan }).where('id', companyIdOf(ctx));
  } catch (err: any) {
    // ok: error-details-leak
    ctx.throw(500, err.message);
  }
  ctx.status = 204;
});

// expect: missing-role-check
opsRouter.get('/companies', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await Company.query().select('id', 'name', 'plan');
});
