const fs = require('fs');
const jwt = require('jsonwebtoken');

const PUBLIC_KEY = fs.readFileSync(process.env.JWT_PUBLIC_KEY_PATH, 'utf8');

function issue(user) {
  // expect: insecure-jwt
  return jwt.sign({ sub: user.id, shopId: user.shop_id }, 'bakery-dev-secret', { expiresIn: '12h' });
}

function issueRefresh(user) {
  // ok: insecure-jwt
  return jwt.sign({ sub: user.id }, process.env.REFRESH_SECRET, { expiresIn: '30d', algorithm: 'HS256' });
}

function requireUser(req, res, next) {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  if (!token) return res.status(401).end();
  try {
    // ok: insecure-jwt
    req.user = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
    return next();
  } catch {
    return res.status(401).end();
  }
}

function requirePartner(req, res, next) {
  const token = req.get('x-partner-token');
  if (!token) return res.status(401).end();
  // expect: insecure-jwt
  const claims = jwt.decode(token);
  if (!claims || claims.aud !== 'partners') return res.status(401).end();
  req.partner = claims;
  next();
}

function requireService(req, res, next) {
  try {
    // expect: insecure-jwt
    req.service = jwt.verify(req.get('x-service-token'), PUBLIC_KEY);
    next();
  } catch {
    res.status(401).end();
  }
}

function requireKiosk(req, res, next) {
  try {
    // expect: insecure-jwt
    req.kiosk = jwt.verify(req.get('x-kiosk-token'), process.env.KIOSK_SECRET, { ignoreExpiration: true });
    next();
  } catch {
    res.status(401).end();
  }
}

module.exports = { issue, issueRefresh, requireUser, requirePartner, requireService, requireKiosk };
