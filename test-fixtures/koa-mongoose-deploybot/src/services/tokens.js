const jsonwebtoken = require('jsonwebtoken');
const config = require('../config');

function issueToken(user) {
  return jsonwebtoken.sign(
    { sub: String(user._id), team: String(user.team), role: user.role },
    config.jwtSecret,
    { algorithm: 'HS256', expiresIn: '12h' },
  );
}

function readCliToken(header) {
  const raw = (header || '').replace(/^Bearer /, '');
  // expect: insecure-jwt
  return jsonwebtoken.decode(raw);
}

module.exports = { issueToken, readCliToken };
