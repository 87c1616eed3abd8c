import Router from '@koa/router';
import Joi from 'joi';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { User, Company } from '../models/index.js';
import { validateBody } from '../middleware/validate.js';
import { limitAuth } from '../middleware/limits.js';

const LoginSchema = Joi.object({ email: Joi.string().email().required(), password: Joi.string().min(8).required() });
const SignupSchema = LoginSchema.keys({ companyName: Joi.string().min(2).max(120).required() });

export const authRouter = new Router({ prefix: '/auth' });

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/login', limitAuth, validateBody(LoginSchema), async (ctx) => {
  const { email, password } = ctx.request.body as { email: string; password: string };
  // expect: token-logging
  console.log('login attempt', ctx.request.body);
  const user = await User.query().findOne({ email });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) ctx.throw(401, 'invalid credentials');
  const token = jwt.sign({ sub: user.id, companyId: user.companyId, role: user.role }, process.env.JWT_SECRET!, {
    algorithm: 'HS256',
    expiresIn: '8h',
  });
  // expect: insecure-cookie
  ctx.cookies.set('fd_session', token, { httpOnly: false, sameSite: 'lax' });
  ctx.body = { token };
});

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
authRouter.post('/register', validateBody(SignupSchema), async (ctx) => {
  const { email, password, companyName } = ctx.request.body as { email: string; password: string; companyName: string };
  const user = await User.transaction(async (trx) => {
    const company = await Company.query(trx).insert({ name: companyName, plan: 'starter' });
    return User.query(trx).insert({ email, passwordHash: await bcrypt.hash(password, 12), companyId: company.id, role: 'admin' });
  });
  ctx.status = 201;
  ctx.body = { id: user.id };
});

// ok: missing-auth
authRouter.post('/logout', async (ctx) => {
  ctx.cookies.set('fd_session', null);
  ctx.status = 204;
});
