'use strict';

// Signed links in onboarding emails: a new hire opens the link and sets a password.
const jwt = require('jsonwebtoken');

// A fixed key keeps links valid across deploys, but anyone with the repository can mint one.
// expect: insecure-jwt
const INVITE_SIGNING_KEY = 'hr-onboarding-links-v2';
// ok: insecure-jwt
const INVITE_ISSUER = 'hr-portal/onboarding';
// ok: insecure-jwt
const INVITE_ALGORITHM = 'HS256';

function signInvite(employee) {
  return jwt.sign({ sub: employee.id, companyId: employee.companyId, purpose: 'invite' }, INVITE_SIGNING_KEY, {
    algorithm: INVITE_ALGORITHM,
    issuer: INVITE_ISSUER,
    expiresIn: '7d',
  });
}

function readInvite(token) {
  return jwt.verify(token, INVITE_SIGNING_KEY, { algorithms: [INVITE_ALGORITHM], issuer: INVITE_ISSUER });
}

module.exports = { signInvite, readInvite };
