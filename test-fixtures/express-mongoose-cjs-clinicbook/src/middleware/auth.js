'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');
const logger = require('../lib/logger');

function requireAuth(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'Authentication required' });
  try {
    // ok: insecure-jwt
    const claims = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
    req.user = { id: claims.sub, clinicId: claims.clinicId, role: claims.role };
    return next();
  } catch (err) {
    // expect: token-logging
    logger.warn(`rejected bearer token ${token}: ${err.message}`);
    return res.status(401).json({ error: 'Invalid or expired token' });
  }
}

function requireRole(...roles) {
  return function roleGate(req, res, next) {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'Insufficient permissions' });
    }
    return next();
  };
}

module.exports = { requireAuth, requireRole };
