const express = require('express');
const validate = require('../../middlewares/validate');
const { authValidation } = require('../../validations');
const authController = require('../../controllers/auth.controller');

const router = express.Router();

// public by design; the auth limiter is mounted on /v1/auth in app.js (production only)
// ok: missing-auth, missing-rate-limit
router.post('/register', validate(authValidation.register), authController.register);
// ok: missing-auth, missing-rate-limit
router.post('/login', validate(authValidation.login), authController.login);
// ok: missing-auth, missing-rate-limit
router.post('/forgot-password', validate(authValidation.forgotPassword), authController.forgotPassword);
// ok: missing-auth, missing-rate-limit
router.post('/reset-password', validate(authValidation.resetPassword), authController.resetPassword);

module.exports = router;
