import rateLimit from 'express-rate-limit';

export const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20, standardHeaders: 'draft-7', legacyHeaders: false });
export const uploadLimiter = rateLimit({ windowMs: 60 * 1000, limit: 10 });
export const exportLimiter = rateLimit({ windowMs: 60 * 60 * 1000, limit: 5 });
