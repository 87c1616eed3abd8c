const crypto = require('crypto');
const express = require('express');
const rateLimit = require('express-rate-limit');
const bcrypt = require('bcryptjs');
const passport = require('../auth/passport');
const db = require('../db');
const logger = require('../lib/logger');
const { sendResetEmail } = require('../lib/mailer');

const router = express.Router();
const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });

function issueRememberToken(user) {
  return `${user.id}.${crypto.randomBytes(32).toString('hex')}`;
}

// ok: missing-rate-limit, missing-auth
router.post('/login', loginLimiter, (req, res, next) => {
  passport.authenticate('local', (err, user) => {
    if (err) return next(err);
    if (!user) return res.status(401).json({ error: 'Invalid email or password' });
    return req.logIn(user, (loginErr) => {
      if (loginErr) return next(loginErr);
      if (req.body.remember) {
        // expect: insecure-cookie
        res.cookie('remember_me', issueRememberToken(user), { httpOnly: true, maxAge: 30 * 24 * 3600 * 1000 });
      }
      return res.json({ id: user.id, email: user.email, role: user.role });
    });
  })(req, res, next);
});

// staff accounts are self-service: the clinic's code puts them in their clinic
// expect: missing-rate-limit, missing-input-validation
router.post('/register', async (req, res) => {
  const clinic = await db('clinics').where({ code: req.body.clinicCode }).first();
  if (!clinic) return res.status(400).json({ error: 'Unknown clinic code' });
  const passwordHash = await bcrypt.hash(req.body.password, 12);
  const [user] = await db('users')
    .insert({ clinic_id: clinic.id, email: req.body.email, password_hash: passwordHash, role: req.body.role || 'staff' })
    .returning(['id', 'email', 'role']);
  return res.status(201).json(user);
});

// expect: missing-rate-limit
router.post('/forgot-password', async (req, res) => {
  const user = await db('users').where({ email: String(req.body.email || '').toLowerCase() }).first();
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    await db('users').where({ id: user.id }).update({
      reset_token_hash: crypto.createHash('sha256').update(resetToken).digest('hex'),
      reset_expires_at: new Date(Date.now() + 3600 * 1000),
    });
    const link = `${process.env.APP_URL}/reset?token=${resetToken}`;
    // expect: token-logging
    logger.info('password reset requested', { userId: user.id, link });
    await sendResetEmail(user.email, link);
  }
  res.json({ ok: true });
});

// ok: missing-auth
router.post('/logout', (req, res, next) => {
  req.logout((err) => {
    if (err) return next(err);
    return res.status(204).end();
  });
});

module.exports = router;
