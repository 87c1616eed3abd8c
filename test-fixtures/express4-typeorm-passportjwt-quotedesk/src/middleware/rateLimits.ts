import rateLimit from 'express-rate-limit';

const base = { standardHeaders: 'draft-7' as const, legacyHeaders: false };

export const loginLimiter = rateLimit({ ...base, windowMs: 15 * 60 * 1000, limit: 10 });
export const passwordResetLimiter = rateLimit({ ...base, windowMs: 60 * 60 * 1000, limit: 5 });
export const uploadLimiter = rateLimit({ ...base, windowMs: 60 * 1000, limit: 20 });
export const exportLimiter = rateLimit({ ...base, windowMs: 60 * 1000, limit: 3 });
export const inviteLimiter = rateLimit({ ...base, windowMs: 60 * 60 * 1000, limit: 30 });
