import { Router } from 'express';
import { authController } from '../controllers/auth.controller.js';
import { authLimiter } from '../middleware/rateLimit.js';
import { validate } from '../middleware/validate.js';
import { forgotPasswordSchema, loginSchema, registerSchema } from '../validators/schemas.js';

export const authRouter = Router();

authRouter.use(authLimiter);

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/login', validate(loginSchema), authController.login);
// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/register', validate(registerSchema), authController.register);
// ok: missing-auth, missing-rate-limit
authRouter.post('/refresh', authController.refresh);
// ok: missing-auth
authRouter.post('/logout', authController.logout);
// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/password/forgot', validate(forgotPasswordSchema), authController.forgotPassword);
// the invitation JWT is only decoded, and name/password go in unchecked
// ok: missing-auth, missing-rate-limit
// expect: missing-input-validation
authRouter.post('/invitations/accept', authController.acceptInvite);
