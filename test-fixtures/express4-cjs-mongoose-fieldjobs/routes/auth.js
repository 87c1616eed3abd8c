const express = require('express');
const passport = require('passport');
const rateLimit = require('express-rate-limit');
const authController = require('../controllers/authController');
const { isLoggedIn } = require('../middleware/auth');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10 });

// ok: missing-rate-limit, missing-auth
router.post('/login', loginLimiter, passport.authenticate('local'), authController.login);

// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
router.post('/register', authController.register);

// ok: missing-rate-limit, missing-auth
router.post('/forgot', loginLimiter, authController.forgot);

// expect: missing-input-validation
// ok: missing-rate-limit, missing-auth
router.post('/reset/:token', loginLimiter, authController.reset);

// ok: missing-auth
router.post('/logout', isLoggedIn, authController.logout);

// ok: missing-auth
router.get('/me', isLoggedIn, authController.me);

module.exports = router;
