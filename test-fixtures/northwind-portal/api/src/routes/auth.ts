import { Router } from 'express';
import bcrypt from 'bcryptjs';
import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import rateLimit from 'express-rate-limit';
import { prisma } from '../db';
import { logger } from '../lib/logger';

export const authRouter = Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

// ok: missing-auth
// ok: missing-rate-limit
authRouter.post('/login', loginLimiter, async (req, res) => {
  // expect: token-logging
  logger.info({ body: req.body }, 'login attempt');
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) return res.status(401).json({ error: 'invalid credentials' });
  // ok: token-logging
  logger.info({ userId: user.id }, 'login ok');
  const token = jwt.sign({ id: user.id, organizationId: user.organizationId, role: user.role }, process.env.JWT_SECRET!, { expiresIn: '8h' });
  res.json({ token });
});

// stores only server values (a random token, the user's id, an expiry): no request data is written
// ok: missing-auth, missing-input-validation
// ok: missing-rate-limit
authRouter.post('/forgot-password', loginLimiter, async (req, res) => {
  const email = String(req.body.email ?? '');
  const user = await prisma.user.findUnique({ where: { email } });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    await prisma.passwordResetToken.create({ data: { token: resetToken, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    // expect: token-logging
    logger.info(`reset token ${resetToken} for ${email}`);
  }
  res.json({ sent: true });
});
