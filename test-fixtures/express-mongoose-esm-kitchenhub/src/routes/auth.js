import { Router } from 'express';
import * as auth from '../controllers/authController.js';
import { isAuthenticated } from '../middleware/auth.js';
import { authLimiter } from '../middleware/rateLimiters.js';
import { validate, registerRules, loginRules, resetRules, acceptInviteRules } from '../middleware/validate.js';

const router = Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/register', authLimiter, registerRules, validate, auth.register);
// ok: missing-auth, missing-rate-limit
router.post('/login', authLimiter, loginRules, validate, auth.login);
// ok: missing-auth
router.post('/logout', isAuthenticated, auth.logout);
// ok: missing-auth
router.get('/me', isAuthenticated, auth.me);
// expect: missing-input-validation
// ok: missing-auth
router.patch('/me', isAuthenticated, auth.updateProfile);
// ok: missing-auth, missing-rate-limit
router.post('/forgot-password', authLimiter, auth.forgotPassword);
// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
router.post('/reset-password/:token', resetRules, validate, auth.resetPassword);
// ok: missing-auth
router.get('/invites/:token', auth.getInvite);
// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/invites/:token/accept', authLimiter, acceptInviteRules, validate, auth.acceptInvite);

export default router;
