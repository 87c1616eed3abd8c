import Router from 'koa-router';
import ratelimit from 'koa-ratelimit';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';
import { z } from 'zod';
import { AppDataSource } from '../data-source';
import { User } from '../entity/User';
import { Tenant } from '../entity/Tenant';
import { logger } from '../logger';

const router = new Router({ prefix: '/auth' });
const users = () => AppDataSource.getRepository(User);

const loginLimit = ratelimit({ driver: 'memory', db: new Map(), duration: 60_000, max: 10, id: (ctx) => ctx.ip });

const Register = z.object({ company: z.string().min(2), email: z.string().email(), password: z.string().min(12) });

function issue(user: User) {
  return jwt.sign({ sub: user.id, tenantId: user.tenantId, role: user.role }, process.env.JWT_SECRET as string, { algorithm: 'HS256', expiresIn: '15m' });
}

// the user row gets only a server-made token hash before it is saved
// ok: missing-rate-limit, missing-auth, missing-input-validation
router.post('/login', loginLimit, async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  const user = await users().findOneBy({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) ctx.throw(401, 'Invalid credentials');
  const refresh = crypto.randomBytes(48).toString('base64url');
  user.refreshTokenHash = crypto.createHash('sha256').update(refresh).digest('hex');
  await users().save(user);
  // ok: insecure-cookie
  ctx.cookies.set('refresh_token', refresh, { httpOnly: true, secure: true, sameSite: 'strict', path: '/auth' });
  if ((ctx.request.body as any).rememberDevice) {
    // expect: insecure-cookie
    ctx.cookies.set('remember_device', crypto.randomUUID(), { httpOnly: false, maxAge: 90 * 86400_000 });
  }
  logger.info({ userId: user.id }, 'login ok');
  ctx.body = { accessToken: issue(user) };
});

// expect: missing-rate-limit
router.post('/register', async (ctx) => {
  const input = Register.parse(ctx.request.body);
  const tenant = await AppDataSource.getRepository(Tenant).save({ name: input.company });
  const user = users().create({ tenantId: tenant.id, email: input.email, passwordHash: await bcrypt.hash(input.password, 12), role: 'owner' });
  await users().save(user);
  ctx.status = 201;
  ctx.body = { accessToken: issue(user) };
});

// the mobile app posts its long-lived token here to get a new access token
// expect: missing-rate-limit
router.post('/token', async (ctx) => {
  const { refreshToken } = ctx.request.body as { refreshToken: string };
  // expect: token-logging
  logger.info(`token refresh requested with ${refreshToken}`);
  // expect: insecure-jwt
  const claims = jwt.decode(refreshToken) as { sub: string } | null;
  if (!claims) ctx.throw(401);
  const user = await users().findOneByOrFail({ id: claims.sub });
  ctx.body = { accessToken: issue(user) };
});

export default router;
