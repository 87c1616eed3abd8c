import rateLimit from 'express-rate-limit';

export const uploadLimiter = rateLimit({ windowMs: 60 * 1000, limit: 20, standardHeaders: 'draft-8', legacyHeaders: false });
export const exportLimiter = rateLimit({ windowMs: 15 * 60 * 1000, limit: 5 });
