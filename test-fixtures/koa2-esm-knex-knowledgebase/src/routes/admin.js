import Router from '@koa/router';
import Joi from 'joi';
import { db } from '../db.js';
import { requireRole } from '../middleware/auth.js';

export const adminRouter = new Router();
adminRouter.use(requireRole('owner', 'admin'));

// ok: missing-role-check
adminRouter.get('/users', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('users').where({ account_id: ctx.state.user.accountId }).select('id', 'email', 'name', 'role');
});

// ok: missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', async (ctx) => {
  const { role } = await Joi.object({ role: Joi.string().valid('owner', 'admin', 'editor', 'viewer').required() }).validateAsync(
    ctx.request.body,
  );
  // ok: unscoped-tenant-query
  const n = await db('users').where({ id: ctx.params.id, account_id: ctx.state.user.accountId }).update({ role });
  if (!n) ctx.throw(404);
  ctx.body = { id: Number(ctx.params.id), role };
});

// ok: missing-role-check
adminRouter.delete('/users/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  await db('users').where({ id: ctx.params.id, account_id: ctx.state.user.accountId }).del();
  ctx.status = 204;
});

// expect: missing-rate-limit
adminRouter.get('/export.csv', async (ctx) => {
  // expect: unscoped-tenant-query
  const rows = await db('articles').select('id', 'title', 'status', 'helpful_count');
  ctx.type = 'text/csv';
  ctx.attachment('articles.csv');
  ctx.body = ['id,title,status,helpful', ...rows.map((r) => `${r.id},"${r.title}",${r.status},${r.helpful_count}`)].join('\n');
});

// routes for team management that were split out later and mounted without the admin gate
export const teamRouter = new Router();

// expect: missing-role-check
teamRouter.delete('/members/:userId', async (ctx) => {
  // ok: unscoped-tenant-query
  await db('users').where({ id: ctx.params.userId, account_id: ctx.state.user.accountId }).del();
  ctx.status = 204;
});

// expect: missing-role-check
teamRouter.post('/members/:userId/role', async (ctx) => {
  const role = ['admin', 'editor', 'viewer'].includes(ctx.request.body.role) ? ctx.request.body.role : 'viewer';
  // ok: unscoped-tenant-query
  await db('users').where({ id: ctx.params.userId, account_id: ctx.state.user.accountId }).update({ role });
  ctx.body = { role };
});

// ok: missing-auth
teamRouter.get('/members', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('users').where('account_id', ctx.state.user.accountId).select('id', 'name', 'role');
});
