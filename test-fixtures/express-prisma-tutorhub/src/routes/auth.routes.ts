import { Router } from 'express';
import { body } from 'express-validator';
import * as auth from '../controllers/auth.controller';
import { authLimiter } from '../middleware/rateLimits';
import { validateBody } from '../middleware/validate';
import { loginSchema, signupSchema } from '../schemas';

export const authRouter = Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/login', authLimiter, validateBody(loginSchema), auth.login);

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/signup', authLimiter, validateBody(signupSchema), auth.signup);

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
authRouter.post('/password/forgot', auth.requestPasswordReset);

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post(
  '/password/reset',
  authLimiter,
  body('token').isString().isLength({ min: 20 }),
  body('password').isString().isLength({ min: 12 }),
  auth.resetPassword,
);

// expect: missing-rate-limit, missing-input-validation
// ok: missing-auth
authRouter.post('/invites/accept', auth.acceptInvite);

// ok: missing-auth, missing-rate-limit
authRouter.post('/refresh', auth.refresh);
