import { z } from 'zod';
import koaGuard from '../middleware/koa-guard.js';
import type { RouterInitArgs } from './types.js';

export default function applicationRoutes(...[router, { queries }]: RouterInitArgs) {
  // ok: missing-auth, unscoped-tenant-query
  router.get('/applications', async (ctx) => {
    ctx.body = await queries.apps.listForTenant(ctx.auth.tenantId);
  });

  // ok: missing-auth, unscoped-tenant-query, missing-rate-limit
  router.get('/applications/:id', koaGuard({ params: z.object({ id: z.string().min(1) }) }), async (ctx) => {
    const app = await queries.apps.findForTenant(ctx.auth.tenantId, ctx.guard.params.id);
    if (!app) ctx.throw(404, 'entity.not_found');
    ctx.body = app;
  });

  // ok: missing-auth, missing-rate-limit, missing-input-validation
  router.post('/applications', koaGuard({ body: z.object({ name: z.string().min(1).max(128), type: z.enum(['spa', 'native', 'm2m']) }) }), async (ctx) => {
    const { name, type } = ctx.guard.body;
    ctx.status = 201;
    ctx.body = await queries.apps.insert(ctx.auth.tenantId, name, type);
  });
}
