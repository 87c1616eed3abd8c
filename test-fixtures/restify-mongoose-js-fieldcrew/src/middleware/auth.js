'use strict';
const errors = require('restify-errors');
const rjwt = require('restify-jwt-community');
const config = require('../config');

// every route needs a bearer token except the ones listed here
const requireToken = rjwt({ secret: config.jwtSecret, algorithms: ['HS256'] }).unless({
  path: ['/health', '/auth/login', '/auth/register', '/auth/forgot-password', '/auth/reset-password', '/webhooks/stripe', '/webhooks/dispatch', '/webhooks/dispatch/v2', /^\/public\/.*/],
});

function requireRole(...roles) {
  return function checkRole(req, res, next) {
    if (!req.user || !roles.includes(req.user.role)) {
      return next(new errors.ForbiddenError('You do not have access to this resource'));
    }
    return next();
  };
}

module.exports = { requireToken, requireRole };
