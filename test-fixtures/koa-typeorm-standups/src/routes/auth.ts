import Router from '@koa/router';
import Joi from 'joi';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import { users, teams } from '../data-source';
import { Role } from '../entities/User';
import { config } from '../lib/config';
import { authLimiter } from '../middleware/limits';
import { logger } from '../lib/logger';

export const authRouter = new Router({ prefix: '/auth' });

const loginSchema = Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() });

// ok: missing-rate-limit, missing-auth
authRouter.post('/login', authLimiter, async (ctx) => {
  const { value, error } = loginSchema.validate(ctx.request.body);
  if (error) ctx.throw(400, error.message);
  const user = await users().findOneBy({ email: value.email });
  if (!user || !(await bcrypt.compare(value.password, user.passwordHash))) {
    // expect: token-logging
    logger.warn('failed login', { body: ctx.request.body });
    ctx.throw(401, 'Invalid email or password');
  }
  const token = jwt.sign({ sub: user.id, teamId: user.teamId, role: user.role }, config.jwtSecret, { expiresIn: '12h' });
  // expect: insecure-cookie
  ctx.cookies.set('session_token', token, { httpOnly: false, sameSite: 'lax' });
  ctx.body = { token };
});

const signupSchema = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(10).required(),
  teamName: Joi.string().min(2).max(80).required(),
});

// expect: missing-rate-limit
authRouter.post('/signup', async (ctx) => {
  const input = await signupSchema.validateAsync(ctx.request.body);
  const team = await teams().save(teams().create({ name: input.teamName }));
  const user = await users().save(
    users().create({ email: input.email, passwordHash: await bcrypt.hash(input.password, 12), teamId: team.id, role: Role.Admin }),
  );
  ctx.status = 201;
  ctx.body = { id: user.id };
});

// Accept an invitation link: the token carries the team and the invited email.
// expect: missing-rate-limit, missing-input-validation
authRouter.post('/invitations/accept', async (ctx) => {
  const { token, password } = ctx.request.body as { token: string; password: string };
  // expect: insecure-jwt
  const invite = jwt.decode(token) as { email: string; teamId: string } | null;
  if (!invite) ctx.throw(400, 'Invalid invitation');
  const user = await users().save(
    users().create({ email: invite.email, passwordHash: await bcrypt.hash(password, 12), teamId: invite.teamId, role: Role.Member }),
  );
  ctx.body = { id: user.id };
});
