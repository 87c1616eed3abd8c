const rateLimit = require('express-rate-limit');
const { RateLimiterMemory } = require('rate-limiter-flexible');

exports.apiLimiter = rateLimit({
  windowMs: 60 * 1000,
  max: 300,
  standardHeaders: true,
  legacyHeaders: false,
});

exports.loginLimiter = rateLimit({
  windowMs: 15 * 60 * 1000,
  max: 10,
  message: { message: 'Too many login attempts, try again later' },
});

const resetAttempts = new RateLimiterMemory({ points: 5, duration: 60 * 60 });

// password reset e-mails: 5 per hour and address
exports.resetThrottle = async (req, res, next) => {
  try {
    await resetAttempts.consume(`${req.ip}:${(req.body && req.body.email) || ''}`);
    next();
  } catch (rejected) {
    res.set('Retry-After', String(Math.ceil(rejected.msBeforeNext / 1000)));
    res.status(429).json({ message: 'Too many requests' });
  }
};
