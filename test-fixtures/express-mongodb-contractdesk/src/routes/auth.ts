import { Router } from 'express';
import bcrypt from 'bcrypt';
import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';
import Joi from 'joi';
import { ObjectId } from 'mongodb';
import { config } from '../config.js';
import { collections } from '../db.js';
import { logger } from '../lib/logger.js';
import { loginLimiter, resetLimiter } from '../middleware/rateLimit.js';

export const authRouter = Router();

const credentialsSchema = Joi.object({
  email: Joi.string().email().required(),
  password: Joi.string().min(8).max(200).required(),
});

const registerSchema = credentialsSchema.keys({
  name: Joi.string().max(120).required(),
  company: Joi.string().max(120).required(),
});

function signAccess(userId: ObjectId) {
  return jwt.sign({ sub: userId.toHexString() }, config.jwtSecret, { algorithm: 'HS256', expiresIn: config.accessTokenTtl });
}

// ok: missing-rate-limit, missing-auth
authRouter.post('/login', loginLimiter, async (req, res) => {
  const { value, error } = credentialsSchema.validate(req.body);
  if (error) return res.status(400).json({ error: 'invalid credentials payload' });

  const user = await collections.users().findOne({ email: value.email.toLowerCase() });
  if (!user || !(await bcrypt.compare(value.password, user.passwordHash))) {
    logger.warn({ email: value.email }, 'failed login');
    return res.status(401).json({ error: 'invalid email or password' });
  }
  const refreshToken = crypto.randomBytes(48).toString('base64url');
  await collections.refreshTokens().insertOne({
    userId: user._id,
    tokenHash: crypto.createHash('sha256').update(refreshToken).digest('hex'),
    expiresAt: new Date(Date.now() + config.refreshTokenTtlDays * 86400_000),
  });
  res.cookie('cd_refresh', refreshToken, {
    httpOnly: true,
    secure: config.isProd,
    sameSite: 'strict',
    path: '/auth/refresh',
  });
  const accessToken = signAccess(user._id);
  // expect: insecure-cookie
  res.cookie('cd_session', accessToken, { httpOnly: true, maxAge: 15 * 60 * 1000 });
  res.json({ accessToken });
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
authRouter.post('/register', async (req, res) => {
  // expect: token-logging
  console.log('register request', req.body);
  const { value, error } = registerSchema.validate(req.body);
  if (error) return res.status(400).json({ error: error.details[0].message });

  const existing = await collections.users().findOne({ email: value.email.toLowerCase() });
  if (existing) return res.status(409).json({ error: 'email already registered' });

  const passwordHash = await bcrypt.hash(value.password, 12);
  const { insertedId: userId } = await collections.users().insertOne({
    email: value.email.toLowerCase(),
    name: value.name,
    passwordHash,
    createdAt: new Date(),
  });
  const { insertedId: orgId } = await collections.orgs().insertOne({ name: value.company, ownerId: userId, createdAt: new Date() });
  await collections.memberships().insertOne({ orgId, userId, role: 'owner' });
  res.status(201).json({ accessToken: signAccess(userId), orgId });
});

// ok: missing-auth, missing-rate-limit
authRouter.post('/refresh', async (req, res) => {
  const token = req.cookies?.cd_refresh;
  if (!token) return res.sendStatus(401);
  const tokenHash = crypto.createHash('sha256').update(token).digest('hex');
  const row = await collections.refreshTokens().findOne({ tokenHash, expiresAt: { $gt: new Date() } });
  if (!row) return res.sendStatus(401);
  res.json({ accessToken: signAccess(row.userId) });
});

// ok: missing-rate-limit, missing-auth
authRouter.post('/password/forgot', resetLimiter, async (req, res) => {
  const { value, error } = Joi.object({ email: Joi.string().email().required() }).validate(req.body);
  if (error) return res.status(400).json({ error: 'invalid email' });
  const user = await collections.users().findOne({ email: value.email.toLowerCase() });
  if (user) {
    const token = crypto.randomBytes(32).toString('hex');
    await collections.users().updateOne(
      { _id: user._id },
      { $set: { resetTokenHash: crypto.createHash('sha256').update(token).digest('hex'), resetExpires: new Date(Date.now() + 3600_000) } },
    );
    // ok: token-logging
    logger.info({ userId: user._id.toHexString() }, 'password reset requested');
  }
  res.status(202).json({ ok: true });
});

// ok: missing-rate-limit, missing-auth, missing-input-validation
authRouter.post('/password/reset', resetLimiter, async (req, res) => {
  const { value, error } = Joi.object({ token: Joi.string().hex().length(64).required(), password: Joi.string().min(8).required() }).validate(req.body);
  if (error) return res.status(400).json({ error: 'invalid payload' });
  const tokenHash = crypto.createHash('sha256').update(value.token).digest('hex');
  const passwordHash = await bcrypt.hash(value.password, 12);
  const result = await collections.users().updateOne(
    { resetTokenHash: tokenHash, resetExpires: { $gt: new Date() } },
    { $set: { passwordHash }, $unset: { resetTokenHash: '', resetExpires: '' } },
  );
  if (result.matchedCount === 0) return res.status(400).json({ error: 'invalid or expired token' });
  res.json({ ok: true });
});
