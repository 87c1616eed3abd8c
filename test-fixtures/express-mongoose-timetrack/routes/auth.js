'use strict';

const express = require('express');
const { rateLimit } = require('express-rate-limit');
const { body } = require('express-validator');
const isAuthenticated = require('../middleware/isAuthenticated');
const authController = require('../controllers/authController');

const router = express.Router();

const loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: { error: 'Too many attempts, please try again later' },
});

const passwordResetLimiter = rateLimit({
  windowMs: 60 * 60 * 1000,
  limit: 5,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: { error: 'Too many attempts, please try again later' },
});

const loginRules = [
  body('email').trim().isEmail().toLowerCase(),
  body('password').isString().notEmpty(),
  body('rememberMe').optional().isBoolean().toBoolean(),
];

const signupRules = [
  body('workspaceName').isString().trim().isLength({ min: 1, max: 120 }),
  body('name').isString().trim().isLength({ min: 1, max: 120 }),
  body('email').trim().isEmail().toLowerCase(),
  body('password').isString().isLength({ min: 10, max: 128 }),
  body('rememberMe').optional().isBoolean().toBoolean(),
];

const forgotRules = [body('email').trim().isEmail().toLowerCase()];

const resetRules = [
  body('token').isString().isHexadecimal().isLength({ min: 64, max: 64 }),
  body('password').isString().isLength({ min: 10, max: 128 }),
];

// ok: missing-auth
// ok: missing-rate-limit
router.post('/login', loginLimiter, loginRules, authController.login);
// ok: missing-auth
// expect: missing-rate-limit
// ok: missing-input-validation
router.post('/signup', signupRules, authController.signup);
router.post('/session/restore', loginLimiter, authController.restoreSession);
router.post('/logout', authController.logout);
router.get('/me', isAuthenticated, authController.me);

// expect: missing-rate-limit
router.post('/password/forgot', forgotRules, authController.forgotPassword);
// ok: missing-rate-limit
router.post('/password/reset', passwordResetLimiter, resetRules, authController.resetPassword);

module.exports = router;
