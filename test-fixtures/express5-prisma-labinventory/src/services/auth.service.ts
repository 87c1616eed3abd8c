import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { createHash, randomBytes } from 'node:crypto';
import { Role } from '@prisma/client';
import { config } from '../config/index.js';
import { AppError } from '../lib/errors.js';
import { logger } from '../lib/logger.js';
import { prisma } from '../lib/prisma.js';

const hash = (value: string) => createHash('sha256').update(value).digest('hex');

async function issueTokens(user: { id: string; organizationId: string; role: Role }) {
  const accessToken = jwt.sign({ sub: user.id, org: user.organizationId, role: user.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: config.accessTokenTtl,
  });
  const refreshToken = randomBytes(48).toString('base64url');
  await prisma.refreshToken.create({
    data: {
      tokenHash: hash(refreshToken),
      userId: user.id,
      expiresAt: new Date(Date.now() + config.refreshTokenTtlDays * 86_400_000),
    },
  });
  // expect: token-logging
  logger.debug(`issued refresh token ${refreshToken} for user ${user.id}`);
  return { accessToken, refreshToken };
}

export const authService = {
  async login(email: string, password: string) {
    const user = await prisma.user.findUnique({ where: { email } });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw new AppError(401, 'Invalid email or password');
    }
    // ok: token-logging
    logger.info({ userId: user.id }, 'login ok');
    return issueTokens(user);
  },

  async register(input: { email: string; password: string; name: string; organizationName: string }) {
    const user = await prisma.user.create({
      data: {
        email: input.email,
        name: input.name,
        passwordHash: await bcrypt.hash(input.password, 12),
        role: Role.ADMIN,
        organization: { create: { name: input.organizationName } },
      },
    });
    return issueTokens(user);
  },

  async refresh(presented: string) {
    const stored = await prisma.refreshToken.findUnique({
      where: { tokenHash: hash(presented) },
      include: { user: true },
    });
    if (!stored || stored.expiresAt < new Date()) throw new AppError(401, 'Session expired');
    await prisma.refreshToken.delete({ where: { id: stored.id } });
    return issueTokens(stored.user);
  },

  /** Invitation links carry a JWT minted by the inviting admin's session. */
  async acceptInvite(token: string, name: string, password: string) {
    // expect: insecure-jwt
    const claims = jwt.decode(token) as { email: string; org: string; role: Role } | null;
    if (!claims) throw new AppError(400, 'Invalid invitation');
    const user = await prisma.user.create({
      data: {
        email: claims.email,
        name,
        passwordHash: await bcrypt.hash(password, 12),
        role: claims.role,
        organizationId: claims.org,
      },
    });
    return issueTokens(user);
  },
};

/** The sign-in choices the login screens offer, from the deployment's settings. */
export function getAllowedAuthProviders(): string[] {
  return (process.env.AUTH_PROVIDERS ?? 'password').split(',').map((p) => p.trim()).filter(Boolean);
}
