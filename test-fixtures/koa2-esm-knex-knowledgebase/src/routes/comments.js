import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db.js';

const router = new Router();

const commentSchema = Joi.object({ body: Joi.string().min(1).max(5000).required(), internal: Joi.boolean().default(false) });

// ok: missing-auth
router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('comments').where({ article_id: ctx.params.articleId }).orderBy('id');
});

// ok: missing-input-validation
router.post('/', async (ctx) => {
  const input = await commentSchema.validateAsync(ctx.request.body);
  const [comment] = await db('comments')
    .insert({ account_id: ctx.state.article.account_id, article_id: ctx.state.article.id, author_id: ctx.state.user.id, ...input })
    .returning('*');
  ctx.status = 201;
  ctx.body = comment;
});

// expect: missing-input-validation
router.patch('/:commentId', async (ctx) => {
  // ok: unscoped-tenant-query
  const n = await db('comments')
    .where({ id: ctx.params.commentId, article_id: ctx.state.article.id, author_id: ctx.state.user.id })
    .update({ body: ctx.request.body.body });
  ctx.status = n ? 204 : 404;
});

// ok: missing-role-check
router.delete('/:commentId', async (ctx) => {
  ctx.assert(['owner', 'admin'].includes(ctx.state.user.role), 403, 'Only admins can delete comments');
  // ok: unscoped-tenant-query
  await db('comments').where({ id: ctx.params.commentId, account_id: ctx.state.user.accountId }).del();
  ctx.status = 204;
});

export default router;
