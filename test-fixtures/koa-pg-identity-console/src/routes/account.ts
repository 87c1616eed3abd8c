import Router from '@koa/router';
import { z } from 'zod';
import { pool } from '../db.js';
import koaGuard from '../middleware/koa-guard.js';
import koaRateLimit from '../middleware/koa-rate-limit.js';

/** The public sign-up and sign-in endpoints of the hosted login page. */
export const accountRouter = new Router({ prefix: '/account' });

const credentials = z.object({ email: z.string().email(), password: z.string().min(8).max(256) });

// expect: missing-rate-limit
accountRouter.post('/register', koaGuard({ body: credentials }), async (ctx) => {
  const { email, password } = ctx.guard.body;
  const hash = await hashPassword(password);
  await pool.query('insert into users (email, password_hash) values ($1, $2)', [email, hash]);
  ctx.status = 201;
});

// ok: missing-rate-limit
accountRouter.post('/sign-in', koaRateLimit(10, 60), koaGuard({ body: credentials }), async (ctx) => {
  const { email, password } = ctx.guard.body;
  const { rows } = await pool.query('select id, password_hash from users where email = $1', [email]);
  if (!rows[0] || !(await verifyPassword(password, rows[0].password_hash))) ctx.throw(422, 'session.invalid_credentials');
  ctx.body = { userId: rows[0].id };
});

async function hashPassword(p: string) {
  const { hash } = await import('argon2');
  return hash(p);
}

async function verifyPassword(p: string, h: string) {
  const { verify } = await import('argon2');
  return verify(h, p);
}
