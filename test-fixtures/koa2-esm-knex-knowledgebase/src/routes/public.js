import Router from '@koa/router';
import { db } from '../db.js';

const router = new Router();

// ok: missing-auth
router.get('/:subdomain/articles', async (ctx) => {
  const account = await db('accounts').where({ subdomain: ctx.params.subdomain }).first('id', 'name');
  if (!account) ctx.throw(404);
  // ok: unscoped-tenant-query
  ctx.body = await db('articles').where({ account_id: account.id, status: 'published' }).select('id', 'title', 'updated_at');
});

// ok: missing-auth
router.get('/:subdomain/articles/:id', async (ctx) => {
  const article = await db('articles')
    .join('accounts', 'accounts.id', 'articles.account_id')
    .where({ 'articles.id': ctx.params.id, 'accounts.subdomain': ctx.params.subdomain, 'articles.status': 'published' })
    .first('articles.id', 'articles.title', 'articles.body');
  if (!article) ctx.throw(404);
  ctx.body = article;
});

// ok: missing-auth
router.post('/:subdomain/articles/:id/helpful', async (ctx) => {
  await db('articles').where({ id: ctx.params.id, status: 'published' }).increment('helpful_count', 1);
  ctx.status = 204;
});

// expect: missing-auth
router.get('/:subdomain/drafts', async (ctx) => {
  const account = await db('accounts').where({ subdomain: ctx.params.subdomain }).first('id');
  ctx.body = await db('articles').where({ account_id: account?.id, status: 'draft' }).select('id', 'title', 'body');
});

export default router;
