var rateLimit = require('express-rate-limit');

exports.loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 20, standardHeaders: true, legacyHeaders: false });
exports.resetLimiter = rateLimit({ windowMs: 60 * 60 * 1000, max: 5 });
exports.uploadLimiter = rateLimit({ windowMs: 60 * 1000, max: 30 });
