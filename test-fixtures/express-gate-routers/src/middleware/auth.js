const jwt = require('jsonwebtoken');

/** Bearer token from the Authorization header; 401 without a valid one. */
function requireUser(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'unauthenticated' });
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

/** Reads stay open, anything that changes the catalog needs a signed-in user. */
function userForWrites(req, res, next) {
  if (req.method === 'GET' || req.method === 'HEAD') {
    return next();
  }
  return requireUser(req, res, next);
}

module.exports = { requireUser, userForWrites };
