const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { body } = require('express-validator');
const config = require('../config');
const db = require('../db');
const { limit } = require('../middleware/limits');
const { checked } = require('../middleware/validate');

const router = express.Router();

const credentials = [body('email').isEmail(), body('password').isLength({ min: 8, max: 64 })];

// ok: missing-rate-limit
router.post('/login', credentials, checked, limit({ window: 60, max: 5 }), async (req, res) => {
  const user = await db('users').where({ email: req.body.email }).first();
  if (!user || !(await bcrypt.compare(req.body.password, user.password))) {
    return res.status(401).json({ error: 'Login credentials are wrong.' });
  }
  const token = jwt.sign({ id: user.id, role: user.role }, config.JWT_SECRET, { expiresIn: '7d' });
  res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ token });
});

// expect: missing-rate-limit
router.post('/forgot-password', body('email').isEmail(), checked, async (req, res) => {
  const user = await db('users').where({ email: req.body.email }).first();
  if (user) {
    const resetToken = jwt.sign({ id: user.id, purpose: 'reset' }, config.JWT_SECRET, { expiresIn: '1h' });
    await sendResetMail(user.email, resetToken);
  }
  res.json({ ok: true });
});

async function sendResetMail(email, token) {
  await fetch('https://mail.example/send', { method: 'POST', body: JSON.stringify({ to: email, link: `https://links.example/reset/${token}` }) });
}

module.exports = router;
