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

  // the signed-in user's factor preferences: no code is entered here
  // ok: missing-rate-limit
  router.put(`${accountApiPrefix}/mfa/mfa-skipped`, async (ctx, next) => {
    await pool.query(sql.unsafe`update users set mfa_skipped = true where id = ${ctx.auth.id}`);
    ctx.status = 204;
    return next();
  });

  // the code a user types to finish enrolling an authenticator app can be guessed at
  // expect: missing-rate-limit
  router.post(`${accountApiPrefix}/mfa/totp/verify`, async (ctx, next) => {
    const { code } = z.object({ code: z.string().length(6) }).parse(ctx.request.body);
    const factor = await pool.maybeOne(sql.unsafe`select secret from user_factors where user_id = ${ctx.auth.id} and type = 'totp'`);
    ctx.status = factor && code ? 204 : 422;
    return next();
  });
}
