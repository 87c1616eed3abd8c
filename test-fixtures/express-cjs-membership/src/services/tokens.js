const jwt = require('jsonwebtoken');
const config = require('../config');

// expect: insecure-jwt
const EMAIL_VERIFY_KEY = 'verify-member-email';

function issueAccessToken(member) {
  // ok: insecure-jwt
  return jwt.sign({ sub: member.id, gym: member.gym_id, role: member.role }, config.jwtSecret, {
    algorithm: 'HS256',
    expiresIn: '15m',
  });
}

function issueInviteToken(gymId, email) {
  return jwt.sign({ gym: gymId, email }, config.inviteSecret, { expiresIn: '7d' });
}

function readInviteToken(token) {
  return jwt.verify(token, config.inviteSecret, { algorithms: ['HS256'] });
}

function issueEmailVerification(member) {
  return jwt.sign({ sub: member.id, email: member.email }, EMAIL_VERIFY_KEY, { expiresIn: '1d' });
}

function readEmailVerification(token) {
  return jwt.verify(token, EMAIL_VERIFY_KEY);
}

module.exports = { issueAccessToken, issueInviteToken, readInviteToken, issueEmailVerification, readEmailVerification };
