const jwt = require('jsonwebtoken');

function requireAuth(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) {
    // expect: token-logging
    console.warn('rejected request without bearer token, header was', header);
    return res.status(401).json({ error: 'unauthorized' });
  }
  try {
    const claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    req.user = { id: claims.sub, accountId: claims.accountId, role: claims.role };
    // ok: token-logging
    console.debug('authenticated', claims.sub);
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { requireAuth };
