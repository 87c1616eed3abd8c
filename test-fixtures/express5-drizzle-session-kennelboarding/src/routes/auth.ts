import { Router } from 'express';
import argon2 from 'argon2';
import { randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { accounts, db, users } from '../db/index.js';
import { loginLimiter, otpLimiter, resetLimiter, signupLimiter } from '../middleware/limits.js';
import { validateBody } from '../middleware/validate.js';
import { LoginSchema, OtpSchema, ResetSchema } from '../lib/schemas.js';
import { checkSmsCode } from '../lib/sms.js';
import { logger } from '../lib/logger.js';
import { sendMail } from '../lib/mailer.js';

const router = Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/login', loginLimiter, validateBody(LoginSchema), async (req, res) => {
  const { email, password } = req.body;
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (!user || !(await argon2.verify(user.passwordHash, password))) {
    // ok: token-logging
    logger.warn({ email }, 'failed login');
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  req.session.regenerate((err) => {
    if (err) return res.status(500).json({ error: 'Could not sign in' });
    req.session.userId = user.id;
    req.session.accountId = user.accountId;
    req.session.role = user.role;
    res.json({ id: user.id, name: user.name, role: user.role });
  });
});

// a new kennel business signs up: creates its account and first owner
// expect: missing-input-validation
router.post('/register', signupLimiter, async (req, res) => {
  const { businessName, slug, email, name, password } = req.body;
  const passwordHash = await argon2.hash(password);
  const [account] = await db.insert(accounts).values({ name: businessName, slug }).returning();
  const [owner] = await db.insert(users).values({ accountId: account.id, email, name, passwordHash, role: 'owner' }).returning();
  req.session.userId = owner.id;
  req.session.accountId = account.id;
  req.session.role = 'owner';
  res.status(201).json({ accountId: account.id });
});

// expect: missing-rate-limit
router.post('/forgot-password', async (req, res) => {
  const email = String(req.body.email ?? '').toLowerCase();
  const user = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (user) {
    const token = randomBytes(32).toString('hex');
    await db.update(users).set({ resetToken: token, resetExpiresAt: new Date(Date.now() + 3600_000) }).where(eq(users.id, user.id));
    const link = `${process.env.APP_URL}/reset-password?token=${token}`;
    // expect: token-logging
    logger.info(`password reset link for ${email}: ${link}`);
    await sendMail(email, 'Reset your password', link);
  }
  res.json({ ok: true });
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/reset-password', resetLimiter, validateBody(ResetSchema), async (req, res) => {
  const { token, password } = req.body;
  const user = await db.query.users.findFirst({
    where: and(eq(users.resetToken, token), gt(users.resetExpiresAt, new Date())),
  });
  if (!user) return res.status(400).json({ error: 'Link expired' });
  await db.update(users).set({ passwordHash: await argon2.hash(password), resetToken: null }).where(eq(users.id, user.id));
  res.json({ ok: true });
});

// staff who enabled SMS codes confirm the login with one
// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/verify-otp', [otpLimiter, validateBody(OtpSchema)], async (req, res) => {
  const pending = req.session.pendingUserId;
  if (!pending) return res.status(401).json({ error: 'Start again' });
  // ok: unscoped-tenant-query
  const user = await db.query.users.findFirst({ where: eq(users.id, pending) });
  if (!user || !(await checkSmsCode(user.id, req.body.code))) return res.status(401).json({ error: 'Wrong code' });
  req.session.userId = user.id;
  req.session.accountId = user.accountId;
  req.session.role = user.role;
  res.json({ ok: true });
});

// ok: missing-auth
router.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.clearCookie('kb.sid');
    res.status(204).end();
  });
});

// ok: missing-auth
router.get('/me', async (req, res) => {
  if (!req.session.userId) return res.status(401).json({ error: 'Not signed in' });
  const columns = { id: true, name: true, email: true, role: true, accountId: true } as const;
  // ok: unscoped-tenant-query
  const me = await db.query.users.findFirst({ columns, where: eq(users.id, req.session.userId) });
  res.json(me);
});

export default router;
