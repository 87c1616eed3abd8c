import Router from '@koa/router';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { db } from '../db.js';
import { loginThrottle } from '../middleware/throttle.js';

export const publicRouter = new Router();

const Credentials = z.object({ email: z.string().email(), password: z.string().min(8) });
const Signup = Credentials.extend({ name: z.string().min(1).max(100), orgName: z.string().min(2) });

publicRouter.get('/health', async (ctx) => {
  await db.raw('select 1');
  ctx.body = { ok: true };
});

// ok: missing-auth, missing-rate-limit
publicRouter.post('/auth/login', loginThrottle, async (ctx) => {
  const { email, password } = Credentials.parse(ctx.request.body);
  const user = await db('users').where({ email }).first();
  if (!user || !(await bcrypt.compare(password, user.password_hash))) {
    ctx.throw(401, 'invalid credentials');
  }
  ctx.body = {
    token: jwt.sign({ sub: user.id, email: user.email, su: user.is_superuser }, process.env.JWT_SECRET as string, {
      expiresIn: '12h',
    }),
  };
});

// expect: missing-rate-limit
publicRouter.post('/auth/signup', async (ctx) => {
  const input = Signup.parse(ctx.request.body);
  const passwordHash = await bcrypt.hash(input.password, 12);
  const userId = await db.transaction(async (trx) => {
    const [user] = await trx('users')
      .insert({ email: input.email, name: input.name, password_hash: passwordHash })
      .returning('id');
    const [org] = await trx('orgs').insert({ name: input.orgName }).returning('id');
    await trx('memberships').insert({ org_id: org.id, user_id: user.id, role: 'owner' });
    return user.id;
  });
  ctx.status = 201;
  ctx.body = { id: userId };
});

// read-only share links: the token is 21 random characters made by nanoid
// ok: missing-auth
publicRouter.get('/s/:token', async (ctx) => {
  const doc = await db('documents')
    .select('title', 'body', 'updated_at')
    .where('share_token', ctx.params.token)
    .whereNotNull('share_token')
    .first();
  if (!doc) ctx.throw(404);
  ctx.body = doc;
});
