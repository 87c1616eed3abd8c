import { Router } from 'express';
import { celebrate, Joi, Segments } from 'celebrate';
import * as auth from '../controllers/auth.controller';
import { loginLimiter, passwordResetLimiter } from '../middleware/rateLimits';

const router = Router();

const credentials = {
  [Segments.BODY]: Joi.object({
    email: Joi.string().email().required(),
    password: Joi.string().min(8).max(128).required(),
  }),
};

// ok: missing-auth, missing-rate-limit, missing-input-validation
router.post('/login', loginLimiter, celebrate(credentials), auth.login);

// expect: missing-rate-limit
router.post(
  '/signup',
  celebrate({
    [Segments.BODY]: Joi.object({
      email: Joi.string().email().required(),
      password: Joi.string().min(10).max(128).required(),
      fullName: Joi.string().max(120).required(),
      organizationName: Joi.string().max(120).required(),
    }),
  }),
  auth.signup,
);

// ok: missing-auth
router.post('/refresh', auth.refresh);

// ok: missing-rate-limit, missing-auth
router.post('/forgot-password', passwordResetLimiter, celebrate({ [Segments.BODY]: Joi.object({ email: Joi.string().email().required() }) }), auth.forgotPassword);

// ok: missing-rate-limit, missing-input-validation
router.post(
  '/reset-password',
  passwordResetLimiter,
  celebrate({ [Segments.BODY]: Joi.object({ token: Joi.string().hex().length(64).required(), password: Joi.string().min(10).required() }) }),
  auth.resetPassword,
);

export default router;
