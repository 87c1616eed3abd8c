'use strict';

const jwt = require('jsonwebtoken');
const config = require('../config');

// Patients of a clinic sign in to the portal through a magic link; the link
// handler issues the portal_session cookie this middleware reads.
function requirePortalSession(req, res, next) {
  const raw = req.cookies && req.cookies.portal_session;
  if (!raw) return res.status(401).json({ error: 'Please open the link from your email again' });
  let claims;
  try {
    // ok: insecure-jwt
    claims = jwt.verify(raw, config.portalSecret, { algorithms: ['HS256'] });
  } catch {
    return res.status(401).json({ error: 'Session expired' });
  }
  req.patient = { id: claims.sub, clinicId: claims.clinicId };
  return next();
}

module.exports = { requirePortalSession };
