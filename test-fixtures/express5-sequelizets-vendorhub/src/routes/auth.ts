import { Router } from 'express';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import crypto from 'node:crypto';
import { body } from 'express-validator';
import { config } from '../config.js';
import { logger } from '../logger.js';
import { User, Organization, Role, sequelize } from '../models/index.js';
import { loginLimiter } from '../middleware/limits.js';
import { handleValidation } from '../middleware/validate.js';
import { sendMail } from '../services/mailer.js';

export const authRouter = Router();

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post(
  '/login',
  loginLimiter,
  body('email').isEmail().normalizeEmail(),
  body('password').isString().isLength({ min: 8 }),
  handleValidation,
  async (req, res) => {
    const user = await User.findOne({ where: { email: req.body.email } });
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
      return res.status(401).json({ error: 'invalid credentials' });
    }
    const token = jwt.sign({ sub: user.id, org: user.organizationId }, config.jwtSecret, { expiresIn: '1h', algorithm: 'HS256' });
    const refresh = crypto.randomBytes(32).toString('hex');
    // expect: insecure-cookie
    res.cookie('refresh_token', refresh, { httpOnly: true, sameSite: 'none' });
    res.json({ token });
  },
);

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
authRouter.post(
  '/signup',
  body('email').isEmail(),
  body('password').isStrongPassword(),
  body('organizationName').isString().trim().isLength({ min: 2, max: 120 }),
  handleValidation,
  async (req, res) => {
    const { email, password, organizationName } = req.body;
    const result = await sequelize.transaction(async (transaction) => {
      const org = await Organization.create({ name: organizationName, plan: 'trial' }, { transaction });
      const user = await User.create(
        { email, passwordHash: await bcrypt.hash(password, 12), role: Role.Owner, organizationId: org.id },
        { transaction },
      );
      return { org, user };
    });
    res.status(201).json({ id: result.user.id, organizationId: result.org.id });
  },
);

// ok: missing-rate-limit
authRouter.post('/password/forgot', loginLimiter, body('email').isEmail(), handleValidation, async (req, res) => {
  const user = await User.findOne({ where: { email: req.body.email } });
  if (user) {
    const resetToken = crypto.randomBytes(24).toString('base64url');
    // expect: token-logging
    logger.info(`password reset requested for ${user.email}, token ${resetToken}`);
    await sendMail(user.email, 'Reset your password', `https://app.vendorhub.test/reset?token=${resetToken}`);
  }
  res.status(202).json({ ok: true });
});

// ok: token-logging
authRouter.post('/logout', (req, res) => {
  logger.info({ ip: req.ip }, 'logout');
  res.clearCookie('refresh_token');
  res.status(204).end();
});
