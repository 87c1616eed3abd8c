import { Router } from 'express';
import { authController } from '../controllers/auth.controller';
import { validate } from '../middleware/validate';
import { loginLimiter, resetLimiter } from '../middleware/rateLimits';
import { ForgotSchema, LoginSchema, ResetSchema, SignupSchema } from '../schemas';

const router = Router();

// ok: missing-auth, missing-rate-limit
router.post('/login', loginLimiter, validate(LoginSchema), authController.login);
// expect: missing-rate-limit
router.post('/signup', validate(SignupSchema), authController.signup);
// ok: missing-auth, missing-rate-limit
router.post('/password/forgot', resetLimiter, validate(ForgotSchema), authController.forgot);
// ok: missing-auth, missing-rate-limit, unscoped-tenant-query
router.post('/password/reset', resetLimiter, validate(ResetSchema), authController.reset);

export default router;
