const jwt = require('jsonwebtoken');
const config = require('../config');
const { User } = require('../models');

function ensureAuthenticated(req, res, next) {
  if (req.isAuthenticated()) return next();
  return res.status(401).json({ error: 'Not signed in' });
}

function requireRole(...roles) {
  return (req, res, next) => {
    if (!req.user || !roles.includes(req.user.role)) {
      return res.status(403).json({ error: 'Forbidden' });
    }
    next();
  };
}

// Public API: integrations call with a bearer token minted in settings
async function requireApiToken(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'Missing token' });
  try {
    const claims = jwt.verify(token, config.apiTokenSecret, { algorithms: ['HS256'] });
    const user = await User.findByPk(claims.sub);
    if (!user) return res.status(401).json({ error: 'Unknown token' });
    req.user = user;
    next();
  } catch (e) {
    return res.status(401).json({ error: 'Invalid token' });
  }
}

module.exports = { ensureAuthenticated, requireRole, requireApiToken };
