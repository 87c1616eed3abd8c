const rateLimit = require('express-rate-limit');

const loginLimiter = rateLimit({ windowMs: 15 * 60 * 1000, max: 10, standardHeaders: true });
const exportLimiter = rateLimit({ windowMs: 60 * 60 * 1000, max: 5 });

module.exports = { loginLimiter, exportLimiter };
