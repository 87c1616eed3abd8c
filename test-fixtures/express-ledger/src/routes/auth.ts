import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import jwt from 'jsonwebtoken';
import { prisma } from '../lib/prisma';
import { logger, mask } from '../lib/logger';

const router = Router();
const limiter = rateLimit({ windowMs: 60_000, limit: 5 });

// ok: missing-auth
// ok: missing-rate-limit
router.post('/login', limiter, async (req, res) => {
  const { email, password } = req.body;
  // expect: token-logging
  console.log(`login attempt ${email} / ${password}`);
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return res.status(401).json({ message: 'Invalid credentials' });
  const token = jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET as string);
  // ok: token-logging
  logger.info({ userId: user.id, token: mask(token) }, 'issued token');
  // expect: token-logging
  logger.debug('issued token ' + token);
  res.json({ token });
});

// ok: missing-auth
// expect: missing-input-validation
// ok: missing-rate-limit
router.post('/signup', limiter, async (req, res) => {
  const user = await prisma.user.create({ data: { email: req.body.email, passwordHash: 'x' } });
  // ok: token-logging
  logger.info({ userId: user.id }, 'signed up');
  res.status(201).json({ id: user.id });
});

export default router;
