import { pool } from '../../db.js';
import type { RouterInitArgs } from '../types.js';
import memberRoutes from './members.js';

export default function tenantRoutes(...args: RouterInitArgs) {
  const [router, { queries }] = args;

  // ok: missing-auth
  router.get('/tenants/current', async (ctx) => {
    const { rows } = await pool.query('select id, name, region from tenants where id = $1', [ctx.auth.tenantId]);
    ctx.body = rows[0];
  });

  memberRoutes(router, queries);
}
