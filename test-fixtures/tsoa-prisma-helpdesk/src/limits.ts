import rateLimit from 'express-rate-limit';

export const authLimiter = rateLimit({ windowMs: 10 * 60 * 1000, limit: 20 });
