import Router from '@koa/router';
import { db } from '../lib/db';

export const statusRouter = new Router();

// ok: missing-auth
statusRouter.get('/status', async (ctx) => {
  await db.raw('select 1');
  ctx.body = { status: 'ok', version: process.env.npm_package_version };
});

export const publicRouter = new Router();

// booking widget on the tenant's marketing site: free/busy only, no names
// ok: missing-auth
publicRouter.get('/facilities/:tenantSlug', async (ctx) => {
  ctx.body = await db('facilities')
    .join('tenants', 'tenants.id', 'facilities.tenant_id')
    .where({ 'tenants.slug': ctx.params.tenantSlug, 'facilities.is_public': true })
    .select('facilities.id', 'facilities.name', 'facilities.capacity');
});
