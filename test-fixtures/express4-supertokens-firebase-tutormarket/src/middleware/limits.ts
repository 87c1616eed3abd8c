import rateLimit from 'express-rate-limit';

export const signupLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7' });
