import { sql } from 'slonik';
import { z } from 'zod';

import type { ManagementRouter, RouterInitArgs } from './types.js';

const Application = z.object({ id: z.string(), name: z.string(), type: z.string() });

export default function applicationRoutes<T extends ManagementRouter>(...[router, { pool }]: RouterInitArgs<T>) {
  router.get('/applications', async (ctx, next) => {
    // ok: unscoped-tenant-query
    ctx.body = await pool.any(sql.type(Application)`select id, name, type from applications order by created_at desc`);
    return next();
  });

  router.get('/applications/:id', async (ctx, next) => {
    // ok: unscoped-tenant-query
    ctx.body = await pool.one(sql.type(Application)`select id, name, type from applications where id = ${ctx.params.id}`);
    return next();
  });

  // ok: missing-auth
  router.delete('/applications/:id', async (ctx, next) => {
    // ok: unscoped-tenant-query
    await pool.query(sql.unsafe`delete from applications where id = ${ctx.params.id}`);
    ctx.status = 204;
    return next();
  });
}
