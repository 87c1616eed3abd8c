import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db.js';

const router = new Router();

// ok: missing-role-check
router.get('/plan', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('accounts').where({ id: ctx.state.user.accountId }).first('id', 'plan');
});

// ok: missing-role-check, missing-input-validation
router.post('/plan', async (ctx) => {
  const { plan } = await Joi.object({ plan: Joi.string().valid('starter', 'team', 'business').required() }).validateAsync(ctx.request.body);
  // ok: unscoped-tenant-query
  await db('accounts').where({ id: ctx.state.user.accountId }).update({ plan });
  ctx.body = { plan };
});

export default router;
