import { rateLimit } from 'express-rate-limit';

export const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 10, standardHeaders: 'draft-7', legacyHeaders: false });
export const signupLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5 });
export const resetLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 5 });
export const otpLimiter = rateLimit({ windowMs: 5 * 60 * 1000, limit: 5 });
