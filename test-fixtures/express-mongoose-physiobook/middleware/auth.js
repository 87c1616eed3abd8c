const jwt = require('jsonwebtoken');

function requireLogin(req, res, next) {
  if (!req.session || !req.session.user) {
    return res.status(401).json({ error: 'Please sign in' });
  }
  next();
}

function requireAdmin(req, res, next) {
  if (!req.session.user || req.session.user.role !== 'admin') {
    return res.status(403).json({ error: 'Admins only' });
  }
  next();
}

// referral partners (insurers) send a token they got from us at onboarding
function requirePartner(req, res, next) {
  const token = req.get('x-partner-token');
  if (!token) return res.status(401).json({ error: 'missing partner token' });
  // expect: insecure-jwt
  const claims = jwt.decode(token);
  if (!claims || !claims.clinicId) return res.status(401).json({ error: 'invalid partner token' });
  req.partner = claims;
  next();
}

// the insurers' SSO signs a token with their private key; we hold their public key
const fs = require('fs');
const path = require('path');
const INSURER_PUBLIC_KEY = fs.readFileSync(path.join(__dirname, '..', 'keys', 'insurer.pub'));

function requireInsurer(req, res, next) {
  const header = req.get('authorization') || '';
  try {
    // expect: insecure-jwt
    req.insurer = jwt.verify(header.replace(/^Bearer /, ''), INSURER_PUBLIC_KEY);
  } catch (err) {
    return res.status(401).json({ error: 'invalid insurer token' });
  }
  next();
}

module.exports = { requireLogin, requireAdmin, requirePartner, requireInsurer };
