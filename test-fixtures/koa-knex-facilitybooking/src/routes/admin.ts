import Router from '@koa/router';
import { z } from 'zod';
import { db } from '../lib/db';
import { currentUser } from '../services/tenantScope';

export const adminRouter = new Router();

// ok: missing-auth, missing-role-check
adminRouter.get('/users', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('users').where({ tenant_id: currentUser(ctx).tenantId }).select('id', 'email', 'role');
});

// ok: missing-role-check, missing-input-validation
adminRouter.patch('/users/:id/role', async (ctx) => {
  const { role } = z.object({ role: z.enum(['member', 'manager', 'admin']) }).parse(ctx.request.body);
  // ok: unscoped-tenant-query
  await db('users').where({ id: ctx.params.id, tenant_id: currentUser(ctx).tenantId }).update({ role });
  ctx.status = 204;
});

export const usersRouter = new Router();

// ok: missing-auth
usersRouter.get('/me', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await db('users').where({ id: currentUser(ctx).sub }).first('id', 'email', 'role', 'tenant_id');
});

// ok: missing-input-validation
usersRouter.put('/me/locale', async (ctx) => {
  const { locale } = z.object({ locale: z.enum(['en', 'de', 'fr']) }).parse(ctx.request.body);
  // a display preference, not a credential
  // ok: insecure-cookie
  ctx.cookies.set('fb_locale', locale, { httpOnly: false, maxAge: 365 * 24 * 3600 * 1000 });
  ctx.status = 204;
});

// managers remove people who left the club; the admin-only guard lives on adminRouter, not here
// expect: missing-role-check
usersRouter.delete('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  await db('users').where({ id: ctx.params.id, tenant_id: currentUser(ctx).tenantId }).del();
  ctx.status = 204;
});
