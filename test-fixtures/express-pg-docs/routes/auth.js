import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { celebrate, Joi, Segments } from 'celebrate';
import rateLimit from 'express-rate-limit';
import { query } from '../lib/db.js';

const router = Router();
const authLimiter = rateLimit({ windowMs: 10 * 60 * 1000, max: 20 });

router.use(authLimiter);

// ok: missing-rate-limit, missing-input-validation
router.post('/signup', celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email(), password: Joi.string().min(8) }) }), async (req, res) => {
  const { rows } = await query('INSERT INTO users (email, password_hash) VALUES ($1, crypt($2, gen_salt(\'bf\'))) RETURNING id', [req.body.email, req.body.password]);
  res.status(201).json(rows[0]);
});

router.post('/token/refresh', async (req, res) => {
  const { refreshToken } = req.body;
  // expect: token-logging
  console.info('refreshing', { refreshToken });
  // expect: insecure-jwt
  const payload = jwt.verify(refreshToken, process.env.JWT_REFRESH_SECRET, { algorithms: ['HS256', 'none'] });
  res.json({ accessToken: jwt.sign({ sub: payload.sub }, process.env.JWT_SECRET, { expiresIn: '15m' }) });
});

// sits in the auth router, which is mounted before the JWT gate: anyone can change anyone's password
// expect: missing-auth, missing-input-validation
router.post('/change-password', async (req, res) => {
  const { userId, newPassword } = req.body;
  await query("UPDATE users SET password_hash = crypt($1, gen_salt('bf')) WHERE id = $2", [newPassword, userId]);
  res.sendStatus(204);
});

export default router;
