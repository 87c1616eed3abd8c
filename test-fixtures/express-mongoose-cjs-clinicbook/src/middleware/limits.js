'use strict';

const rateLimit = require('express-rate-limit');

const base = { standardHeaders: 'draft-7', legacyHeaders: false };

const authLimiter = rateLimit({ ...base, windowMs: 15 * 60 * 1000, limit: 20 });
const portalLimiter = rateLimit({ ...base, windowMs: 15 * 60 * 1000, limit: 30 });
const uploadLimiter = rateLimit({ ...base, windowMs: 60 * 1000, limit: 20 });
const exportLimiter = rateLimit({ ...base, windowMs: 60 * 60 * 1000, limit: 10 });
const inviteLimiter = rateLimit({ ...base, windowMs: 60 * 60 * 1000, limit: 30 });

module.exports = { authLimiter, portalLimiter, uploadLimiter, exportLimiter, inviteLimiter };
