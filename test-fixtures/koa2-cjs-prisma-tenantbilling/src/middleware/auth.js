'use strict';

const jwt = require('jsonwebtoken');
const logger = require('../lib/logger');

function bearerToken(ctx) {
  const header = ctx.get('Authorization') || '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

async function requireAuth(ctx, next) {
  const token = bearerToken(ctx);
  if (!token) ctx.throw(401, 'Missing bearer token');

  let claims;
  try {
    claims = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'], audience: 'billing-portal' });
  } catch (err) {
    ctx.throw(401, 'Invalid or expired token');
  }

  ctx.state.user = { id: claims.sub, orgId: claims.orgId, role: claims.role, email: claims.email };
  logger.debug({ userId: claims.sub, orgId: claims.orgId }, 'request authenticated');
  await next();
}

function requireRole(...roles) {
  return async function roleGate(ctx, next) {
    if (!ctx.state.user || !roles.includes(ctx.state.user.role)) {
      ctx.throw(403, 'Insufficient role');
    }
    await next();
  };
}

// the path's :orgId must be the caller's own organization
async function requireOrgMatch(ctx, next) {
  if (ctx.params.orgId !== ctx.state.user.orgId) {
    ctx.throw(404, 'Organization not found');
  }
  await next();
}

module.exports = { requireAuth, requireRole, requireOrgMatch, bearerToken };
