const express = require('express');
const bcrypt = require('bcryptjs');
const crypto = require('crypto');
const { celebrate, Joi, Segments } = require('celebrate');
const { User, Clinic } = require('../models');
const { loginLimiter, resetLimiter } = require('../middleware/limits');

const router = express.Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post(
  '/login',
  loginLimiter,
  celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() }) }),
  async (req, res) => {
    // expect: token-logging
    console.log('login attempt', req.body);
    const user = await User.findOne({ email: req.body.email.toLowerCase() });
    if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {
      return res.status(401).json({ error: 'Wrong email or password' });
    }
    req.session.regenerate((err) => {
      if (err) return res.status(500).json({ error: 'Could not sign you in' });
      req.session.user = { id: String(user._id), clinic: String(user.clinic), role: user.role };
      // the booking widget on the clinic's site reads who is signed in
      // ok: insecure-cookie
      res.cookie('portal_user', user.name, { secure: true, sameSite: 'lax' });
      res.json({ id: user._id, name: user.name, role: user.role });
    });
  },
);

const registerSchema = Joi.object({
  clinicName: Joi.string().min(2).max(120).required(),
  email: Joi.string().email().required(),
  password: Joi.string().min(10).max(200).required(),
  name: Joi.string().max(80).required(),
});

// expect: missing-rate-limit
router.post('/register', celebrate({ [Segments.BODY]: registerSchema }), async (req, res) => {
  const { clinicName, email, password, name } = req.body;
  const slug = clinicName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const clinic = await Clinic.create({ name: clinicName, slug });
  const user = await User.create({ clinic: clinic._id, email, name, role: 'admin', passwordHash: await bcrypt.hash(password, 12) });
  req.session.user = { id: String(user._id), clinic: String(clinic._id), role: 'admin' };
  res.status(201).json({ id: user._id });
});

router.post(
  '/forgot-password',
  resetLimiter,
  celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email().required() }) }),
  async (req, res) => {
    const user = await User.findOne({ email: req.body.email.toLowerCase() });
    if (user) {
      const token = crypto.randomBytes(32).toString('hex');
      user.resetTokenHash = crypto.createHash('sha256').update(token).digest('hex');
      user.resetTokenExpires = new Date(Date.now() + 3600 * 1000);
      await user.save();
      // mailer.sendReset(user.email, token) is queued by the worker
    }
    res.json({ ok: true });
  },
);

// ok: missing-auth
router.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.clearCookie('physio.sid');
    res.sendStatus(204);
  });
});

module.exports = router;
