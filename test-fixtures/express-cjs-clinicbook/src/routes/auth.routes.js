const express = require('express');
const passport = require('passport');
const { celebrate, Joi, Segments } = require('celebrate');
const { body } = require('express-validator');
const auth = require('../controllers/auth.controller');
const { requireAuth } = require('../middleware/auth');
const { loginLimiter, resetThrottle } = require('../middleware/rateLimit');
const validate = require('../middleware/validate');

const router = express.Router();

// ok: missing-auth, missing-rate-limit
router.post('/login', loginLimiter, passport.authenticate('local', { failWithError: true }), auth.login);

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
router.post(
  '/register',
  celebrate({
    [Segments.BODY]: Joi.object({
      email: Joi.string().email().required(),
      password: Joi.string().min(10).required(),
      name: Joi.string().max(120).required(),
      clinicName: Joi.string().max(120).required(),
    }),
  }),
  auth.register,
);

// ok: missing-auth, missing-rate-limit
router.post('/forgot-password', resetThrottle, auth.forgotPassword);

// ok: missing-auth, missing-input-validation
// expect: missing-rate-limit
router.post('/reset-password/:token', body('password').isStrongPassword(), validate, auth.resetPassword);

// ok: missing-auth
router.post('/token', auth.refresh);

router.get('/me', requireAuth, auth.me);
// ok: missing-auth
router.post('/logout', auth.logout);

module.exports = router;
