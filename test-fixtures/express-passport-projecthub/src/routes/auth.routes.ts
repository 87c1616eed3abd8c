import { Router } from 'express';
import { body } from 'express-validator';
import { authController } from '../controllers/auth.controller';
import { authenticate } from '../middleware/auth';
import { authLimiter } from '../middleware/rateLimits';
import { validate } from '../middleware/validate';

const router = Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post(
  '/login',
  authLimiter,
  validate([body('email').isEmail(), body('password').isString().isLength({ min: 8 })]),
  authController.login,
);

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post(
  '/register',
  authLimiter,
  validate([
    body('companyName').trim().isLength({ min: 2, max: 80 }),
    body('name').trim().notEmpty(),
    body('email').isEmail().normalizeEmail(),
    body('password').isStrongPassword(),
  ]),
  authController.register,
);

// ok: missing-auth
router.post('/refresh', validate([body('refreshToken').isJWT()]), authController.refresh);

// ok: missing-auth
// expect: missing-rate-limit
router.post('/forgot-password', validate([body('email').isEmail()]), authController.forgotPassword);

// ok: missing-auth
router.get('/me', authenticate, authController.me);

export default router;
