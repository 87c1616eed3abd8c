import Router from '@koa/router';
import { db } from '../db.js';
import { logger } from '../logger.js';

const router = new Router();

// expect: missing-input-validation
router.patch('/me', async (ctx) => {
  // ok: unscoped-tenant-query
  await db('users').where({ id: ctx.state.user.id }).update(ctx.request.body);
  ctx.status = 204;
});

// ok: missing-auth
router.get('/shared-articles', async (ctx) => {
  const accountId = ctx.get('x-account-id');
  // expect: unscoped-tenant-query
  ctx.body = await db('articles').where({ account_id: accountId }).select('id', 'title', 'status');
});

router.get('/articles/:id/check', async (ctx) => {
  // expect: unscoped-tenant-query
  const article = await db('articles').where({ id: ctx.params.id }).first();
  if (!article || article.account_id !== Number(ctx.query.accountId)) ctx.throw(404);
  ctx.body = article;
});

router.post('/articles/:id/archive', async (ctx) => {
  // ok: unscoped-tenant-query
  const article = await db('articles').where({ id: ctx.params.id }).first();
  ctx.assert(article && article.account_id === ctx.state.user.accountId, 404, 'Not found');
  await db('articles').where({ id: article.id }).update({ status: 'archived' });
  ctx.status = 204;
});

router.post('/articles/:id/translate', async (ctx) => {
  try {
    // ok: unscoped-tenant-query
    const article = await db('articles').where({ id: ctx.params.id, account_id: ctx.state.user.accountId }).first();
    if (!article) ctx.throw(404);
    ctx.body = { queued: true, id: article.id };
  } catch (err) {
    if (err.status === 404) throw err;
    if (err.name === 'ValidationError') {
      ctx.status = 422;
      // ok: error-details-leak
      ctx.body = { error: err.message };
      return;
    }
    logger.error({ err }, 'translate failed');
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: err.message };
  }
});

export default router;
