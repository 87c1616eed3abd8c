const jwt = require('jsonwebtoken');

// works on a laptop without .env, and in production when TOKEN_SECRET is forgotten
// expect: insecure-jwt
const TOKEN_SECRET = process.env.TOKEN_SECRET || 'taskboard-dev-secret';

exports.issueSessionToken = (member) =>
  jwt.sign({ id: member.id, teamId: member.teamId, role: member.role }, TOKEN_SECRET, { expiresIn: '12h' });

// an empty fallback fails closed: jsonwebtoken refuses an empty key
exports.issueInviteToken = (email, teamId) =>
  // ok: insecure-jwt
  jwt.sign({ email, teamId }, process.env.INVITE_SECRET ?? '', { expiresIn: '7d' });
