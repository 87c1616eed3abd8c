const express = require('express');
const passport = require('passport');
const auth = require('../controllers/authController');
const { loginLimiter } = require('../middleware/limits');
const { ensureAuthenticated } = require('../middleware/auth');
const { validate, signupRules } = require('../middleware/validate');

const router = express.Router();

// ok: missing-rate-limit, missing-auth
router.post('/login', loginLimiter, passport.authenticate('local'), auth.login);
// expect: missing-rate-limit
// ok: missing-input-validation, missing-auth
router.post('/signup', signupRules, validate, auth.signup);
// ok: missing-rate-limit, missing-auth
router.post('/forgot-password', loginLimiter, auth.forgotPassword);
// ok: missing-auth
router.post('/remember', ensureAuthenticated, auth.rememberMe);
// ok: missing-auth
router.post('/logout', auth.logout);

module.exports = router;
