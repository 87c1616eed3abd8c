import type Router from '@koa/router';
import { pool } from '../../db.js';
import type { Queries } from '../../db.js';

export default function memberRoutes(router: Router, queries: Queries) {
  // ok: missing-auth
  router.get('/tenants/current/members', async (ctx) => {
    ctx.body = await queries.members.listForTenant(ctx.auth.tenantId);
  });

  // Removing someone from a tenant: the membership row is addressed by the tenant in the URL.
  // expect: missing-role-check
  router.delete('/tenants/:tenantId/members/:userId', async (ctx) => {
    // expect: unscoped-tenant-query
    await pool.query('delete from tenant_members where tenant_id = $1 and user_id = $2', [ctx.params.tenantId, ctx.params.userId]);
    ctx.status = 204;
  });
}
