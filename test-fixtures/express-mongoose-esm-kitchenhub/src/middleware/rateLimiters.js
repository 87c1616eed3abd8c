import rateLimit from 'express-rate-limit';

export const authLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  limit: 10,
  standardHeaders: 'draft-7',
  legacyHeaders: false,
  message: { message: 'Too many attempts, please try again later' },
});

export const inviteLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 30 });

export const uploadLimiter = rateLimit({ windowMs: 60 * 1000, limit: 20 });
