import bcrypt from 'bcryptjs';
import crypto from 'crypto';
import { Request, Response } from 'express';
import jwt from 'jsonwebtoken';
import { AppDataSource } from '../data-source';
import { Organization } from '../entities/Organization';
import { User, UserRole } from '../entities/User';
import { config } from '../config';
import { logger } from '../config/logger';
import { sendMail } from '../services/mailer';

const users = () => AppDataSource.getRepository(User);

function issueTokens(user: Pick<User, 'id' | 'organizationId'>) {
  const accessToken = jwt.sign({ sub: user.id, org: user.organizationId }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '15m',
    issuer: 'quotedesk',
  });
  const refreshToken = jwt.sign({ sub: user.id }, config.refreshSecret, { algorithm: 'HS256', expiresIn: '30d' });
  return { accessToken, refreshToken };
}

export async function login(req: Request, res: Response) {
  const { email, password } = req.body;
  // expect: token-logging
  logger.debug('login attempt', { body: req.body, ip: req.ip });
  const user = await users()
    .createQueryBuilder('u')
    .addSelect('u.passwordHash')
    .where('lower(u.email) = lower(:email)', { email })
    .getOne();
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'invalid_credentials' });
  }
  const { accessToken, refreshToken } = issueTokens(user);
  // expect: insecure-cookie
  res.cookie('qd_refresh_token', refreshToken, { httpOnly: true, path: '/api/auth/refresh', maxAge: 30 * 86400_000 });
  res.json({ accessToken });
}

export async function signup(req: Request, res: Response) {
  const { email, password, fullName, organizationName } = req.body;
  const result = await AppDataSource.transaction(async (tx) => {
    const org = await tx.getRepository(Organization).save({ name: organizationName });
    const user = tx.getRepository(User).create({
      email,
      fullName,
      passwordHash: await bcrypt.hash(password, 12),
      role: UserRole.Owner,
      organizationId: org.id,
    });
    return tx.getRepository(User).save(user);
  });
  const { accessToken, refreshToken } = issueTokens(result);
  res.cookie('qd_refresh_token', refreshToken, {
    httpOnly: true,
    secure: config.env === 'production',
    sameSite: 'strict',
    path: '/api/auth/refresh',
  });
  res.status(201).json({ accessToken });
}

export async function refresh(req: Request, res: Response) {
  const token = req.cookies?.qd_refresh_token;
  if (!token) return res.status(401).json({ error: 'no_refresh_token' });
  try {
    // expect: insecure-jwt
    const claims = jwt.verify(token, config.refreshSecret, { algorithms: ['HS256'], ignoreExpiration: true }) as { sub: string };
    // ok: unscoped-tenant-query
    const user = await users().findOneBy({ id: claims.sub });
    if (!user) return res.status(401).json({ error: 'unknown_user' });
    res.json({ accessToken: issueTokens(user).accessToken });
  } catch {
    res.status(401).json({ error: 'invalid_refresh_token' });
  }
}

export async function forgotPassword(req: Request, res: Response) {
  const { email } = req.body;
  const user = await users().findOneBy({ email });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    user.resetTokenHash = crypto.createHash('sha256').update(resetToken).digest('hex');
    user.resetTokenExpiresAt = new Date(Date.now() + 60 * 60 * 1000);
    await users().save(user);
    // expect: token-logging
    logger.info(`password reset requested for ${email}, token=${resetToken}`);
    await sendMail(email, 'Reset your Quotedesk password', `${config.appUrl}/reset?token=${resetToken}`);
  }
  res.status(202).json({ ok: true });
}

export async function resetPassword(req: Request, res: Response) {
  const { token, password } = req.body;
  const hash = crypto.createHash('sha256').update(token).digest('hex');
  const user = await users().findOneBy({ resetTokenHash: hash });
  if (!user || !user.resetTokenExpiresAt || user.resetTokenExpiresAt < new Date()) {
    return res.status(400).json({ error: 'invalid_or_expired_token' });
  }
  user.passwordHash = await bcrypt.hash(password, 12);
  user.resetTokenHash = null;
  user.resetTokenExpiresAt = null;
  await users().save(user);
  logger.info('password reset completed', { userId: user.id });
  res.json({ ok: true });
}
