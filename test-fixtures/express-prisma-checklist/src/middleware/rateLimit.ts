import rateLimit from 'express-rate-limit';

const common = {
  standardHeaders: 'draft-7' as const,
  legacyHeaders: false,
};

// Login, password reset and invite acceptance: keyed by IP.
export const authLimiter = rateLimit({
  ...common,
  windowMs: 15 * 60 * 1000,
  limit: 10,
  message: { error: 'Too many attempts. Please wait a few minutes and try again.' },
});

export const uploadLimiter = rateLimit({
  ...common,
  windowMs: 60 * 60 * 1000,
  limit: 60,
  message: { error: 'Upload limit reached. Please try again later.' },
});

export const exportLimiter = rateLimit({
  ...common,
  windowMs: 60 * 60 * 1000,
  limit: 10,
  message: { error: 'Export limit reached. Please try again later.' },
});
