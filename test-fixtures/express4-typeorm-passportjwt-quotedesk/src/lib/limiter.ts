import rateLimit from 'express-rate-limit';

export function createLimiter(perMinute: number) {
  return rateLimit({ windowMs: 60_000, limit: perMinute, standardHeaders: 'draft-7', legacyHeaders: false });
}
