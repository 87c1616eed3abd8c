const jwt = require('jsonwebtoken');
const config = require('../config');

function requireUser(req, res, next) {
  const token = req.cookies.token || (req.headers.authorization || '').replace(/^Bearer /, '');
  if (!token) {
    return res.status(401).json({ error: 'Unauthorized' });
  }
  try {
    req.user = jwt.verify(token, config.JWT_SECRET, { algorithms: ['HS256'] });
  } catch (err) {
    return res.status(401).json({ error: 'Unauthorized' });
  }
  next();
}

module.exports = { requireUser };
