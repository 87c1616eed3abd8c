import Router from '@koa/router';
import crypto from 'node:crypto';
import Joi from 'joi';
import { db } from '../db.js';

const router = new Router();

const accountArticles = (ctx) => db('articles').where({ account_id: ctx.state.user.accountId });

// ok: missing-auth
router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('api_keys').where({ account_id: ctx.state.user.accountId }).select('id', 'label', 'last4');
});

// ok: missing-input-validation
router.post('/', async (ctx) => {
  const { label } = await Joi.object({ label: Joi.string().max(60).required() }).validateAsync(ctx.request.body);
  const apiKey = `kb_${crypto.randomBytes(24).toString('hex')}`;
  await db('api_keys').insert({
    account_id: ctx.state.user.accountId,
    label,
    key_hash: crypto.createHash('sha256').update(apiKey).digest('hex'),
    last4: apiKey.slice(-4),
  });
  // expect: token-logging
  console.log('api key created', { account: ctx.state.user.accountId, apiKey });
  ctx.status = 201;
  ctx.body = { apiKey };
});

// ok: missing-auth
router.get('/articles/:id/raw', async (ctx) => {
  // ok: unscoped-tenant-query
  const article = await accountArticles(ctx).where({ id: ctx.params.id }).first();
  if (!article) ctx.throw(404);
  ctx.body = article;
});

// ok: missing-auth
router.get('/articles/:id/history', async (ctx) => {
  // expect: unscoped-tenant-query
  const { rows } = await db.raw('select id, title, updated_at from articles where id = ?', [ctx.params.id]);
  ctx.body = rows;
});

export default router;
