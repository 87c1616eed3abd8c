import type Router from 'koa-router';
import { sql } from 'slonik';
import { z } from 'zod';

import type { TenantContext } from '../../tenant.js';
import { signInRoutes } from '../const.js';
import { verifyPassword } from './hash.js';

const Body = z.object({ username: z.string().min(1), password: z.string().min(1) });

export default function passwordVerificationRoutes(router: Router, { pool, provider }: TenantContext) {
  // expect: missing-rate-limit
  router.post(`${signInRoutes.verification}/password`, async (ctx, next) => {
    const { username, password } = Body.parse(ctx.request.body);
    const user = await pool.maybeOne(sql.unsafe`select id, password_hash from users where username = ${username}`);
    if (!user || !(await verifyPassword(password, user.password_hash))) {
      ctx.throw(422, 'invalid credentials');
    }
    await provider.interactionResult(ctx.req, ctx.res, { login: { accountId: user.id } });
    ctx.status = 204;
    return next();
  });
}
