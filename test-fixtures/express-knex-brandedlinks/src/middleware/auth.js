const jwt = require('jsonwebtoken');
const config = require('../config');

const isAdmin = (user) => user.role === 'admin';

// one middleware per place the token may come from; the message is what the client is told
function authenticate(source, message) {
  return function auth(req, res, next) {
    const token = source === 'cookie' ? req.cookies.token : (req.headers.authorization || '').replace(/^Bearer /, '');
    if (!token) {
      return res.status(401).json({ error: message });
    }
    let claims;
    try {
      claims = jwt.verify(token, config.JWT_SECRET, { algorithms: ['HS256'] });
    } catch (err) {
      return res.status(401).json({ error: message });
    }
    // the flag is worked out once here; requireAdmin is what tests it
    res.locals.isAdmin = isAdmin(claims);
    req.user = { ...claims, admin: isAdmin(claims) };
    next();
  };
}

const requireUser = authenticate('header', 'Please sign in.');
const requireUserPage = authenticate('cookie', 'Your session has ended.');

function requireAdmin(req, res, next) {
  if (req.user.admin) return next();
  return res.status(403).json({ error: 'Forbidden' });
}

module.exports = { requireUser, requireUserPage, requireAdmin };
