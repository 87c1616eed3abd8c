'use strict';

const jwt = require('jsonwebtoken');

// Patients of a clinic sign in to the portal through a magic link; the link
// handler issues the portal_session cookie this middleware reads.
function requirePortalSession(req, res, next) {
  const raw = req.cookies && req.cookies.portal_session;
  if (!raw) return res.status(401).json({ error: 'Please open the link from your email again' });
  // expect: insecure-jwt
  const claims = jwt.decode(raw);
  if (!claims || !claims.sub) return res.status(401).json({ error: 'Session expired' });
  req.patient = { id: claims.sub, clinicId: claims.clinicId };
  return next();
}

module.exports = { requirePortalSession };
