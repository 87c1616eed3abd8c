const jwt = require('jsonwebtoken');
const config = require('../config');

const PARTNER_KEYS = {
  primary: config.partnerPublicKey,
};

function requireMember(req, res, next) {
  const header = req.get('authorization') || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : req.signedCookies.member_token;
  if (!token) return res.status(401).json({ error: 'Sign in first' });
  try {
    // ok: insecure-jwt
    req.member = jwt.verify(token, config.jwtSecret, { algorithms: ['HS256'] });
    return next();
  } catch (e) {
    return res.status(401).json({ error: 'Session expired' });
  }
}

// Front-desk tablets send the staff token they got at shift start.
function requireStaff(req, res, next) {
  const token = req.get('x-staff-token');
  if (!token) return res.status(401).json({ error: 'Staff token required' });
  // expect: insecure-jwt
  const claims = jwt.decode(token);
  if (!claims || claims.role !== 'staff') return res.status(403).json({ error: 'Staff only' });
  req.staff = claims;
  next();
}

// Partner gyms call the class-sync API with their own RS256 tokens.
function requirePartner(req, res, next) {
  const token = (req.get('authorization') || '').replace(/^Bearer /, '');
  if (!token) return res.status(401).end();
  try {
    // ok: insecure-jwt
    const { header } = jwt.decode(token, { complete: true });
    const key = PARTNER_KEYS[header.kid] || PARTNER_KEYS.primary;
    // ok: insecure-jwt
    req.partner = jwt.verify(token, key, { algorithms: ['RS256'] });
    next();
  } catch (e) {
    res.status(401).end();
  }
}

// Older kiosk firmware: verified with the partner public key, no allowlist.
function requireKiosk(req, res, next) {
  try {
    // expect: insecure-jwt
    req.kiosk = jwt.verify(req.get('x-kiosk-token'), config.partnerPublicKey);
    next();
  } catch (e) {
    res.status(401).end();
  }
}

// Internal services share one HMAC key with us (HS256, the library's default for a string key).
function requireService(req, res, next) {
  try {
    // ok: insecure-jwt
    req.service = jwt.verify(req.get('x-service-token'), process.env.SERVICE_SIGNING_KEY);
    next();
  } catch (e) {
    res.status(401).end();
  }
}

function requireRole(role) {
  return (req, res, next) => {
    if (!req.member || req.member.role !== role) return res.status(403).json({ error: 'Forbidden' });
    next();
  };
}

module.exports = { requireMember, requireStaff, requirePartner, requireKiosk, requireService, requireRole };
