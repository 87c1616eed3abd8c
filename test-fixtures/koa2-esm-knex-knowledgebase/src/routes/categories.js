import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db.js';

const router = new Router();

function inAccount(query, accountId) {
  query.where('account_id', accountId);
}

const categorySchema = Joi.object({ name: Joi.string().min(2).max(60).required() });

// ok: missing-auth
router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('categories').modify(inAccount, ctx.state.user.accountId).orderBy('name');
});

// ok: missing-input-validation
router.post('/', async (ctx) => {
  const { name } = await categorySchema.validateAsync(ctx.request.body);
  const [row] = await db('categories').insert({ name, account_id: ctx.state.user.accountId }).returning('*');
  ctx.status = 201;
  ctx.body = row;
});

// ok: missing-input-validation
router.post('/merge', async (ctx) => {
  const { from, into } = await Joi.object({ from: Joi.array().items(Joi.number()).max(50).required(), into: Joi.number().required() }).validateAsync(ctx.request.body);
  await db.transaction(async (trx) => {
    // ok: unscoped-tenant-query
    const target = await trx('categories').where({ id: into, account_id: ctx.state.user.accountId }).first();
    if (!target) ctx.throw(404);
    // expect: unscoped-tenant-query
    await trx('articles').whereIn('category_id', from).update({ category_id: target.id });
    // ok: unscoped-tenant-query
    await trx('categories').whereIn('id', from).andWhere('account_id', ctx.state.user.accountId).del();
  });
  ctx.status = 204;
});

// ok: missing-auth
router.get('/:id/articles', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await db.select('id', 'title').from('articles').where('category_id', ctx.params.id);
});

// ok: missing-auth
router.get('/:id/stats', async (ctx) => {
  // ok: unscoped-tenant-query
  const category = await db('categories').where({ id: ctx.params.id }).andWhere('account_id', ctx.state.user.accountId).first();
  if (!category) ctx.throw(404);
  // ok: unscoped-tenant-query
  const [{ count }] = await db('articles').where({ category_id: category.id }).count('id as count');
  ctx.body = { id: category.id, articles: Number(count) };
});

export default router;
