import type Router from 'koa-router';
import { sql } from 'slonik';
import { z } from 'zod';

import type { TenantContext } from '../../tenant.js';
import { signInRoutes } from '../const.js';

export default function codeVerificationRoutes(router: Router, { pool }: TenantContext) {
  // expect: missing-rate-limit
  router.post(`${signInRoutes.verification}/otp`, async (ctx, next) => {
    const { email, code } = z.object({ email: z.string().email(), code: z.string().length(6) }).parse(ctx.request.body);
    const row = await pool.maybeOne(sql.unsafe`select id from passcodes where email = ${email} and code = ${code} and consumed = false`);
    if (!row) {
      ctx.throw(400, 'wrong code');
    }
    await pool.query(sql.unsafe`update passcodes set consumed = true where id = ${row.id}`);
    ctx.status = 204;
    return next();
  });
}
