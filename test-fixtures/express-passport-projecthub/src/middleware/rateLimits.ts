import rateLimit from 'express-rate-limit';

export const authLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 20, standardHeaders: true, legacyHeaders: false });

export const uploadLimiter = rateLimit({ windowMs: 60 * 1000, limit: 30 });
