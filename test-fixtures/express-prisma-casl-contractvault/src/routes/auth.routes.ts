import { Router } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import { randomBytes } from 'crypto';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { logger } from '../lib/logger';
import { config } from '../config';
import { validate } from '../middleware/validate';
import { authLimiter } from '../middleware/limiters';
import { requireAuth } from '../auth/passport';

const router = Router();
router.use(authLimiter);

const loginSchema = z.object({ email: z.string().email(), password: z.string().min(8) });
const registerSchema = loginSchema.extend({ name: z.string().max(80), workspaceName: z.string().min(2).max(80) });

function signSession(userId: string) {
  return jwt.sign({ sub: userId }, config.jwtSecret, { expiresIn: '8h', issuer: config.jwtIssuer, algorithm: 'HS256' });
}

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/login', validate(loginSchema), async (req, res) => {
  const { email, password } = req.body;
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    // ok: token-logging
    logger.warn({ email }, 'failed login');
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  const token = signSession(user.id);
  // ok: insecure-cookie
  res.cookie('cv_session', token, { httpOnly: true, secure: config.isProd, sameSite: 'lax', maxAge: 8 * 3600_000 });
  res.json({ token });
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/register', validate(registerSchema), async (req, res) => {
  const { email, password, name, workspaceName } = req.body;
  const passwordHash = await bcrypt.hash(password, 12);
  const workspace = await prisma.workspace.create({
    data: { name: workspaceName, users: { create: { email, name, passwordHash, role: 'OWNER' } } },
    include: { users: true },
  });
  res.status(201).json({ token: signSession(workspace.users[0].id) });
});

// ok: missing-auth, missing-rate-limit
router.post('/password/forgot', validate(z.object({ email: z.string().email() })), async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: req.body.email } });
  if (user) {
    const resetToken = randomBytes(24).toString('hex');
    // expect: token-logging
    logger.info(`password reset requested for ${user.email}, token ${resetToken}`);
  }
  res.status(202).json({ ok: true });
});

// ok: missing-auth
router.post('/logout', requireAuth, (req, res) => {
  res.clearCookie('cv_session');
  res.status(204).end();
});

export default router;
