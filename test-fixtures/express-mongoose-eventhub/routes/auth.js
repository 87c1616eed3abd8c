const express = require('express');
const rateLimit = require('express-rate-limit');
const { body } = require('express-validator');
const { register, login, getMe, logout, forgotPassword, resetPassword } = require('../controllers/auth');
const { protect } = require('../middleware/auth');
const validate = require('../middleware/validate');

const router = express.Router();

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10 });

// expect: missing-rate-limit
router.post(
  '/register',
  body('name').notEmpty(),
  body('email').isEmail(),
  body('password').isLength({ min: 8 }),
  validate,
  register
);
// ok: missing-rate-limit
router.post('/login', loginLimiter, login);
router.get('/logout', logout);
router.get('/me', protect, getMe);
// expect: missing-rate-limit
router.post('/forgotpassword', forgotPassword);
// expect: missing-rate-limit, missing-input-validation
router.put('/resetpassword/:resettoken', resetPassword);

module.exports = router;
