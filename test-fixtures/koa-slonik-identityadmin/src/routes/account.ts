import { sql } from 'slonik';
import { z } from 'zod';

import { accountApiPrefix } from './const.js';
import type { ManagementRouter, RouterInitArgs } from './types.js';

const ProfilePatch = z.object({ name: z.string().max(128).optional(), avatar: z.string().url().optional() });

export default function accountRoutes<T extends ManagementRouter>(...[router, { pool }]: RouterInitArgs<T>) {
  router.get(`${accountApiPrefix}`, async (ctx, next) => {
    ctx.body = await pool.one(sql.unsafe`select id, name, avatar from users where id = ${ctx.auth.id}`);
    return next();
  });

  // ok: missing-auth
  router.patch(`${accountApiPrefix}`, async (ctx, next) => {
    const patch = ProfilePatch.parse(ctx.request.body);
    await pool.query(sql.unsafe`update users set name = ${patch.name ?? null}, avatar = ${patch.avatar ?? null} where id = ${ctx.auth.id}`);
    ctx.status = 204;
    return next();
  });
}
