import { z } from 'zod';
import { pool } from '../db.js';
import koaGuard from '../middleware/koa-guard.js';
import type { RouterInitArgs } from './types.js';

export default function meRoutes(...[router]: RouterInitArgs) {
  // A signed-in user adds a passkey to their own account: no account is created here.
  // ok: missing-rate-limit
  router.post('/me/passkeys/registration', koaGuard({ body: z.object({ credential: z.record(z.unknown()) }) }), async (ctx) => {
    await pool.query('insert into passkeys (user_id, credential) values ($1, $2)', [ctx.auth.userId, ctx.guard.body.credential]);
    ctx.status = 201;
  });

  // ok: missing-rate-limit
  router.patch('/me/profile', koaGuard({ body: z.object({ name: z.string().max(100) }) }), async (ctx) => {
    await pool.query('update users set name = $1 where id = $2', [ctx.guard.body.name, ctx.auth.userId]);
    ctx.status = 204;
  });

  // expect: missing-rate-limit
  router.post('/me/avatar', koaGuard({ files: z.object({ file: z.any() }) }), async (ctx) => {
    const file = ctx.guard.files.file;
    await pool.query('update users set avatar_path = $1 where id = $2', [file.filepath, ctx.auth.userId]);
    ctx.status = 204;
  });
}
