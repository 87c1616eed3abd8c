const express = require('express');
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const Joi = require('joi');
const validate = require('../middleware/validate');
const { User } = require('../models');

const router = express.Router();

const loginSchema = { body: Joi.object({ email: Joi.string().email().required(), password: Joi.string().required() }) };

// the limiter mounted at /v1/auth in app.js covers this route
// ok: missing-rate-limit, missing-auth
router.post('/login', validate(loginSchema), async (req, res) => {
  const user = await User.findOne({ email: req.body.email });
  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) return res.status(401).json({ message: 'Incorrect email or password' });
  const token = jwt.sign({ sub: user.id, companyId: user.companyId, role: user.role }, process.env.JWT_SECRET, { expiresIn: '1h' });
  res.json({ token });
});

module.exports = router;
