import bcrypt from 'bcryptjs';
import type { Request, Response } from 'express';
import { validationResult } from 'express-validator';
import { config } from '../lib/config';
import { logger } from '../lib/logger';
import { prisma } from '../lib/prisma';
import { hashToken, newOpaqueToken, readInviteClaims, signAccessToken } from '../lib/tokens';

const refreshCookie = { httpOnly: true, secure: config.isProd, sameSite: 'strict' as const, path: '/auth/refresh' };

async function issueSession(res: Response, user: { id: string; organizationId: string; role: 'OWNER' | 'ADMIN' | 'TUTOR' }) {
  const { token, hash } = newOpaqueToken();
  await prisma.refreshToken.create({
    data: { tokenHash: hash, userId: user.id, expiresAt: new Date(Date.now() + 30 * 86400_000) },
  });
  // ok: insecure-cookie
  res.cookie('refresh_token', token, refreshCookie);
  return signAccessToken({ sub: user.id, orgId: user.organizationId, role: user.role });
}

export async function login(req: Request, res: Response) {
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: token-logging
    logger.info({ email }, 'failed login');
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  const accessToken = await issueSession(res, user);
  // ok: token-logging
  logger.info({ userId: user.id, orgId: user.organizationId }, 'login ok');
  res.json({ accessToken });
}

export async function signup(req: Request, res: Response) {
  const { organizationName, name, email, password } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  const org = await prisma.organization.create({
    data: {
      name: organizationName,
      slug: organizationName.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      users: { create: { name, email, passwordHash, role: 'OWNER' } },
    },
    include: { users: true },
  });
  const accessToken = await issueSession(res, org.users[0]);
  res.status(201).json({ accessToken, organizationId: org.id });
}

export async function requestPasswordReset(req: Request, res: Response) {
  const email = String(req.body.email ?? '');
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    const { token, hash } = newOpaqueToken();
    await prisma.user.update({
      where: { id: user.id },
      data: { resetTokenHash: hash, resetExpiresAt: new Date(Date.now() + 3600_000) },
    });
    const resetUrl = `${config.appUrl}/reset-password?token=${token}`;
    // expect: token-logging
    logger.info(`password reset requested for ${email}: ${resetUrl}`);
  }
  res.status(202).json({ ok: true });
}

export async function resetPassword(req: Request, res: Response) {
  const errors = validationResult(req);
  if (!errors.isEmpty()) return res.status(400).json({ errors: errors.array() });
  const { token, password } = req.body;
  const user = await prisma.user.findFirst({
    where: { resetTokenHash: hashToken(token), resetExpiresAt: { gt: new Date() } },
  });
  if (!user) return res.status(400).json({ error: 'Reset link is invalid or expired' });
  await prisma.user.update({
    where: { id: user.id },
    data: { passwordHash: await bcrypt.hash(password, 12), resetTokenHash: null, resetExpiresAt: null },
  });
  res.sendStatus(204);
}

export async function acceptInvite(req: Request, res: Response) {
  const { token, name, password } = req.body;
  const claims = readInviteClaims(token);
  if (!claims) return res.status(400).json({ error: 'Invalid invitation' });
  const user = await prisma.user.create({
    data: {
      email: claims.email,
      name,
      passwordHash: await bcrypt.hash(password, 12),
      role: claims.role,
      organizationId: claims.orgId,
    },
  });
  const { token: refresh, hash } = newOpaqueToken();
  await prisma.refreshToken.create({
    data: { tokenHash: hash, userId: user.id, expiresAt: new Date(Date.now() + 30 * 86400_000) },
  });
  // expect: insecure-cookie
  res.cookie('refresh_token', refresh, { httpOnly: true, path: '/auth/refresh' });
  res.status(201).json({ accessToken: signAccessToken({ sub: user.id, orgId: user.organizationId, role: user.role }) });
}

export async function refresh(req: Request, res: Response) {
  const presented = req.cookies?.refresh_token;
  if (!presented) return res.status(401).json({ error: 'No refresh token' });
  const stored = await prisma.refreshToken.findUnique({ where: { tokenHash: hashToken(presented) } });
  if (!stored || stored.expiresAt < new Date()) return res.status(401).json({ error: 'Session expired' });
  const user = await prisma.user.findUnique({ where: { id: stored.userId } });
  if (!user) return res.status(401).json({ error: 'Session expired' });
  await prisma.refreshToken.delete({ where: { id: stored.id } });
  const accessToken = await issueSession(res, user);
  // expect: token-logging
  console.log('rotated refresh token for', user.id, presented);
  res.json({ accessToken });
}
