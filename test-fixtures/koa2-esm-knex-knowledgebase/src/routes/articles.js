import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db.js';
import { requireRole } from '../middleware/auth.js';
import commentsRouter from './comments.js';

const router = new Router();

const articleSchema = Joi.object({
  title: Joi.string().min(3).max(200).required(),
  body: Joi.string().max(100_000).required(),
  categoryId: Joi.number().integer().allow(null),
});

router.param('articleId', async (id, ctx, next) => {
  // ok: unscoped-tenant-query
  const article = await db('articles').where({ id, account_id: ctx.state.user.accountId }).first();
  if (!article) ctx.throw(404, 'Article not found');
  ctx.state.article = article;
  return next();
});

// ok: missing-auth
router.get('/', async (ctx) => {
  const q = db('articles').where({ account_id: ctx.state.user.accountId }).orderBy('updated_at', 'desc');
  if (ctx.query.status) q.andWhere({ status: String(ctx.query.status) });
  // ok: unscoped-tenant-query
  ctx.body = await q;
});

// ok: missing-auth
router.get('/:articleId', async (ctx) => {
  ctx.body = ctx.state.article;
});

// ok: missing-input-validation
router.post('/', async (ctx) => {
  const input = await articleSchema.validateAsync(ctx.request.body);
  const [article] = await db('articles')
    .insert({
      account_id: ctx.state.user.accountId,
      author_id: ctx.state.user.id,
      title: input.title,
      body: input.body,
      category_id: input.categoryId ?? null,
    })
    .returning('*');
  ctx.status = 201;
  ctx.body = article;
});

// expect: missing-input-validation
router.put('/:articleId', async (ctx) => {
  const { title, body, category_id } = ctx.request.body;
  // ok: unscoped-tenant-query
  await db('articles').where({ id: ctx.state.article.id }).update({ title, body, category_id, updated_at: db.fn.now() });
  ctx.body = { ok: true };
});

// ok: missing-role-check
router.post('/:articleId/publish', requireRole('owner', 'admin'), async (ctx) => {
  await db('articles').where({ id: ctx.state.article.id }).update({ status: 'published' });
  ctx.body = { published: true };
});

router.delete('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  await db('articles').where({ id: ctx.params.id }).del();
  ctx.status = 204;
});

// ok: missing-auth
router.get('/by-category/:categoryId', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await db('articles').where({ category_id: ctx.params.categoryId }).select('id', 'title', 'status');
});

router.post('/:id/duplicate', async (ctx) => {
  // ok: unscoped-tenant-query
  const source = await db('articles').where({ id: ctx.params.id }).first();
  if (!source || source.account_id !== ctx.state.user.accountId) ctx.throw(404);
  const [copy] = await db('articles')
    .insert({ account_id: source.account_id, author_id: ctx.state.user.id, title: `${source.title} (copy)`, body: source.body, category_id: source.category_id })
    .returning('*');
  ctx.status = 201;
  ctx.body = copy;
});

router.use('/:articleId/comments', commentsRouter.routes(), commentsRouter.allowedMethods());

export default router;
