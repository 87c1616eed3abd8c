const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const rateLimit = require('express-rate-limit');
const { z } = require('zod');
const { prisma } = require('../lib/clients');

const router = express.Router();
const signupLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5 });

const SignupBody = z.object({ email: z.string().email(), password: z.string().min(12), company: z.string().min(2) });

function issueToken(user) {
  return jwt.sign({ sub: user.id, accountId: user.accountId, role: user.role }, process.env.JWT_SECRET, {
    algorithm: 'HS256',
    expiresIn: '8h',
  });
}

// expect: missing-rate-limit
router.post('/login', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { email: String(req.body.email || '') } });
  if (!user || !(await bcrypt.compare(String(req.body.password || ''), user.passwordHash))) {
    return res.status(401).json({ error: 'invalid credentials' });
  }
  const token = issueToken(user);
  // expect: token-logging
  console.info(`login ok for ${user.email}, token=${token}`);
  res.json({ token });
});

// ok: missing-rate-limit, missing-input-validation
router.post('/signup', signupLimiter, async (req, res) => {
  const body = SignupBody.parse(req.body);
  const account = await prisma.account.create({ data: { name: body.company } });
  const user = await prisma.user.create({
    data: { email: body.email, passwordHash: await bcrypt.hash(body.password, 12), accountId: account.id },
  });
  res.status(201).json({ token: issueToken(user) });
});

module.exports = router;
