import crypto from 'node:crypto';
import bcrypt from 'bcrypt';
import jwt from 'jsonwebtoken';
import rateLimit from 'express-rate-limit';
import { query } from '../lib/db.js';
import { sendResetEmail } from '../lib/mailer.js';
import auth from '../middleware/auth.js';

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10 });

export default (app) => {
  // ok: missing-rate-limit, missing-auth
  app.post('/api/login', loginLimiter, async (req, res) => {
    const { email, password } = req.body;
    const rows = await query('SELECT * FROM users WHERE email = ?', [email]);
    const user = rows[0];
    if (!user || !(await bcrypt.compare(password, user.password_hash))) {
      return res.status(401).json({ error: 'Wrong email or password' });
    }
    const token = jwt.sign({ sub: user.id, acc: user.account_id, role: user.role }, process.env.JWT_SECRET, { expiresIn: '12h' });
    // ok: insecure-cookie
    res.cookie('token', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'lax' });
    if (req.body.remember) {
      // expect: insecure-cookie
      res.cookie('remember_me', crypto.randomBytes(32).toString('hex'), { maxAge: 30 * 24 * 3600 * 1000 });
    }
    res.json({ id: user.id, role: user.role });
  });

  // expect: missing-rate-limit, missing-input-validation
  app.post('/api/signup', async (req, res) => {
    const { company, email, password } = req.body;
    const hash = await bcrypt.hash(password, 12);
    const result = await query('INSERT INTO accounts (name) VALUES (?)', [company]);
    await query('INSERT INTO users (account_id, email, password_hash, role) VALUES (?, ?, ?, ?)', [result.insertId, email, hash, 'admin']);
    res.status(201).json({ ok: true });
  });

  // expect: missing-rate-limit
  app.post('/api/password/forgot', async (req, res) => {
    const rows = await query('SELECT id FROM users WHERE email = ?', [req.body.email]);
    if (rows.length) {
      const token = crypto.randomBytes(32).toString('hex');
      const hash = crypto.createHash('sha256').update(token).digest('hex');
      await query('UPDATE users SET reset_token_hash = ? WHERE id = ?', [hash, rows[0].id]);
      const link = `${process.env.APP_URL}/reset?token=${token}`;
      // expect: token-logging
      console.log('password reset link for', req.body.email, link);
      await sendResetEmail(req.body.email, link);
    }
    res.json({ ok: true });
  });

  // ok: missing-auth
  app.post('/api/logout', (req, res) => {
    res.clearCookie('token');
    res.json({ ok: true });
  });

  // any teammate can make anyone an admin: a role change with no role check
  // expect: missing-role-check
  app.post('/api/team/:userId/promote', auth, async (req, res) => {
    // ok: unscoped-tenant-query
    await query("UPDATE users SET role = 'admin' WHERE id = ? AND account_id = ?", [req.params.userId, req.user.accountId]);
    res.json({ ok: true });
  });

  // the caller's own email: no role involved
  // ok: missing-role-check
  // expect: missing-input-validation
  app.put('/api/me/email', auth, async (req, res) => {
    await query('UPDATE users SET email = ? WHERE id = ?', [req.body.email, req.user.id]);
    res.json({ ok: true });
  });

  app.get('/api/me', auth, async (req, res) => {
    // ok: unscoped-tenant-query
    const rows = await query('SELECT id, email, role FROM users WHERE id = ?', [req.user.id]);
    res.json(rows[0]);
  });
};
