const express = require('express');
const bcrypt = require('bcryptjs');
const rateLimit = require('express-rate-limit');
const db = require('../db');
const { logger, audit } = require('../lib/logger');
const { sendMail } = require('../lib/mailer');
const tokens = require('../services/tokens');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });

const rememberCookie = { httpOnly: true, secure: true, sameSite: 'lax', signed: true, maxAge: 30 * 24 * 3600 * 1000 };

// ok: missing-rate-limit
router.post('/login', loginLimiter, async (req, res) => {
  // expect: token-logging
  logger.info('login attempt', { body: req.body });
  const { rows } = await db.query('SELECT id, gym_id, role, email, password_hash FROM members WHERE email = $1', [req.body.email]);
  const member = rows[0];
  if (!member || !(await bcrypt.compare(req.body.password, member.password_hash))) {
    return res.status(401).json({ error: 'Invalid email or password' });
  }
  const token = tokens.issueAccessToken(member);
  // expect: insecure-cookie
  res.cookie('member_token', token, { httpOnly: true, sameSite: 'lax', signed: true });
  if (req.body.remember) {
    // ok: insecure-cookie
    res.cookie('remember_me', member.id, rememberCookie);
  }
  // ok: insecure-cookie
  res.cookie('locale', req.body.locale || 'en');
  // the SPA echoes it in X-XSRF-TOKEN: readable by script on purpose
  // ok: insecure-cookie
  res.cookie('XSRF-TOKEN', req.csrfToken(), { secure: true, sameSite: 'strict' });
  req.session.memberId = member.id;
  // ok: token-logging
  logger.info('login ok', { memberId: member.id });
  res.json({ id: member.id, role: member.role });
});

// expect: missing-input-validation
// expect: missing-rate-limit
router.post('/signup', async (req, res) => {
  // the audit logger redacts body.password, but a whole body can carry other credentials: only a redact path
  // covering `body` itself (or above it) covers it
  // expect: token-logging
  audit.info({ body: req.body }, 'signup');
  const hash = await bcrypt.hash(req.body.password, 12);
  const { rows } = await db.query(
    'INSERT INTO members (gym_id, email, password_hash, role) VALUES ($1, $2, $3, $4) RETURNING id, email',
    [req.body.gymId, req.body.email, hash, 'member'],
  );
  await sendMail(rows[0].email, 'Verify your email', `Code: ${tokens.issueEmailVerification(rows[0])}`);
  res.status(201).json({ id: rows[0].id });
});

// expect: missing-rate-limit
router.post('/password/forgot', async (req, res) => {
  const { rows } = await db.query('SELECT id, email FROM members WHERE email = $1', [req.body.email]);
  if (rows[0]) {
    const resetToken = require('crypto').randomBytes(24).toString('hex');
    await db.query('UPDATE members SET reset_token = $1, reset_expires = now() + interval \'1 hour\' WHERE id = $2', [resetToken, rows[0].id]);
    // expect: token-logging
    logger.info(`password reset requested for ${rows[0].email}, token ${resetToken}`);
    await sendMail(rows[0].email, 'Reset your password', `https://ironworks.example/reset?token=${resetToken}`);
  }
  res.json({ ok: true });
});

router.get('/verify-email', async (req, res) => {
  try {
    const claims = tokens.readEmailVerification(req.query.token);
    await db.query('UPDATE members SET email_verified = true WHERE id = $1', [claims.sub]);
    res.redirect('/welcome');
  } catch (e) {
    res.status(400).send('This link has expired');
  }
});

router.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.clearCookie('member_token');
    res.sendStatus(204);
  });
});

module.exports = router;
