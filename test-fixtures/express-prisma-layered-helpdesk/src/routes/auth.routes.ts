import { Router } from 'express';
import rateLimit from 'express-rate-limit';
import { login, refresh, signup } from '../controllers/auth.controller';
import { requireAuth } from '../middleware/auth';
import { validate } from '../middleware/validate';
import { LoginSchema, SignupSchema } from '../lib/schemas';

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20 });

export const authRouter = Router();

// ok: missing-auth, missing-rate-limit, missing-input-validation
authRouter.post('/login', loginLimiter, validate(LoginSchema), login);
// expect: missing-rate-limit
authRouter.post('/signup', validate(SignupSchema), signup);
// ok: missing-auth
authRouter.post('/refresh', requireAuth, refresh);
